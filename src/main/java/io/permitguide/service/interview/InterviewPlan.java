package io.permitguide.service.interview;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.Fact;
import io.permitguide.service.guidance.OpenFacts;
import io.permitguide.service.storage.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which question comes next, from the answers so far. A question is skipped when it cannot matter: whatever it is
 * answered, no rule that could still decide the document (or warn about a document still possible) reads a fact
 * that the answer changes. So the skips follow the rule book itself: no hukou city without a hukou (only the
 * hukou rules read where it is), no country abroad for a family in the mainland (its answer changes no fact), no
 * "settled abroad" for a child born in China (only the rules for a birth abroad read it). "I don't know" leaves
 * the answer open; the Guide's answer then lists what to ask the bureau.
 */
public final class InterviewPlan {
    /** Countries that give every reading the rules make of one: not given, the mainland, Hong Kong, abroad. */
    private static final List<String> SAMPLE_COUNTRIES = List.of("", "CN", "HK", "US");
    /** A city no profile knows: the default profile. */
    private static final String UNLISTED_CITY = "-";

    private final OpenFacts rules;
    private final List<String> listedCities;
    private final LocalDate today;

    public InterviewPlan(OpenFacts rules, CityProfiles cities, LocalDate today) {
        this.rules = rules;
        this.listedCities = cities.named().stream().map(CityProfile::id).toList();
        this.today = today;
    }

    /** With the bundled rules and cities; {@code today} is the date in China. */
    public static InterviewPlan bundled(LocalDate today) {
        return new InterviewPlan(OpenFacts.bundled(), CityProfiles.bundled(), today);
    }

    /** The first question to ask after {@code current} (null: from the start); empty when the interview is done. */
    public Optional<Question> next(FamilyCase familyCase, Question current) {
        Weighing weighing = new Weighing(familyCase);
        return after(current).filter(weighing::asks).findFirst();
    }

    /**
     * The questions after {@code current} (null: from the start) that the answers so far still leave to ask, in
     * order: the first is the next one, and their number gives the progress.
     */
    public List<Question> ahead(FamilyCase familyCase, Question current) {
        Weighing weighing = new Weighing(familyCase);
        return after(current).filter(weighing::asks).toList();
    }

    /** Whether {@code question} can still change the answer for this case. */
    public boolean asks(Question question, FamilyCase familyCase) {
        return new Weighing(familyCase).asks(question);
    }

    /**
     * The progress to show with {@code current}, the {@code position}-th screen of this interview. The total is the
     * most questions the interview can still come to, whatever the open questions are answered ({@code current}
     * among them): a question that a branch could still open counts until an answer closes that branch. So, like
     * the step counts of guided tax interviews, the total never grows as the family answers; it only shrinks when an
     * answer skips a branch, and the bar only moves forward on Next. Counting only the questions that the answers so
     * far open made "3 of 7" become "4 of 9".
     */
    public InterviewProgress progress(FamilyCase familyCase, Question current, int position) {
        int openable = couldStillAsk(familyCase, current).size();
        // Never fewer than the questions the present answers leave: honest even if the reckoning below missed one.
        return new InterviewProgress(position, position + Math.max(openable, ahead(familyCase, current).size()));
    }

    /**
     * The questions after {@code current} that some answers to {@code current} and the questions after it could
     * bring up. A question is asked only when a fact it changes matters given the facts known without it; here
     * every fact that any open question could change counts as not known, and a question as changing every fact
     * it ever can. Both only widen what matters, and each answer given makes more facts known: so the set only
     * shrinks from one Next to the next, and it holds every question a later Next will ask.
     */
    Set<Question> couldStillAsk(FamilyCase familyCase, Question current) {
        List<Question> open = Arrays.stream(Question.values()).filter(q -> q.ordinal() >= current.ordinal()).toList();
        Map<Fact, Boolean> known = new HashMap<>(rules.reader(today).facts(familyCase));
        open.forEach(q -> known.keySet().removeAll(QuestionFacts.changedBy(q)));
        Set<Question> possible = EnumSet.noneOf(Question.class);
        for (Question question : open.subList(1, open.size())) {
            if (question.alwaysAsked() || rules.anyMatters(QuestionFacts.changedBy(question), known)) {
                possible.add(question);
            }
        }
        return possible;
    }

