package io.permitguide.service.guidance;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.timeline.PermitTimeline;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which facts can still change the answer: the rule book read the way {@link GuidanceService} applies it. An
 * interview asks a question only when a fact it decides is read by a rule that could still decide the document
 * or add a warning to a document that could still be recommended.
 */
public final class OpenFacts {
    private final RuleBook rules;
    private final CityProfiles cities;
    private final WorkingDayCalendar calendar;

    public OpenFacts(RuleBook rules, CityProfiles cities, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.cities = cities;
        this.calendar = calendar;
    }

    public static OpenFacts bundled() {
        return new OpenFacts(RuleBook.bundled(), CityProfiles.bundled(), WorkingDayCalendar.bundled());
    }

    /**
     * Reads the facts of variants of one case that differ only in the answers an interview asks, never in the trip,
     * the application or the permit: the permit's timeline is then worked out once per city.
     */
    public Reader reader(LocalDate today) {
        return new Reader(today);
    }

    /** See {@link #reader}. */
    public final class Reader {
        private final LocalDate today;
        private final Map<String, PermitTimeline> timelines = new HashMap<>();

        private Reader(LocalDate today) {
            this.today = today;
        }

        /** The case's facts as the rules read them on {@code today} (a China date); an open fact is absent. */
        public Map<Fact, Boolean> facts(FamilyCase familyCase) {
            CityProfile city = BureauCity.of(familyCase, cities);
            PermitTimeline timeline = timelines.computeIfAbsent(city.id(),
                    id -> PermitTimeline.of(familyCase, DocumentCode.ENTRY_EXIT_PERMIT, city, calendar, today));
            return CaseFacts.of(familyCase, cities, city, timeline);
        }
    }

    /**
     * True when a rule that reads any of {@code asked} could still matter given the {@code known} facts: a document
     * rule that could hold with no earlier one already holding, or a warning about a document still possible.
     */
    public boolean anyMatters(Set<Fact> asked, Map<Fact, Boolean> known) {
        Set<DocumentCode> possible = EnumSet.noneOf(DocumentCode.class);
        boolean decided = false;
        boolean matters = false;
        for (Rule rule : rules.rules()) {
            if (rule.kind() != Rule.Kind.DOCUMENT || decided || !rule.couldHold(known)) {
                continue;
            }
            possible.add(rule.document());
            matters |= reads(rule, asked);
            decided = rule.holds(known);
        }
        if (!decided) {
            possible.add(DocumentCode.NO_CLEAR_PATH);
        }
        for (Rule rule : rules.rules()) {
            boolean warns = rule.kind() == Rule.Kind.CASE_WARNING
                    || rule.kind() == Rule.Kind.WARNING && rule.appliesTo().stream().anyMatch(possible::contains);
            matters |= warns && rule.couldHold(known) && reads(rule, asked);
        }
        return matters;
    }

    private static boolean reads(Rule rule, Set<Fact> asked) {
        return rule.when().keySet().stream().anyMatch(asked::contains);
    }
}
