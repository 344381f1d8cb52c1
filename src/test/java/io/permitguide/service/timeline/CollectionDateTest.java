package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected collection dates counted by hand from the State Council schedules: weekends and holidays do
 * not count, make-up working days (调休) do, the day of acceptance does not.
 */
class CollectionDateTest {

    @ParameterizedTest(name = "{0}: applied {1} -> ready {2}")
    @CsvSource({
        // Spring Festival 2024: off Feb 10-17, make-up Sunday Feb 18 counts.
        "beijing,  2024-02-08, 2024-02-23",
        // Spring Festival 2025: make-up Sunday Jan 26 and Saturday Feb 8 count, Jan 28 - Feb 4 off.
        "beijing,  2025-01-24, 2025-02-10",
        // National Day 2024: make-up Sunday Sep 29 and Saturday Oct 12 count, Oct 1-7 off.
        "beijing,  2024-09-27, 2024-10-12",
        // National Day 2025: Oct 1-8 off, make-up Sep 28 and Oct 11.
        "beijing,  2025-09-26, 2025-10-13",
        // Year boundary: New Year 2026 off Jan 1-3, make-up Sunday Jan 4 (listed in the 2026 file).
        "shenzhen, 2025-12-30, 2026-01-07",
        "beijing,  2025-12-30, 2026-01-09",
        // Plain week: accepted Monday, 5 working days -> next Monday.
        "shenzhen, 2025-03-03, 2025-03-10",
    })
    void countsChineseWorkingDays(String city, String applied, String expected) {
        PermitTimeline timeline = Cases.in(city).applied(applied).on(applied);
        assertEquals(LocalDate.parse(expected), timeline.expectedCollection());
        assertFalse(timeline.collectionEstimate(), "published schedules give exact dates");
    }

    @Test
    void yearWithoutPublishedScheduleIsAnEstimate() {
        // 2027 has no schedule yet: New Year's Day 2027 (a Friday) is estimated off, and the date flagged.
        PermitTimeline timeline = Cases.in("beijing").applied("2026-12-28").on("2026-12-28");
        assertEquals(LocalDate.parse("2027-01-07"), timeline.expectedCollection());
        assertTrue(timeline.collectionEstimate());
    }

    @Test
    void yearWithNoFileAtAllIsAnEstimate() {
        PermitTimeline timeline = Cases.in("beijing").applied("2031-03-03").on("2031-03-03");
        assertEquals(LocalDate.parse("2031-03-12"), timeline.expectedCollection());
        assertTrue(timeline.collectionEstimate());
    }

    @Test
    void lastDayToApplyLeavesTheDayBeforeDepartureToCollect() {
        // Departure Monday Feb 26 2024: ready by Sunday Feb 25. Applied Feb 8 -> Feb 23 (fits);
        // applied Feb 9 -> Feb 26 (too late).
        PermitTimeline timeline = Cases.in("beijing").margin(0).trip("2024-02-26", "2024-03-20").on("2024-01-15");
        assertEquals(LocalDate.parse("2024-02-08"), timeline.lastDayToApply());
        assertFalse(timeline.lastDayToApplyEstimate());
    }

    @Test
    void lastDayToApplyAcrossNationalDay() {
        // Departure Tue Oct 15 2024, Shenzhen 5 days, ready by Oct 14. Applied Sep 30 -> Oct 8,9,10,11,12 = Oct 12.
        // Applied Oct 8 (first day back): Oct 9,10,11,12,14 = Oct 14, fits. Oct 9: 10,11,12,14,15 = too late.
        PermitTimeline timeline = Cases.in("shenzhen").margin(0).trip("2024-10-15", null).on("2024-09-01");
        assertEquals(LocalDate.parse("2024-10-08"), timeline.lastDayToApply());
    }

    @Test
    void unlistedCityUsesTheFallbackProfile() {
        PermitTimeline timeline = Cases.in("Ulaanbaatar").applied("2025-03-03").on("2025-03-03");
        assertTrue(timeline.cityFallback());
        assertEquals(LocalDate.parse("2025-03-12"), timeline.expectedCollection());
    }
}
