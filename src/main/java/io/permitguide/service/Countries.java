package io.permitguide.service;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.permitguide.model.Language;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/** ISO 3166 country codes and their names in the interface language (the JDK's own translations). */
public final class Countries {
    public static final String CHINA = "CN";
    public static final String HONG_KONG = "HK";
    public static final String MACAO = "MO";

    private static final List<String> CODES = Arrays.stream(Locale.getISOCountries())
            .filter(code -> !code.equals("AQ"))
            .toList();

    private Countries() {
    }

    public static List<String> codes() {
        return CODES;
    }

    private static final Map<Language, List<String>> SORTED = new ConcurrentHashMap<>();

    /** Codes sorted by their name in the given language (Chinese names by pinyin, as a Chinese reader expects). */
    public static List<String> sortedCodes(Language language) {
        return SORTED.computeIfAbsent(language, l -> {
            // Each name is looked up and turned into a collation key once, not again for every comparison.
            Collator collator = Collator.getInstance(l.locale());
            Map<String, CollationKey> keys = new HashMap<>();
            for (String code : CODES) {
                keys.put(code, collator.getCollationKey(name(code, l)));
            }
            return CODES.stream().sorted(Comparator.comparing(keys::get)).toList();
        });
    }

    public static String name(String code, Language language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(language.locale());
    }

    public static boolean isHongKongOrMacao(String code) {
        return HONG_KONG.equalsIgnoreCase(code) || MACAO.equalsIgnoreCase(code);
    }

    public static boolean isChina(String code) {
        return CHINA.equalsIgnoreCase(code);
    }
}
