package io.permitguide.service.guidance;

import io.permitguide.service.city.CityProfile;
import io.permitguide.service.data.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer for one case on one day: the recommended document and the alternatives, the reasons and the
 * warnings, the city whose bureau applies, and the trace of rules that fired, in order.
 *
 * @param missing   facts the case has not answered that would let more rules decide
 * @param nextSteps what the family does next for the recommended document, in order
 * @param estimate  true when a key date quoted (last day to apply, collection) falls in a year without a
 *                  published holiday schedule, so it is estimated
 */
public record Assessment(
        DocumentCode recommended,
        List<DocumentCode> alternatives,
        List<Finding> reasons,
        List<Finding> warnings,
        CityProfile city,
        List<String> trace,
        List<Fact> missing,
        LocalDate assessedOn,
        List<Finding> nextSteps,
        boolean estimate) {

    public Assessment {
        alternatives = List.copyOf(alternatives);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        trace = List.copyOf(trace);
        missing = List.copyOf(missing);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * Every source behind the reasons, the warnings and the city's figures, each key once: the first mention wins
     * (the rule book's general reference before a city's narrower one, which the city's figures show themselves).
     */
    public List<Source> sources() {
        Map<String, Source> byKey = new LinkedHashMap<>();
        reasons.forEach(f -> f.sources().forEach(s -> byKey.putIfAbsent(s.key(), s)));
        warnings.forEach(f -> f.sources().forEach(s -> byKey.putIfAbsent(s.key(), s)));
        nextSteps.forEach(f -> f.sources().forEach(s -> byKey.putIfAbsent(s.key(), s)));
        if (recommended == DocumentCode.ENTRY_EXIT_PERMIT) {
            city.sources().forEach(s -> byKey.putIfAbsent(s.key(), s));
        }
        return List.copyOf(byKey.values());
    }

    public List<String> warningCodes() {
        return warnings.stream().map(Finding::code).toList();
    }
}