    /** Tries each question's sample answers on one copy of the case, putting the case's own answers back after each. */
    private final class Weighing {
        private final FamilyCase familyCase;
        private final FamilyCase copy;
        private final OpenFacts.Reader reader = rules.reader(today);

        Weighing(FamilyCase familyCase) {
            this.familyCase = familyCase;
            this.copy = Json.mapper().convertValue(familyCase, FamilyCase.class);
        }

        boolean asks(Question question) {
            if (question.alwaysAsked()) {
                return true;
            }
            List<Map<Fact, Boolean>> readings = new ArrayList<>();
            for (List<Object> answer : samples(question, familyCase)) {
                for (int i = 0; i < answer.size(); i++) {
                    question.<Object>slot(i).set(copy, answer.get(i));
                }
                readings.add(reader.facts(copy));
            }
            question.slots().forEach(slot -> slot.restore(familyCase, copy));
            Set<Fact> decided = EnumSet.noneOf(Fact.class);
            for (Fact fact : Fact.values()) {
                if (readings.stream().map(r -> r.get(fact)).distinct().count() > 1) {
                    decided.add(fact);
                }
            }
            // The first sample leaves the question unanswered: what the other answers alone say.
            Map<Fact, Boolean> known = new HashMap<>(readings.get(0));
            known.keySet().removeAll(decided);
            return !decided.isEmpty() && rules.anyMatters(decided, known);
        }
    }

    private static Stream<Question> after(Question current) {
        return Arrays.stream(Question.values()).filter(q -> current == null || q.ordinal() > current.ordinal());
    }

    /** Answers that cover every reading the rules make of the question; the first one is "not answered". */
    private List<List<Object>> samples(Question question, FamilyCase familyCase) {
        List<List<Object>> perSlot = question.slots().stream().map(s -> values(question.kind(), familyCase)).toList();
        List<List<Object>> answers = List.of(List.of());
        for (List<Object> values : perSlot) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : answers) {
                for (Object value : values) {
                    List<Object> answer = new ArrayList<>(prefix);
                    answer.add(value);
                    longer.add(answer);
                }
            }
            answers = longer;
        }
        return answers;
    }

    private List<Object> values(AnswerKind kind, FamilyCase c) {
        Set<Object> values = new LinkedHashSet<>();
        switch (kind) {
            case COUNTRY_PAIR -> values.addAll(SAMPLE_COUNTRIES);
            case COUNTRY -> {
                values.addAll(SAMPLE_COUNTRIES);
                // Facts that compare two countries (destination and passport) need the case's own values too.
                addGiven(values, c.getTrip().getDestinationCountry());
                c.getChild().getForeignPassports().forEach(p -> addGiven(values, p.getCountry()));
            }
            case YES_NO -> values.addAll(Arrays.asList(null, Boolean.TRUE, Boolean.FALSE));
            case WHEREABOUTS -> values.addAll(List.of(Whereabouts.UNKNOWN, Whereabouts.IN_MAINLAND, Whereabouts.ABROAD));
            case CITY -> {
                values.add("");
                values.addAll(listedCities);
                values.add(UNLISTED_CITY);
                // Facts that compare two cities (hukou and residence) need the case's own values too.
                addGiven(values, c.getResidence().getCity());
                addGiven(values, c.getChild().getHukouCity());
            }
            case FREQUENCY -> {
                values.add(null);
                values.addAll(List.of(TravelFrequency.values()));
            }
            case DATE_RANGE -> throw new IllegalStateException("dates are always asked");
        }
        return new ArrayList<>(values);
    }

    private static void addGiven(Set<Object> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

}
