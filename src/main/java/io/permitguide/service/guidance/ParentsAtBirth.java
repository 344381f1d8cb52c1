package io.permitguide.service.guidance;

import io.permitguide.model.Parent;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parents as the Nationality Law reads them: their nationality when the child was born (arts. 4-5), and every
 * parent, never only the first one entered, so the answer is the same whichever parent is listed first. Each
 * reading is yes, no, or null while an answer that could change it is missing.
 */
final class ParentsAtBirth {
    private final List<Parent> parents;

    ParentsAtBirth(List<Parent> parents) {
        this.parents = List.copyOf(parents);
    }

    /** Was any parent a Chinese national at the birth? */
    Boolean anyChinese() {
        return any(ParentsAtBirth::chinese);
    }

    /** Was any parent, at the birth, a Chinese national from Hong Kong, Macao or Taiwan? */
    Boolean anyFromHongKongMacaoTaiwan() {
        return any(p -> {
            Place place = placeAtBirth(p);
            return place == null ? null : place == Place.HONG_KONG_MACAO_TAIWAN;
        });
    }

    /** Had either Chinese parent settled abroad at the birth (notice 公境〔2008〕2204号: either one counts)? */
    Boolean anyChineseSettledAbroad() {
        return any(p -> {
            Boolean chinese = chinese(p);
            return chinese == null ? null : chinese ? p.getSettledAbroadAtBirth() : Boolean.FALSE;
        });
    }

    private static Boolean chinese(Parent p) {
        Place place = placeAtBirth(p);
        return place == null ? null : place.chinese();
    }

    private static Place placeAtBirth(Parent p) {
        return p.nationalityAtBirthOfChild().map(Place::of).orElse(null);
    }

    /** Yes if any parent says yes; no only if every parent says no; otherwise unknown. */
    private Boolean any(Function<Parent, Boolean> reading) {
        List<Boolean> values = parents.stream().map(reading).toList();
        if (values.contains(Boolean.TRUE)) {
            return Boolean.TRUE;
        }
        return values.stream().allMatch(Objects::nonNull) ? Boolean.FALSE : null;
    }
}
