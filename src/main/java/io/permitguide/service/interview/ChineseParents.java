package io.permitguide.service.interview;

import io.permitguide.model.Parent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** One answer about several parents at once, read the same whichever parent is listed first (the interview and the Guide ask it this way). */
public final class ChineseParents {
    private static final Set<String> CHINESE = Set.of("CN", "HK", "MO", "TW");

    private ChineseParents() {
    }

    /** The parents a question about "the Chinese parent" is about; parent 1 while no nationality says so. */
    public static List<Parent> of(List<Parent> parents) {
        List<Parent> chinese = parents.stream().filter(p -> chinese(p.getNationality())
                || p.nationalityAtBirthOfChild().map(ChineseParents::chinese).orElse(false)).toList();
        return chinese.isEmpty() && !parents.isEmpty() ? parents.subList(0, 1) : chinese;
    }

    private static boolean chinese(String code) {
        return code != null && CHINESE.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Yes if any parent says yes, no if all say no, otherwise not answered. */
    public static Boolean any(List<Parent> parents, Function<Parent, Boolean> answer) {
        List<Boolean> values = parents.stream().map(answer).toList();
        return values.contains(Boolean.TRUE) ? Boolean.TRUE : values.stream().allMatch(Boolean.FALSE::equals) ? Boolean.FALSE : null;
    }

    /** Yes if all parents say yes, no if any says no, otherwise not answered. */
    public static Boolean all(List<Parent> parents, Function<Parent, Boolean> answer) {
        List<Boolean> values = parents.stream().map(answer).toList();
        return values.contains(Boolean.FALSE) ? Boolean.FALSE : values.stream().allMatch(Objects::nonNull) ? Boolean.TRUE : null;
    }
}
