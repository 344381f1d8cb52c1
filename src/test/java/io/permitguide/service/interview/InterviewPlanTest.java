package io.permitguide.service.interview;

import static io.permitguide.service.interview.Question.BIRTH_COUNTRY;
import static io.permitguide.service.interview.Question.CHINESE_PARENT_SETTLED;
import static io.permitguide.service.interview.Question.COUNTRY_ABROAD;
import static io.permitguide.service.interview.Question.DESTINATION;
import static io.permitguide.service.interview.Question.FOREIGN_NATIONALITY_AT_BIRTH;
import static io.permitguide.service.interview.Question.FREQUENCY;
import static io.permitguide.service.interview.Question.HAS_CHINESE_PASSPORT;
import static io.permitguide.service.interview.Question.HAS_TRAVEL_DOCUMENT;
import static io.permitguide.service.interview.Question.HUKOU_CITY;
import static io.permitguide.service.interview.Question.NAME_MATCHES;
import static io.permitguide.service.interview.Question.NATIONALITIES_AT_BIRTH;
import static io.permitguide.service.interview.Question.ON_HUKOU;
import static io.permitguide.service.interview.Question.PARENT_NATIONALITIES;
import static io.permitguide.service.interview.Question.PASSPORT_COUNTRY;
import static io.permitguide.service.interview.Question.RESIDENCE_CITY;
import static io.permitguide.service.interview.Question.SAME_NATIONALITY_AT_BIRTH;
import static io.permitguide.service.interview.Question.TRIP_DATES;
import static io.permitguide.service.interview.Question.WHEREABOUTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.Fact;
import io.permitguide.service.guidance.Finding;
import io.permitguide.service.guidance.GuidanceService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interview asks what can change the answer, skips what cannot, and takes "I don't know" anywhere. */
class InterviewPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final InterviewPlan plan = InterviewPlan.bundled(TODAY);

    /** The usual family: a Chinese parent, a British one, a child born in Beijing on a British passport. */
    private static Map<Question, List<Object>> usualAnswers() {
        Map<Question, List<Object>> answers = new EnumMap<>(Question.class);
        answers.put(BIRTH_COUNTRY, List.of("CN"));
        answers.put(PARENT_NATIONALITIES, List.of("CN", "GB"));
        answers.put(SAME_NATIONALITY_AT_BIRTH, List.of(true));
        answers.put(PASSPORT_COUNTRY, List.of("GB"));
        answers.put(HAS_CHINESE_PASSPORT, List.of(false));
        answers.put(HAS_TRAVEL_DOCUMENT, List.of(false));
        answers.put(WHEREABOUTS, List.of(Whereabouts.IN_MAINLAND));
        answers.put(RESIDENCE_CITY, List.of("beijing"));
        answers.put(ON_HUKOU, List.of(false));
        answers.put(NAME_MATCHES, List.of(true));
        answers.put(DESTINATION, List.of("GB"));
        answers.put(TRIP_DATES, List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1)));
        return answers;
    }

    /** Goes through the interview as a family would: each question asked is answered from {@code answers}, or "I don't know". */
    private List<Question> walk(FamilyCase familyCase, Map<Question, List<Object>> answers) {
        List<Question> asked = new ArrayList<>();
        for (Question q = plan.next(familyCase, null).orElse(null); q != null; q = plan.next(familyCase, q).orElse(null)) {
            asked.add(q);
            answer(familyCase, q, answers.get(q));
        }
        return asked;
    }

    private static void answer(FamilyCase familyCase, Question q, List<Object> answer) {
        if (answer == null) {
            q.clear(familyCase);
        } else {
            for (int i = 0; i < answer.size(); i++) {
                q.<Object>slot(i).set(familyCase, answer.get(i));
            }
        }
    }

    @Test
    void theUsualCaseSkipsWhatCannotMatterAndEndsOnTheEntryExitPermit() {
        FamilyCase familyCase = new FamilyCase();
        List<Question> asked = walk(familyCase, usualAnswers());

        assertEquals(List.of(BIRTH_COUNTRY, PARENT_NATIONALITIES, SAME_NATIONALITY_AT_BIRTH, PASSPORT_COUNTRY, HAS_CHINESE_PASSPORT,
                HAS_TRAVEL_DOCUMENT, WHEREABOUTS, RESIDENCE_CITY, ON_HUKOU, NAME_MATCHES, DESTINATION, TRIP_DATES, FREQUENCY), asked,
                "no nationalities at the birth (same as today), no settling abroad and no foreign nationality at birth (born in China),"
                        + " no country abroad (in the mainland), no hukou city (no hukou)");
        assertEquals(DocumentCode.ENTRY_EXIT_PERMIT, assess(familyCase).recommended());
        assertEquals("GB", familyCase.getChild().mainPassport().orElseThrow().getCountry(), "written into the case's own fields");
        assertEquals("beijing", familyCase.getResidence().getCity());
    }

    @Test
    void eachBranchIsAskedWhenItsAnswerCanMatter() {
        Map<Question, List<Object>> answers = usualAnswers();
        answers.put(BIRTH_COUNTRY, List.of("GB"));
        answers.put(SAME_NATIONALITY_AT_BIRTH, List.of(false));
        answers.put(NATIONALITIES_AT_BIRTH, List.of("CN", "GB"));
        answers.put(CHINESE_PARENT_SETTLED, List.of(true));
        answers.put(FOREIGN_NATIONALITY_AT_BIRTH, List.of(true));
        List<Question> asked = walk(new FamilyCase(), answers);
        assertTrue(asked.containsAll(List.of(NATIONALITIES_AT_BIRTH, CHINESE_PARENT_SETTLED, FOREIGN_NATIONALITY_AT_BIRTH)), asked.toString());

        answers = usualAnswers();
        answers.put(WHEREABOUTS, List.of(Whereabouts.ABROAD));
        answers.put(COUNTRY_ABROAD, List.of("GB"));
        answers.put(ON_HUKOU, List.of(true));
        asked = walk(new FamilyCase(), answers);
        assertTrue(asked.contains(COUNTRY_ABROAD), "a family outside the mainland is asked where: " + asked);

        answers = usualAnswers();
        answers.put(ON_HUKOU, List.of(true));
        asked = walk(new FamilyCase(), answers);
        assertTrue(asked.contains(HUKOU_CITY), "a child on a hukou is asked where it is: " + asked);
    }

    @Test
    void aChildBornAbroadToAParentNotSettledThereIsNotAskedWhenTheForeignNationalityCame() {
        Map<Question, List<Object>> answers = usualAnswers();
        answers.put(BIRTH_COUNTRY, List.of("GB"));
        answers.put(CHINESE_PARENT_SETTLED, List.of(false));
        List<Question> asked = walk(new FamilyCase(), answers);
        assertTrue(asked.contains(CHINESE_PARENT_SETTLED));
        assertFalse(asked.contains(FOREIGN_NATIONALITY_AT_BIRTH), "only read with a parent settled abroad (art. 5): " + asked);
    }

    @Test
    void withNoChineseParentTheDocumentQuestionsAreSkipped() {
        Map<Question, List<Object>> answers = usualAnswers();
        answers.put(PARENT_NATIONALITIES, List.of("US", "GB"));
        FamilyCase familyCase = new FamilyCase();
        List<Question> asked = walk(familyCase, answers);
        assertEquals(List.of(BIRTH_COUNTRY, PARENT_NATIONALITIES, SAME_NATIONALITY_AT_BIRTH, ON_HUKOU, NAME_MATCHES, DESTINATION, TRIP_DATES), asked,
                "only the answers the warnings for every document read: a hukou in another city, a name unlike the birth certificate");
        assertEquals(DocumentCode.VISA_ON_FOREIGN_PASSPORT, assess(familyCase).recommended());
    }

    @Test
    void iDontKnowMovesOnAndTheAnswerSaysWhatToAskTheBureau() {
        Map<Question, List<Object>> answers = usualAnswers();
        answers.remove(ON_HUKOU);
        FamilyCase familyCase = new FamilyCase();
        List<Question> asked = walk(familyCase, answers);

        assertTrue(asked.containsAll(List.of(ON_HUKOU, NAME_MATCHES, DESTINATION, TRIP_DATES)), "the interview goes on: " + asked);
        assertTrue(asked.contains(HUKOU_CITY), "with the hukou not known, where it is can still matter: " + asked);
        assertEquals(null, familyCase.getChild().getOnHukou(), "left open, not guessed");
        Assessment answer = assess(familyCase);
        assertEquals(DocumentCode.NO_CLEAR_PATH, answer.recommended());
        assertTrue(answer.missing().contains(Fact.ON_HUKOU), "the open question is listed: " + answer.missing());
        assertTrue(answer.nextSteps().stream().map(Finding::textKey).anyMatch("guide.next.openAsk"::equals),
                "and the next step is to take it to the bureau: " + answer.nextSteps());
    }

    @Test
    void iDontKnowIsAllowedForEveryQuestion() {
        FamilyCase familyCase = new FamilyCase();
        List<Question> asked = walk(familyCase, Map.of());
        assertTrue(asked.size() >= 10, "nothing known rules nothing out: " + asked);
        assertEquals(DocumentCode.NO_CLEAR_PATH, assess(familyCase).recommended());
        for (Question q : asked) {
            assertFalse(q.answered(familyCase) && q != FREQUENCY, q + " is left unanswered");
        }
    }

    @Test
    void aSkippedQuestionCannotChangeTheAnswerWhateverItIsAnswered() {
        FamilyCase familyCase = new FamilyCase();
        walk(familyCase, usualAnswers());
        String before = summary(familyCase);
        Map<Question, List<List<Object>>> tries = Map.of(
                NATIONALITIES_AT_BIRTH, List.of(List.of("US", "GB"), List.of("HK", "CN")),
                CHINESE_PARENT_SETTLED, List.of(List.of(true), List.of(false)),
                FOREIGN_NATIONALITY_AT_BIRTH, List.of(List.of(true), List.of(false)),
                COUNTRY_ABROAD, List.of(List.of("US"), List.of("HK")),
                HUKOU_CITY, List.of(List.of("shanghai"), List.of("beijing")));
        tries.forEach((question, values) -> {
            assertFalse(plan.asks(question, familyCase), question + " is skipped");
            for (List<Object> value : values) {
                FamilyCase changed = io.permitguide.service.storage.Json.mapper().convertValue(familyCase, FamilyCase.class);
                for (int i = 0; i < value.size(); i++) {
                    question.<Object>slot(i).set(changed, value.get(i));
                }
                assertEquals(before, summary(changed), question + " answered " + value);
            }
        });
    }

    @Test
    void theUsualCaseCountsDownStepByStepAndItsTotalNeverGrows() {
        List<InterviewProgress> shown = progressWalk(new FamilyCase(), usualAnswers());
        assertSteady(shown);
        assertEquals(new InterviewProgress(13, 13), shown.get(shown.size() - 1), "the last question says so: " + shown);
    }

    @Test
    void aBranchThatOpensWasCountedFromTheStart() {
        // Born abroad to parents of different nationalities at the birth, the child on a hukou in another city.
        Map<Question, List<Object>> answers = usualAnswers();
        answers.put(BIRTH_COUNTRY, List.of("GB"));
        answers.put(SAME_NATIONALITY_AT_BIRTH, List.of(false));
        answers.put(NATIONALITIES_AT_BIRTH, List.of("CN", "GB"));
        answers.put(CHINESE_PARENT_SETTLED, List.of(false));
        answers.put(ON_HUKOU, List.of(true));
        answers.put(HUKOU_CITY, List.of("shanghai"));
        List<Question> asked = walk(new FamilyCase(), answers);
        assertTrue(asked.containsAll(List.of(NATIONALITIES_AT_BIRTH, CHINESE_PARENT_SETTLED, HUKOU_CITY)), "the branches open: " + asked);
        List<InterviewProgress> shown = progressWalk(new FamilyCase(), answers);
        assertEquals(asked.size(), shown.size());
        assertSteady(shown);

        answers = usualAnswers();
        answers.put(WHEREABOUTS, List.of(Whereabouts.ABROAD));
        answers.put(COUNTRY_ABROAD, List.of("GB"));
        assertTrue(walk(new FamilyCase(), answers).contains(COUNTRY_ABROAD));
        assertSteady(progressWalk(new FamilyCase(), answers));
    }

    @Test
    void whateverIsAnsweredTheTotalNeverGrows() {
        Random random = new Random(17);
        for (int walk = 0; walk < 40; walk++) {
            FamilyCase familyCase = new FamilyCase();
            List<InterviewProgress> shown = new ArrayList<>();
            for (Question q = plan.next(familyCase, null).orElse(null); q != null; q = plan.next(familyCase, q).orElse(null)) {
                shown.add(plan.progress(familyCase, q, shown.size() + 1));
                answer(familyCase, q, FamilyAnswers.any(q, random, TODAY));
            }
            assertSteady(shown);
            assertEquals(shown.size(), shown.get(shown.size() - 1).total(), "the last question is the last: " + shown);
        }
    }

    /** {@link #walk}, with the progress each screen shows (the n-th screen is number n, as Next counts them). */
    private List<InterviewProgress> progressWalk(FamilyCase familyCase, Map<Question, List<Object>> answers) {
        List<InterviewProgress> shown = new ArrayList<>();
        for (Question q = plan.next(familyCase, null).orElse(null); q != null; q = plan.next(familyCase, q).orElse(null)) {
            shown.add(plan.progress(familyCase, q, shown.size() + 1));
            answer(familyCase, q, answers.get(q));
        }
        return shown;
    }

    private static void assertSteady(List<InterviewProgress> shown) {
        int asked = shown.size();
        for (int i = 0; i < asked; i++) {
            InterviewProgress p = shown.get(i);
            assertEquals(i + 1, p.position(), "one more per Next: " + shown);
            assertTrue(p.total() >= asked, "never fewer than the questions that came: " + shown);
            if (i > 0) {
                assertTrue(p.total() <= shown.get(i - 1).total(), "the total never grows: " + shown);
                assertTrue(p.fraction() > shown.get(i - 1).fraction(), "the bar moves forward: " + shown);
            }
        }
    }

    @Test
    void findingTheNextQuestionTakesLittleTime() {
        FamilyCase familyCase = new FamilyCase();
        walk(familyCase, usualAnswers());
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            plan.ahead(familyCase, null);
        }
        long perWalk = (System.nanoTime() - start) / 10 / 1_000_000;
        assertTrue(perWalk < 100, "every question weighed in " + perWalk + " ms");
        start = System.nanoTime();
        for (Question q : List.of(BIRTH_COUNTRY, PARENT_NATIONALITIES, WHEREABOUTS, TRIP_DATES)) {
            plan.progress(new FamilyCase(), q, 1);
        }
        long perProgress = (System.nanoTime() - start) / 4 / 1_000_000;
        assertTrue(perProgress < 100, "the progress counted in " + perProgress + " ms");
        assertEquals(plan.next(familyCase, BIRTH_COUNTRY), plan.ahead(familyCase, BIRTH_COUNTRY).stream().findFirst());
    }

    private static Assessment assess(FamilyCase familyCase) {
        return GuidanceService.bundled().assess(familyCase, TODAY);
    }

    private static String summary(FamilyCase familyCase) {
        Assessment a = assess(familyCase);
        return a.recommended() + " " + a.warnings().stream().map(Finding::code).sorted().toList();
    }
}
