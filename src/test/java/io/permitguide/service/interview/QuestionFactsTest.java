package io.permitguide.service.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.guidance.Fact;
import io.permitguide.service.guidance.OpenFacts;
import io.permitguide.service.storage.Json;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A question changes no fact outside {@link QuestionFacts#changedBy}, on any case: else the interview's total could
 * grow. Tried on many cases made of random answers, each question answered every way.
 */
class QuestionFactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final OpenFacts rules = OpenFacts.bundled();

    @Test
    void anAnswerChangesOnlyTheFactsItIsSaidToChange() {
        Random random = new Random(4);
        for (int round = 0; round < 150; round++) {
            FamilyCase familyCase = new FamilyCase();
            for (Question q : Question.values()) {
                set(familyCase, q, FamilyAnswers.any(q, random, TODAY));
            }
            for (Question q : Question.values()) {
                // Compared with a copy too: a copy, as the plan weighs them, reads some unanswered fields differently.
                Map<Fact, Object> before = others(copy(familyCase), q);
                for (int tries = 0; tries < 6; tries++) {
                    FamilyCase changed = copy(familyCase);
                    List<Object> answer = FamilyAnswers.any(q, random, TODAY);
                    set(changed, q, answer);
                    assertEquals(before, others(changed, q), q + " answered " + answer + " changed a fact it is not said to change");
                }
            }
        }
    }

    /** The case's facts, known or not, outside those {@code question} changes; a fresh reader, as the trip differs. */
    private Map<Fact, Object> others(FamilyCase familyCase, Question question) {
        Map<Fact, Boolean> facts = rules.reader(TODAY).facts(familyCase);
        Map<Fact, Object> others = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            if (!QuestionFacts.changedBy(question).contains(fact)) {
                others.put(fact, facts.containsKey(fact) ? facts.get(fact) : "open");
            }
        }
        return others;
    }

    private static FamilyCase copy(FamilyCase familyCase) {
        return Json.mapper().convertValue(familyCase, FamilyCase.class);
    }

    private static void set(FamilyCase familyCase, Question question, List<Object> answer) {
        for (int i = 0; i < answer.size(); i++) {
            question.<Object>slot(i).set(familyCase, answer.get(i));
        }
    }
}
