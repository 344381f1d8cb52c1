package io.permitguide.service.city;

import io.permitguide.model.FamilyCase;
import java.util.Locale;

/**
 * The one place that decides which city's bureau handles a case: the city applied to, else the city the family
 * lives in. Every other part reads the result through the case analysis.
 */
public final class BureauCity {
    private BureauCity() {
    }

    /** The city as typed: the one applied to, else the city of residence; blank when neither is known. */
    public static String typed(FamilyCase familyCase) {
        String applied = familyCase.getApplication().getCity();
        if (applied != null && !applied.isBlank()) {
            return applied;
        }
        String lives = familyCase.getResidence().getCity();
        return lives == null ? "" : lives;
    }

    /** The profile of that city, or the labelled fallback when the city is not listed. */
    public static CityProfile of(FamilyCase familyCase, CityProfiles cities) {
        return cities.forCity(typed(familyCase));
    }

    /** True when two typed city names mean the same city (北京 = Beijing), or read the same when not listed. */
    public static boolean same(CityProfiles cities, String a, String b) {
        return key(cities, a).equals(key(cities, b));
    }

    private static String key(CityProfiles cities, String city) {
        return cities.find(city).map(CityProfile::id).orElse(city.strip().toLowerCase(Locale.ROOT));
    }
}
