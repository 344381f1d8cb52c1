package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermitTimelineTest {

    private static List<ConflictCode> codes(PermitTimeline timeline) {
        return timeline.conflicts().stream().map(Conflict::code).toList();
    }

    @Test
    void typedExpiryWinsOverTheProposedOne() {
        PermitTimeline timeline = Cases.in("beijing").issued("2025-03-10", "2025-06-20").on("2025-03-12");
        assertEquals(LocalDate.parse("2025-06-20"), timeline.expiry());
        assertFalse(timeline.expiryProposed());
    }

    @Test
    void expiryIsProposedFromTheIssueDateAndTheCitysValidity() {
        PermitTimeline single = Cases.in("beijing").issued("2025-03-10", null).on("2025-03-12");
        assertEquals(LocalDate.parse("2025-06-09"), single.expiry());
        assertTrue(single.expiryProposed());
        assertEquals(single.expiry(), single.latestReturn());

        PermitTimeline multiple = Cases.in("shenzhen").issued("2025-03-10", null).multipleEntry().on("2025-03-12");
        assertEquals(LocalDate.parse("2026-03-09"), multiple.expiry());
        assertEquals(12, multiple.validityMonths());
    }

    @Test
    void returnAfterExpiryIsAConflictWithAdvice() {
        PermitTimeline timeline = Cases.in("beijing").trip("2025-04-01", "2025-07-01")
                .issued("2025-03-10", "2025-06-09").on("2025-03-12");
        assertEquals(List.of(ConflictCode.RETURN_AFTER_EXPIRY), codes(timeline));
        Conflict conflict = timeline.conflicts().get(0);
        assertEquals(List.of(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-06-09")), conflict.dates());
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertTrue(messages.get(conflict.messageKey(), conflict.arguments()).contains("2025-07-01"));
            assertFalse(messages.get(conflict.adviceKey()).isBlank());
        }
    }

    @Test
    void departureBeforeExpectedCollectionIsAConflict() {
        // Applied Feb 8 2024 in Beijing -> ready Feb 23; leaving Feb 23 is too early.
        PermitTimeline timeline = Cases.in("beijing").trip("2024-02-23", "2024-03-10").applied("2024-02-08").on("2024-02-09");
        assertTrue(codes(timeline).contains(ConflictCode.DEPARTURE_BEFORE_COLLECTION));

        PermitTimeline later = Cases.in("beijing").trip("2024-02-24", "2024-03-10").applied("2024-02-08").on("2024-02-09");
        assertFalse(codes(later).contains(ConflictCode.DEPARTURE_BEFORE_COLLECTION));
    }

    @Test
    void applyDeadlinePassedOnlyWhileNotApplied() {
        Cases cases = Cases.in("beijing").margin(0).trip("2024-02-26", "2024-03-20");
        assertFalse(codes(cases.on("2024-02-08")).contains(ConflictCode.APPLY_DEADLINE_PASSED), "the last day itself is fine");
        assertTrue(codes(cases.on("2024-02-09")).contains(ConflictCode.APPLY_DEADLINE_PASSED));
        assertFalse(codes(cases.applied("2024-02-09").on("2024-02-10")).contains(ConflictCode.APPLY_DEADLINE_PASSED));
    }

    @Test
    void tripLongerThanTheValidityIsFlaggedBeforeApplying() {
        assertEquals(List.of(ConflictCode.TRIP_LONGER_THAN_VALIDITY),
                codes(Cases.in("beijing").trip("2025-07-01", "2025-10-01").on("2025-05-01")));
        assertEquals(List.of(), codes(Cases.in("beijing").trip("2025-07-01", "2025-09-30").on("2025-05-01")));
    }

    @Test
    void otherInconsistentDates() {
        assertTrue(codes(Cases.in("beijing").trip("2025-07-01", "2025-06-01").on("2025-05-01"))
                .contains(ConflictCode.RETURN_BEFORE_DEPARTURE));
        assertTrue(codes(Cases.in("beijing").issued("2025-03-10", "2025-03-01").on("2025-03-12"))
                .contains(ConflictCode.EXPIRY_BEFORE_ISSUE));
        assertTrue(codes(Cases.in("beijing").trip("2025-07-01", "2025-07-20").issued("2025-03-10", null).on("2025-03-12"))
                .contains(ConflictCode.DEPARTURE_AFTER_EXPIRY));
        assertEquals(List.of(ConflictCode.EXPIRED_WHILE_ABROAD),
                codes(Cases.in("beijing").issued("2025-03-10", "2025-06-09").exited("2025-04-01").on("2025-06-10")));
    }

    @Test
    void stepsRecordedInTheWrongOrderAreAConflictNamingBothDates() {
        // QA's slip: accepted Dec 4, issued Dec 14, "collected" Dec 3; today Dec 20.
        PermitTimeline timeline = Cases.in("shanghai").applied("2026-12-04").issued("2026-12-14", null)
                .collected("2026-12-03").on("2026-12-20");
        Conflict conflict = timeline.conflicts().stream().filter(c -> c.code() == ConflictCode.STEPS_OUT_OF_ORDER)
                .findFirst().orElseThrow(() -> new AssertionError(codes(timeline).toString()));
        assertEquals(List.of(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-03")), conflict.dates());
        for (Language language : Language.values()) {
            String text = Messages.of(language).get(conflict.messageKey(), conflict.arguments());
            assertTrue(text.contains("2026-12-03") && text.contains("2026-12-04"), text);
        }
        // An issue date before the application, and leaving before the collection, are slips too.
        assertTrue(codes(Cases.in("beijing").applied("2025-03-10").issued("2025-03-05", null).on("2025-04-01"))
                .contains(ConflictCode.STEPS_OUT_OF_ORDER));
        assertTrue(codes(Cases.in("beijing").collected("2025-03-20").exited("2025-03-18").on("2025-04-01"))
                .contains(ConflictCode.STEPS_OUT_OF_ORDER));
    }

    @Test
    void stepsInTheirOrderOrOnTheSameDayAreNoConflict() {
        PermitTimeline timeline = Cases.in("beijing").applied("2025-03-03").issued("2025-03-10", null)
                .collected("2025-03-10").exited("2025-03-20").on("2025-04-01");
        assertFalse(codes(timeline).contains(ConflictCode.STEPS_OUT_OF_ORDER), codes(timeline).toString());
    }

    @Test
    void everyConflictHasTextInBothLanguages() {
        for (ConflictCode code : ConflictCode.values()) {
            for (Language language : Language.values()) {
                assertTrue(Messages.of(language).has(code.messageKey()), code + " " + language);
                assertTrue(Messages.of(language).has(code.adviceKey()), code + " " + language);
            }
        }
    }

    @Test
    void anApplicationDateAheadIsAnAppointmentNotAnApplication() {
        // Today Mon Mar 3 2025; the family booked the counter for Mon Mar 10.
        PermitTimeline timeline = Cases.in("beijing").trip("2025-04-10", "2025-05-01").applied("2025-03-10").on("2025-03-03");
        assertEquals(PermitState.APPLICATION_PLANNED, timeline.status().state());
        assertEquals(LocalDate.parse("2025-03-10"), timeline.status().deadline());
        assertEquals(7, timeline.status().daysLeft());
        // The collection it would give is still shown, counted from the planned day.
        assertEquals(LocalDate.parse("2025-03-19"), timeline.expectedCollection());
    }

    @Test
    void anIssueDateAheadIsNotAPermitInHand() {
        PermitTimeline timeline = Cases.in("beijing").trip("2025-04-10", "2025-05-01").issued("2025-03-20", null).on("2025-03-03");
        assertEquals(PermitState.NOT_APPLIED, timeline.status().state(), "no \"valid, 107 days left\" before the permit exists");
        assertTrue(codes(timeline).contains(ConflictCode.RECORDED_DATE_IN_FUTURE));
        // Once the day has come, the permit counts.
        assertEquals(PermitState.VALID, Cases.in("beijing").issued("2025-03-20", null).on("2025-03-20").status().state());
    }

    @Test
    void anExitDateAheadIsNotAnExitYet() {
        PermitTimeline timeline = Cases.in("beijing").issued("2025-03-01", "2025-05-31").exited("2025-04-10").on("2025-03-03");
        assertEquals(PermitState.VALID, timeline.status().state());
        assertTrue(codes(timeline).contains(ConflictCode.RECORDED_DATE_IN_FUTURE));
    }

    @Test
    void theLastDayToApplyKeepsTheMarginBeforeTheFlight() {
        // Departure Mon Mar 31 2025, ready by Sun Mar 30; 7 working days in Beijing, no holidays in March.
        Cases cases = Cases.in("beijing").trip("2025-03-31", "2025-04-20");
        PermitTimeline usual = cases.on("2025-03-01");
        assertEquals(PermitTimeline.DEFAULT_MARGIN_WORKING_DAYS, usual.marginWorkingDays());
        // 3 working days of margin: accepted Fri Mar 14 -> ready Tue Mar 25, then Mar 26, 27, 28 before the flight.
        assertEquals(LocalDate.parse("2025-03-14"), usual.lastDayToApply());
        assertEquals(LocalDate.parse("2025-03-19"), cases.margin(0).on("2025-03-01").lastDayToApply());
        assertEquals(LocalDate.parse("2025-03-10"), cases.margin(7).on("2025-03-01").lastDayToApply());
        // A margin out of range is kept within it.
        assertEquals(PermitTimeline.MAX_MARGIN_WORKING_DAYS, cases.margin(999).on("2025-03-01").marginWorkingDays());
        assertEquals(0, cases.margin(-5).on("2025-03-01").marginWorkingDays());
    }
}
