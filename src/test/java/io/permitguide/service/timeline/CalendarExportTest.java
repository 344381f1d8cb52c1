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
import java.util.ArrayList;
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

    @Test
    void oneAllDayEventPerDateWithBilingualTitleAndAlarms(@TempDir Path dir) throws Exception {
        // A zone far from UTC: all-day dates must not shift.
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        FamilyCase withPermit = Cases.in("beijing").trip("2025-04-01", "2025-05-01").issued("2025-03-10", "2025-06-09").build();
        withPermit.setTitle("Mia");
        FamilyCase applied = Cases.in("beijing").applied("2025-03-03").build();
        List<Reminder> reminders = new ArrayList<>(ReminderPlanner.plan(withPermit, PermitTimeline.of(withPermit, LocalDate.parse("2025-03-12")), ReminderPlanner.plainName(withPermit)));
        reminders.addAll(ReminderPlanner.plan(applied, PermitTimeline.of(applied, LocalDate.parse("2025-03-12")), ReminderPlanner.plainName(applied)));

        Path file = dir.resolve("permit.ics");
        assertEquals(2, CalendarExport.write(reminders, file, NOW));
        Calendar calendar = parse(file);
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());

        VEvent expiry = events.stream().filter(e -> value(e, "DTSTART").equals("20250609")).findFirst().orElseThrow();
        assertEquals("20250610", value(expiry, "DTEND"));
        String summary = value(expiry, "SUMMARY");
        assertTrue(summary.contains("Mia: Permit expires; Last day to come back into the mainland on the permit"), summary);
        assertTrue(summary.contains("通行证到期"), summary);
        // 30, 14, 7 and 1 days before at 09:00, and on the day of departure (69 days before).
        List<String> triggers = expiry.getAlarms().stream().map(a -> value(a, "TRIGGER")).toList();
        assertEquals(List.of("-PT15H", "-P6DT15H", "-P13DT15H", "-P29DT15H", "-P68DT15H"), triggers);
        for (VAlarm alarm : expiry.getAlarms()) {
            assertEquals("DISPLAY", value(alarm, "ACTION"));
        }

        VEvent collection = events.stream().filter(e -> value(e, "DTSTART").equals("20250312")).findFirst().orElseThrow();
        assertEquals(List.of("PT9H"), collection.getAlarms().stream().map(a -> value(a, "TRIGGER")).toList());
        assertTrue(value(collection, "SUMMARY").contains("通行证预计可领取"));
    }

    @Test
    void linesAreFoldedAt75OctetsAndChineseSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();
        familyCase.setTitle("王小明和妈妈的暑假回国探亲之旅，二零二五年夏天，一次出境一次入境");
        Path file = dir.resolve("zh.ics");
        CalendarExport.write(ReminderPlanner.plan(familyCase, PermitTimeline.of(familyCase, LocalDate.parse("2025-03-12")), ReminderPlanner.plainName(familyCase)), file, NOW);
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        VEvent event = parse(file).<VEvent>getComponents(Component.VEVENT).get(0);
        assertTrue(value(event, "SUMMARY").endsWith(familyCase.getTitle() + "：通行证到期"), value(event, "SUMMARY"));
    }

    @Test
    void exportingAgainKeepsTheSameEventIdentities(@TempDir Path dir) throws Exception {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();
        List<Reminder> reminders = ReminderPlanner.plan(familyCase, PermitTimeline.of(familyCase, LocalDate.parse("2025-03-12")), ReminderPlanner.plainName(familyCase));
        CalendarExport.write(reminders, dir.resolve("a.ics"), NOW);
        CalendarExport.write(reminders, dir.resolve("b.ics"), NOW.plusSeconds(3600));
        VEvent first = parse(dir.resolve("a.ics")).<VEvent>getComponents(Component.VEVENT).get(0);
        VEvent second = parse(dir.resolve("b.ics")).<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals(value(first, "UID"), value(second, "UID"));
    }
}
