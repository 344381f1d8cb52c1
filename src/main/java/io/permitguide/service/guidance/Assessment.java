package io.permitguide.service.guidance;

import io.permitguide.service.city.CityProfile;
import io.permitguide.service.data.Source;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** Every source behind the reasons, the warnings and the city's figures, each once. */
    public List<Source> sources() {
        Set<Source> all = new LinkedHashSet<>();
        reasons.forEach(f -> all.addAll(f.sources()));
        warnings.forEach(f -> all.addAll(f.sources()));
        nextSteps.forEach(f -> all.addAll(f.sources()));
        if (recommended == DocumentCode.ENTRY_EXIT_PERMIT) {
            all.addAll(city.sources());
        }
        return List.copyOf(all);
    }

    public List<String> warningCodes() {
        return warnings.stream().map(Finding::code).toList();
    }
}
