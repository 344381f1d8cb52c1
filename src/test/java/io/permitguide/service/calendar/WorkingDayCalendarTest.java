package io.permitguide.service.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.service.storage.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working days in a year without a published schedule, and newer schedules from the data folder. */
class WorkingDayCalendarTest {
    @TempDir
    Path data;

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private WorkingDayCalendar calendarOver(Path folder) {
        return new WorkingDayCalendar("/data/holidays/", () -> folder);
    }

    @Test
    void newYearSpringFestivalAndNationalDay2027AreNotWorkingDays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        for (String off : List.of("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                "2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07")) {
            assertFalse(calendar.isWorkingDay(day(off)), off);
        }
        assertTrue(calendar.isWorkingDay(day("2027-03-10")), "an ordinary Wednesday");
    }

    @Test
    void datesIn2027AreStillReportedAsEstimates() {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        assertFalse(calendar.isPublished(2027));
        assertTrue(calendar.isPublished(2026));
        assertTrue(calendar.isEstimate(day("2026-12-20"), day("2027-01-05")));
        assertFalse(calendar.isEstimate(day("2026-03-01"), day("2026-06-01")));
    }

    @Test
    void aDepartureRightAfterSpringFestival2027MustBeAppliedForBeforeTheBreak() {
        // Ready by Tuesday 16 February 2027, 7 working days: counted by hand, with the break 5-14 February off,
        // the working days back from the 16th are 16, 15, 4, 3, 2, 1 February and 29 January.
        LocalDate lastDay = WorkingDayCalendar.bundled().latestAcceptanceFor(day("2027-02-16"), 7);
        assertEquals(day("2027-01-28"), lastDay);
    }

    @Test
    void aScheduleInTheDataFolderReplacesTheEstimate() throws IOException {
        Path holidays = Files.createDirectories(data.resolve("holidays"));
        Files.writeString(holidays.resolve("2027.json"), schedule(2027, "2027-03-03", true));
        WorkingDayCalendar calendar = calendarOver(holidays);
        assertTrue(calendar.isPublished(2027));
        assertFalse(calendar.isEstimate(day("2027-01-01"), day("2027-12-31")));
        assertFalse(calendar.isWorkingDay(day("2027-03-03")));
        assertTrue(calendar.isWorkingDay(day("2027-02-08")), "the file, not the estimate, decides 2027");
    }

    @Test
    void aScheduleInTheDataFolderWinsOverTheBundledOne() throws IOException {
        Path holidays = Files.createDirectories(data.resolve("holidays"));
        Files.writeString(holidays.resolve("2026.json"), schedule(2026, "2026-10-01", false));
        WorkingDayCalendar calendar = calendarOver(holidays);
        assertTrue(calendar.isWorkingDay(day("2026-10-01")));
        assertTrue(calendar.isWorkingDay(day("2026-10-02")), "the bundled 2026 days are replaced, not merged");
    }

    @Test
    void anEstimatedNewYearBreakReachesBackIntoAPublishedDecember() throws IOException {
        // 1 January 2030 is a Tuesday: the Monday before, 31 December 2029, is estimated off.
        Path holidays = Files.createDirectories(data.resolve("holidays"));
        Files.writeString(holidays.resolve("2029.json"), schedule(2029, "2029-10-01", true));
        WorkingDayCalendar calendar = calendarOver(holidays);
        assertFalse(calendar.isWorkingDay(day("2029-12-31")));
        assertTrue(calendar.isWorkingDay(day("2029-12-28")));
        assertTrue(calendar.isEstimate(day("2029-12-20"), day("2029-12-31")));
        assertFalse(calendar.isEstimate(day("2029-12-01"), day("2029-12-28")));
    }

    @Test
    void theAppsCalendarReadsTheDataFolderItResolves() throws IOException {
        Path holidays = Files.createDirectories(data.resolve(WorkingDayCalendar.USER_FOLDER));
        Files.writeString(holidays.resolve("2027.json"), schedule(2027, "2027-03-03", true));
        String previous = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, data.toString());
        try {
            WorkingDayCalendar calendar = WorkingDayCalendar.withDataFolder();
            assertFalse(calendar.isWorkingDay(day("2027-03-03")));
            assertTrue(calendar.isPublished(2027));
        } finally {
            if (previous == null) {
                System.clearProperty(DataFolder.PROPERTY);
            } else {
                System.setProperty(DataFolder.PROPERTY, previous);
            }
        }
    }

    @Test
    void brokenFilesInTheDataFolderAreIgnored() throws IOException {
        Path holidays = Files.createDirectories(data.resolve("holidays"));
        Files.writeString(holidays.resolve("2026.json"), "{ \"year\": 2026, \"days\": [ {\"date\": ");
        Files.writeString(holidays.resolve("2027.json"), schedule(2027, "2027-02-30", true));
        Files.writeString(holidays.resolve("2028.json"), schedule(2029, "2028-03-01", true));
        Files.writeString(holidays.resolve("2029.json"), "{\"year\": 2029, \"papers\": [], \"days\": []}");
        WorkingDayCalendar calendar = calendarOver(holidays);
        assertFalse(calendar.isWorkingDay(day("2026-10-01")), "the bundled 2026 schedule");
        assertTrue(calendar.isPublished(2026));
        assertFalse(calendar.isWorkingDay(day("2027-02-08")), "the 2027 estimate");
        assertFalse(calendar.isPublished(2027));
        assertTrue(calendar.isWorkingDay(day("2028-03-01")), "a file for another year");
        assertFalse(calendar.isPublished(2029), "a file without days is no schedule");
    }

    @Test
    void anUnreadableDataFolderIsIgnored() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("holidays"), "a file where the folder should be");
        WorkingDayCalendar calendar = calendarOver(notAFolder);
        assertFalse(calendar.isWorkingDay(day("2026-10-01")));
        assertFalse(calendar.isWorkingDay(day("2027-01-01")));
    }

    private static String schedule(int year, String date, boolean off) {
        return """
                {
                    "year": %d,
                    "papers": [],
                    "days": [ { "name": "测试", "date": "%s", "isOffDay": %s } ]
                }
                """.formatted(year, date, off);
    }
}
