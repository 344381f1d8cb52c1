package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported file, read back with ical4j (an independent parser), holds the dates and alarms a family expects. */
class CalendarExportTest {
    private static final TimeZone ORIGINAL = TimeZone.getDefault();
    private static final Instant NOW = Instant.parse("2025-03-12T08:00:00Z");

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static Calendar parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(reader);
        }
    }

    private static List<CalendarEntry> entries(FamilyCase familyCase, String today) {
        return CalendarEntries.of(familyCase, PermitTimeline.of(familyCase, LocalDate.parse(today)), ReminderPlanner.plainName(familyCase));
    }

    private static VEvent onDate(Calendar calendar, String date) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().filter(e -> value(e, "DTSTART").equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + date));
    }

    private static List<String> triggers(VEvent event) {
        return event.getAlarms().stream().map(a -> value(a, "TRIGGER")).toList();
    }

    @Test
    void everyKeyDateIsAnAllDayEventWithAlarmsBeforeIt(@TempDir Path dir) throws Exception {
        // A zone far from UTC: all-day dates must not shift.
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        // Not applied yet: Beijing, leaving Tue Apr 15 2025, back Thu May 15; 3 working days of margin.
        FamilyCase planning = Cases.in("beijing").trip("2025-04-15", "2025-05-15").build();
        planning.setTitle("Mia");
        Path file = dir.resolve("permit.ics");
        assertEquals(3, CalendarExport.write(entries(planning, "2025-03-12"), file, NOW));
        Calendar calendar = parse(file);
        calendar.validate();

        // Ready by Mon Apr 14 less 3 working days of margin: accepted Fri Mar 28 at the latest.
        VEvent apply = onDate(calendar, "20250328");
        assertEquals("20250329", value(apply, "DTEND"));
        assertTrue(value(apply, "SUMMARY").startsWith("Mia: Last day to apply for the Entry-Exit Permit"), value(apply, "SUMMARY"));
        assertTrue(value(apply, "SUMMARY").contains("出入境通行证最晚申请日"), value(apply, "SUMMARY"));
        // A week, three days and one day before at 09:00, and 09:00 on the day.
        assertEquals(List.of("PT9H", "-PT15H", "-P2DT15H", "-P6DT15H"), triggers(apply));
        for (VAlarm alarm : apply.getAlarms()) {
            assertEquals("DISPLAY", value(alarm, "ACTION"));
        }
        assertEquals(List.of("-PT15H", "-P2DT15H"), triggers(onDate(calendar, "20250415")));
        assertTrue(value(onDate(calendar, "20250515"), "SUMMARY").contains("Planned return"));
    }

    @Test
    void theExpiryCarriesTheFamilysReminderDays(@TempDir Path dir) throws Exception {
        FamilyCase withPermit = Cases.in("beijing").trip("2025-04-01", "2025-05-01").issued("2025-03-10", "2025-06-09").build();
        Path file = dir.resolve("expiry.ics");
        CalendarExport.write(entries(withPermit, "2025-03-12"), file, NOW);
        VEvent expiry = onDate(parse(file), "20250609");
        assertTrue(value(expiry, "SUMMARY").contains("出入境通行证到期"), value(expiry, "SUMMARY"));
        // On the day, and 1, 7, 14 and 30 days before (the default settings).
        assertEquals(List.of("PT9H", "-PT15H", "-P6DT15H", "-P13DT15H", "-P29DT15H"), triggers(expiry));
        // Applied and collected: no more "last day to apply" or collection event.
        assertTrue(parse(file).<VEvent>getComponents(Component.VEVENT).stream()
                .noneMatch(e -> value(e, "SUMMARY").contains("Last day to apply") || value(e, "SUMMARY").contains("ready to collect")));
    }

    @Test
    void linesAreFoldedAt75OctetsAndChineseSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();
        familyCase.setTitle("王小明和妈妈的暑假回国探亲之旅，二零二五年夏天，一次出境一次入境");
        Path file = dir.resolve("zh.ics");
        CalendarExport.write(entries(familyCase, "2025-03-12"), file, NOW);
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        VEvent event = onDate(parse(file), "20250609");
        assertTrue(value(event, "SUMMARY").endsWith(familyCase.getTitle() + "：出入境通行证到期"), value(event, "SUMMARY"));
    }

    @Test
    void aChangedDateMovesTheSameEventWithAHigherSequence(@TempDir Path dir) throws Exception {
        FamilyCase familyCase = Cases.in("beijing").trip("2025-04-15", "2025-05-15").build();
        CalendarExport.write(entries(familyCase, "2025-03-12"), dir.resolve("a.ics"), NOW);
        familyCase.getTrip().setDepartureDate(LocalDate.parse("2025-04-22"));
        CalendarExport.write(entries(familyCase, "2025-03-12"), dir.resolve("b.ics"), NOW.plusSeconds(3600));
        Calendar before = parse(dir.resolve("a.ics"));
        Calendar after = parse(dir.resolve("b.ics"));
        VEvent oldDeparture = onDate(before, "20250415");
        VEvent newDeparture = onDate(after, "20250422");
        assertEquals(value(oldDeparture, "UID"), value(newDeparture, "UID"), "the calendar moves the event, not a second one");
        assertTrue(Integer.parseInt(value(newDeparture, "SEQUENCE")) > Integer.parseInt(value(oldDeparture, "SEQUENCE")));
        List<String> uids = after.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, "UID")).toList();
        assertEquals(uids.size(), uids.stream().distinct().count(), "one event per kind of date");
    }

    @Test
    void anotherDocumentHasNoBureauDatesInTheCalendar() {
        FamilyCase familyCase = Cases.in("beijing").trip("2025-04-15", "2025-05-15").build();
        PermitTimeline travelDocument = PermitTimeline.of(familyCase, io.permitguide.service.guidance.DocumentCode.TRAVEL_DOCUMENT,
                io.permitguide.service.city.CityProfiles.bundled().forCity("beijing"),
                io.permitguide.service.calendar.WorkingDayCalendar.bundled(), LocalDate.parse("2025-03-12"));
        List<CalendarEntry.Kind> kinds = CalendarEntries.of(familyCase, travelDocument, "").stream().map(CalendarEntry::kind).toList();
        assertEquals(List.of(CalendarEntry.Kind.DEPARTURE, CalendarEntry.Kind.RETURN), kinds);
    }
}
