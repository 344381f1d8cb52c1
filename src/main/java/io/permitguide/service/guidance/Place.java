package io.permitguide.service.guidance;

import java.util.Locale;
import java.util.Set;

/**
 * Where a country code puts a birth, a family or a parent for the nationality rules: Hong Kong, Macao and Taiwan
 * are Chinese territory outside the mainland, so being born or living there is not "abroad", and a parent whose
 * nationality is given as one of them is a Chinese national from there (NPC Standing Committee explanations on
 * the Nationality Law in Hong Kong, 1996, and Macao, 1998).
 */
enum Place {
    MAINLAND, HONG_KONG_MACAO_TAIWAN, ABROAD;

    private static final Set<String> OUTSIDE_MAINLAND = Set.of("HK", "MO", "TW");

    /** The place of an ISO 3166 code; null when the code is blank. */
    static Place of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return upper.equals("CN") ? MAINLAND : OUTSIDE_MAINLAND.contains(upper) ? HONG_KONG_MACAO_TAIWAN : ABROAD;
    }

    /** A nationality that makes a Chinese national: China, or Hong Kong, Macao or Taiwan given as the nationality. */
    boolean chinese() {
        return this != ABROAD;
    }
}
