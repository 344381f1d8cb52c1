package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.TimelineChart.Bar;
import io.permitguide.service.timeline.TimelineChart.BarKind;
import io.permitguide.service.timeline.TimelineChart.Mark;
import io.permitguide.service.timeline.TimelineChart.MarkKind;
import io.permitguide.service.timeline.TimelineChart.Tick;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static Mark mark(TimelineChart chart, MarkKind kind) {
        return chart.marks().stream().filter(m -> m.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + chart.marks()));
    }

    private static Bar bar(TimelineChart chart, BarKind kind) {
        return chart.bars().stream().filter(b -> b.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + chart.bars()));
    }

    private static List<MarkKind> kinds(TimelineChart chart) {
        return chart.marks().stream().map(Mark::kind).toList();
    }

    @Test
    void aUsualCaseShowsTodayTheDeadlineAndTheTripInOrderOnTheAxis() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").trip("2025-04-01", "2025-04-20").on("2025-03-03"));

        assertEquals(List.of(MarkKind.TODAY, MarkKind.LAST_DAY_TO_APPLY, MarkKind.DEPARTURE, MarkKind.RETURN), kinds(chart));
        assertFalse(chart.isEmpty());
        assertTrue(chart.start().isBefore(LocalDate.parse("2025-03-03")), "a margin before the first date");
        assertTrue(chart.end().isAfter(LocalDate.parse("2025-04-20")), "and after the last");
        double previous = 0;
        for (Mark m : chart.marks()) {
            assertTrue(m.position() > previous && m.position() < 1, m.toString());
            assertEquals(chart.position(m.date()), m.position(), 1e-9);
            previous = m.position();
        }
        assertFalse(chart.hasConflicts());
        Bar trip = bar(chart, BarKind.TRIP);
        assertEquals(mark(chart, MarkKind.DEPARTURE).position(), trip.startPosition(), 1e-9);
        assertEquals(mark(chart, MarkKind.RETURN).position(), trip.endPosition(), 1e-9);
        assertEquals("timeline.chart.mark.LAST_DAY_TO_APPLY", mark(chart, MarkKind.LAST_DAY_TO_APPLY).labelKey());
    }

    @Test
    void positionsAreProportionalToDays() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").trip("2025-04-01", "2025-04-21").on("2025-04-01"));
        // Departure is today: the same place; the return 20 days on; a day is the same width everywhere.
        assertEquals(mark(chart, MarkKind.TODAY).position(), mark(chart, MarkKind.DEPARTURE).position(), 1e-9);
        double day = chart.position(LocalDate.parse("2025-04-02")) - chart.position(LocalDate.parse("2025-04-01"));
        assertEquals(20 * day, mark(chart, MarkKind.RETURN).position() - mark(chart, MarkKind.DEPARTURE).position(), 1e-9);
        assertEquals(0, chart.position(chart.start()), 1e-9);
        assertEquals(1, chart.position(chart.end()), 1e-9);
    }

    @Test
    void aReturnAfterTheExpiryIsMarkedAsTheConflictOnTheReturnAndTheTrip() {
        PermitTimeline timeline = Cases.in("beijing").issued("2025-03-10", "2025-06-09").trip("2025-05-01", "2025-07-01")
                .on("2025-03-20");
        TimelineChart chart = TimelineChart.of(timeline);

        Mark ret = mark(chart, MarkKind.RETURN);
        assertTrue(ret.inConflict());
        assertEquals(ConflictCode.RETURN_AFTER_EXPIRY, ret.conflicts().get(0).code());
        assertFalse(mark(chart, MarkKind.DEPARTURE).inConflict());
        assertFalse(mark(chart, MarkKind.EXPIRY).inConflict());
        assertTrue(bar(chart, BarKind.TRIP).inConflict());
        Bar validity = bar(chart, BarKind.VALIDITY);
        assertFalse(validity.inConflict());
        assertTrue(ret.position() > validity.endPosition(), "the return is drawn past the end of the validity");
        assertTrue(chart.hasConflicts());
        // The conflict's own words are there for the tooltip.
        assertTrue(TimelineTexts.conflict(ret.conflicts().get(0), Messages.of(Language.EN)).contains("2025-07-01"));
    }

    @Test
    void aMissedDeadlineMarksTheLastDayToApply() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").trip("2025-04-01", "2025-04-20").on("2025-03-30"));
        assertEquals(ConflictCode.APPLY_DEADLINE_PASSED, mark(chart, MarkKind.LAST_DAY_TO_APPLY).conflicts().get(0).code());
    }

    @Test
    void aRecordedDateInTheFutureMarksThatDate() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").issued("2025-03-10", null).on("2025-03-01"));
        assertTrue(mark(chart, MarkKind.ISSUE).inConflict());
        assertFalse(mark(chart, MarkKind.EXPIRY).inConflict());
    }

    @Test
    void anEstimatedCollectionAndAProposedExpiryAreFlagged() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").applied("2026-12-28").on("2026-12-28"));
        Mark collection = mark(chart, MarkKind.EXPECTED_COLLECTION);
        assertEquals(LocalDate.parse("2027-01-07"), collection.date());
        assertTrue(collection.estimate(), "2027 has no published holiday schedule");
        assertFalse(mark(chart, MarkKind.APPLIED).estimate());
        assertFalse(kinds(chart).contains(MarkKind.LAST_DAY_TO_APPLY), "applied: the deadline no longer matters");

        TimelineChart issued = TimelineChart.of(Cases.in("beijing").issued("2025-03-10", null).on("2025-03-12"));
        assertTrue(mark(issued, MarkKind.EXPIRY).estimate(), "proposed from the issue date, not typed");
        assertTrue(bar(issued, BarKind.VALIDITY).estimate());
        assertFalse(mark(issued, MarkKind.ISSUE).estimate());
    }

    @Test
    void aCaseWithNoDatesGivesAnEmptyChartWithAMessage() {
        TimelineChart chart = TimelineChart.of(Cases.in("beijing").on("2025-03-03"));
        assertTrue(chart.isEmpty());
        assertEquals(TimelineChart.EMPTY_KEY, chart.emptyMessageKey());
        assertTrue(chart.marks().isEmpty());
        assertTrue(chart.bars().isEmpty());
        assertNull(chart.start());
        assertTrue(Messages.of(Language.ZH).has(chart.emptyMessageKey()));
        assertTrue(Messages.of(Language.EN).has(chart.emptyMessageKey()));
    }

    @Test
    void everyLabelHasATextInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (MarkKind kind : MarkKind.values()) {
                assertTrue(messages.has(kind.labelKey()), language + " " + kind);
            }
            for (BarKind kind : BarKind.values()) {
                assertTrue(messages.has(kind.labelKey()), language + " " + kind);
            }
        }
    }

    @Test
    void monthTicksAreNamedEveryMonthOnAShortAxisAndLessOftenOnALongOne() {
        TimelineChart shortOne = TimelineChart.of(Cases.in("beijing").trip("2025-04-01", "2025-06-20").on("2025-03-10"));
        assertEquals(List.of("2025-04-01", "2025-05-01", "2025-06-01"),
                shortOne.ticks().stream().map(t -> t.date().toString()).toList());
        assertTrue(shortOne.ticks().stream().allMatch(Tick::labelled));
        assertTrue(shortOne.ticks().get(0).showsYear());
        assertFalse(shortOne.ticks().get(1).showsYear());

        // A two-year Travel Document window: every third month named, each January with its year.
        TimelineChart longOne = TimelineChart.of(Cases.in("shenzhen").issued("2025-03-10", "2027-03-09").on("2025-03-12"));
        List<Tick> named = longOne.ticks().stream().filter(Tick::labelled).toList();
        assertTrue(named.size() < longOne.ticks().size());
        assertTrue(named.stream().allMatch(t -> (t.date().getMonthValue() - 1) % 3 == 0), named.toString());
        assertTrue(named.stream().filter(t -> t.date().getMonthValue() == 1).allMatch(Tick::showsYear));
    }

    @Test
    void labelsThatWouldOverlapGoToAnotherRowAndStayInsideThePicture() {
        List<TimelineChartLabels.Place> places = TimelineChartLabels.place(new double[] {10, 30, 200, 395},
                new double[] {60, 60, 60, 60}, 400, 4);
        assertEquals(0, places.get(0).left(), 1e-9, "kept inside on the left");
        assertEquals(0, places.get(0).lane());
        assertEquals(1, places.get(1).lane(), "overlaps the first: next row");
        assertEquals(0, places.get(2).lane(), "room again in the first row");
        assertEquals(340, places.get(3).left(), 1e-9, "kept inside on the right");
        assertEquals(2, TimelineChartLabels.lanes(places));
    }
}
