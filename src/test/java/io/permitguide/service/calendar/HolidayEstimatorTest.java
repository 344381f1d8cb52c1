package io.permitguide.service.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the estimator would have said in the years whose schedules are published, and 2027. */
class HolidayEstimatorTest {
    private final HolidayEstimator estimator = new HolidayEstimator();

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyOfficialHolidayDayIsOffInTheEstimate(int year) {
        Set<LocalDate> estimated = estimator.daysOff(year);
        List<LocalDate> missed = PublishedSchedules.listed(year).entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .filter(day -> !estimated.contains(day) && !PublishedSchedules.isWeekend(day))
                .toList();
        assertEquals(List.of(), missed, year + ": official days off the estimate counts as working days");
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void theEstimateTakesOffOnlyAFewWorkingDaysMore(int year) {
        List<LocalDate> extra = estimator.daysOff(year).stream()
                .filter(PublishedSchedules::isWorkingDay)
                .toList();
        System.out.println("Holiday estimate " + year + ": " + extra.size() + " extra days off " + extra);
        // Erring early costs the family a day each; a runaway rule would cost weeks.
        assertTrue(extra.size() <= 10, year + ": " + extra);
    }

    @Test
    void newYearSpringFestivalAndNationalDay2027AreOff() {
        Set<LocalDate> off = estimator.daysOff(2027);
        // Lunar new year 2027: 6 February (Hong Kong Observatory, Purple Mountain Observatory almanac); eve the 5th.
        for (String day : List.of("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07",
                "2027-05-03", "2027-05-04", "2027-05-05")) {
            assertTrue(off.contains(LocalDate.parse(day)) || PublishedSchedules.isWeekend(LocalDate.parse(day)), day);
        }
    }

    @Test
    void theOtherHolidays2027AreOffAsThreeDayWeekends() {
        Set<LocalDate> off = estimator.daysOff(2027);
        // Qingming 2027-04-05 (Mon); Dragon Boat 2027-06-09 (Wed); Mid-Autumn 2027-09-15 (Wed).
        assertTrue(off.containsAll(Set.of(LocalDate.parse("2027-04-05"), LocalDate.parse("2027-06-09"),
                LocalDate.parse("2027-09-15"))), off.toString());
    }

    @Test
    void icuPutsSpringFestival2027ADayLateAloneAndBothDaysAreKept() {
        // The new moon is at 23:56 on 6 February 2027, Beijing; ICU's falls a few minutes after midnight.
        assertEquals(List.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07")), new ChineseDates().lunarDay(2027, 1, 1));
    }

    @Test
    void lunarAndSolarTermDatesMatchThePublishedHolidays() {
        ChineseDates dates = new ChineseDates();
        // From the holiday-cn files: the days named 清明节 / 端午节 / 中秋节 that are not weekend bridges.
        assertEquals(List.of(LocalDate.parse("2025-01-29")), dates.lunarDay(2025, 1, 1));
        assertEquals(List.of(LocalDate.parse("2025-05-31")), dates.lunarDay(2025, 5, 5));
        assertEquals(List.of(LocalDate.parse("2025-10-06")), dates.lunarDay(2025, 8, 15));
        assertEquals(List.of(LocalDate.parse("2026-09-25")), dates.lunarDay(2026, 8, 15));
        Set<LocalDate> qingming = List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026).stream()
                .flatMap(year -> dates.qingming(year).stream()).collect(Collectors.toSet());
        assertEquals(Set.of(LocalDate.parse("2019-04-05"), LocalDate.parse("2020-04-04"), LocalDate.parse("2021-04-04"),
                LocalDate.parse("2022-04-05"), LocalDate.parse("2023-04-05"), LocalDate.parse("2024-04-04"),
                LocalDate.parse("2025-04-04"), LocalDate.parse("2026-04-05")), qingming);
    }
}
