package io.permitguide.service.guidance;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.timeline.PermitTimeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which document the child needs, why, and what to watch for: the rule book applied to one case. */
public final class GuidanceService {
    private final RuleBook rules;
    private final CityProfiles cities;
    private final NextStepBook nextSteps;

    public GuidanceService(RuleBook rules, CityProfiles cities) {
        this(rules, cities, NextStepBook.bundled());
    }

    public GuidanceService(RuleBook rules, CityProfiles cities, NextStepBook nextSteps) {
        this.rules = rules;
        this.cities = cities;
        this.nextSteps = nextSteps;
    }

    public static GuidanceService bundled() {
        return new GuidanceService(RuleBook.bundled(), CityProfiles.bundled(), NextStepBook.bundled());
    }

    /** {@code today} is the date in China; it decides whether the permit can still be ready in time. */
    public Assessment assess(FamilyCase familyCase, LocalDate today) {
        CityProfile city = BureauCity.of(familyCase, cities);
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        return assess(familyCase, city, PermitTimeline.of(familyCase, DocumentCode.ENTRY_EXIT_PERMIT, city, calendar, today), calendar);
    }

    /**
     * The answer from a city and a permit timeline already worked out: the permit's dates decide whether a permit
     * can serve the trip at all.
     */
    public Assessment assess(FamilyCase familyCase, CityProfile city, PermitTimeline timeline, WorkingDayCalendar calendar) {
        LocalDate today = timeline.today();
        Map<Fact, Boolean> facts = CaseFacts.of(familyCase, cities, city, timeline);
        Map<Detail, Object> details = CaseFacts.details(familyCase, timeline, calendar, city);
        List<String> trace = new ArrayList<>();
        Rule decisive = null;
        Set<Fact> missing = EnumSet.noneOf(Fact.class);
        for (Rule rule : rules.rules()) {
            if (rule.kind() != Rule.Kind.DOCUMENT) {
                continue;
            }
            if (rule.holds(facts)) {
                decisive = rule;
                trace.add(rule.id());
                break;
            }
            // Only a rule the known answers leave open says what to ask next.
            if (rule.couldHold(facts)) {
                rule.when().keySet().stream().filter(f -> !facts.containsKey(f)).forEach(missing::add);
            }
        }
        DocumentCode recommended = decisive == null ? DocumentCode.NO_CLEAR_PATH : decisive.document();
        List<Finding> reasons = new ArrayList<>();
        if (decisive != null) {
            reasons.add(finding(decisive, decisive.document().name(), details));
        } else {
            // With nothing left to ask, no sourced rule covers the answers: say so rather than ask for more.
            String why = missing.isEmpty() ? "guide.reason.noRule" : "guide.reason.needAnswers";
            reasons.add(new Finding("", DocumentCode.NO_CLEAR_PATH.name(), why, List.of()));
        }
        Set<DocumentCode> alternatives = new LinkedHashSet<>(decisive == null ? List.of() : decisive.alternatives());
        List<Finding> warnings = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (rule.warnsAbout(recommended) && rule.holds(facts)) {
                warnings.add(finding(rule, rule.warning(), details));
                alternatives.addAll(rule.alternatives());
                trace.add(rule.id());
            }
        }
        alternatives.remove(recommended);
        return new Assessment(recommended, List.copyOf(alternatives), reasons, warnings, city, trace,
                decisive == null ? List.copyOf(missing) : List.of(), today, nextSteps.steps(recommended, details),
                recommended == DocumentCode.ENTRY_EXIT_PERMIT && timeline.hasEstimate());
    }

    private Finding finding(Rule rule, String code, Map<Detail, Object> details) {
        // A rule only quotes values its conditions guarantee; a dash keeps the sentence readable if one is missing.
        List<Object> args = rule.args().stream().map(d -> details.getOrDefault(d, "-")).toList();
        return new Finding(rule.id(), code, rule.textKey(), args, rule.sources().stream().map(rules::source).toList());
    }
}
