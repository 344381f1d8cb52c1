package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.Json;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.timeline.ReminderSeenStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline, calendar and remind commands, run as the launcher runs them. */
class TimelineCommandsTest {
    @TempDir
    Path data;

    private String previousData;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void useTempDataFolder() {
        previousData = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, data.toString());
    }

    @AfterEach
    void restore() {
        if (previousData == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, previousData);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** The usual family in Beijing, applied Thu Feb 8 2024 (ready Fri Feb 23 after Spring Festival), leaving Feb 20. */
    private static FamilyCase beijingCase() {
        FamilyCase familyCase = GuidanceCases.usual();
        familyCase.setTitle("Mia");
        familyCase.getResidence().setCity("beijing");
        familyCase.getTrip().setDepartureDate(LocalDate.parse("2024-02-20"));
        familyCase.getTrip().setReturnDate(LocalDate.parse("2024-03-10"));
        familyCase.getApplication().setAppliedOn(LocalDate.parse("2024-02-08"));
        return familyCase;
    }

    private Path caseFile(FamilyCase familyCase) throws Exception {
        Path file = data.resolve("mia.json");
        Files.write(file, CaseFileCodec.encode(familyCase));
        return file;
    }

    @Test
    void timelineShowsTheDatesStatusAndConflictsInTheChosenLanguage() throws Exception {
        Path file = caseFile(beijingCase());
        assertEquals(0, run("timeline", file.toString(), "--today", "2024-02-09", "--lang", "en"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("Expected collection: 2024-02-23"), text);
        assertTrue(text.contains("Status: Processing: expected ready on 2024-02-23 (in 14 days)"), text);
        assertTrue(text.contains("The planned departure (2024-02-20) is not after the expected collection date (2024-02-23)."), text);

        assertEquals(0, run("timeline", file.toString(), "--today", "2024-02-09", "--lang", "zh"));
        assertTrue(out.toString().contains("预计领证日期：2024-02-23"), out.toString());
    }

    @Test
    void timelineAsJson() throws Exception {
        Path file = caseFile(beijingCase());
        assertEquals(0, run("timeline", file.toString(), "--json", "--today", "2024-02-24"));
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals("2024-02-23", json.path("expectedCollection").asText());
        assertEquals("READY_TO_COLLECT", json.path("status").path("state").asText());
        assertEquals(-1, json.path("status").path("daysLeft").asInt());
        assertEquals("DEPARTURE_BEFORE_COLLECTION", json.path("conflicts").path(0).path("code").asText());
    }

    @Test
    void badDateIsATranslatedUsageError() throws Exception {
        Path file = caseFile(beijingCase());
        assertEquals(2, run("timeline", file.toString(), "--today", "2024-13-40", "--lang", "en"));
        assertTrue(err.toString().contains("Not a date (YYYY-MM-DD): 2024-13-40"), err.toString());
    }

    @Test
    void calendarWritesAnIcsFile() throws Exception {
        Path file = caseFile(beijingCase());
        Path ics = data.resolve("out").resolve("mia.ics");
        assertEquals(0, run("calendar", file.toString(), "-o", ics.toString(), "--today", "2024-02-09", "--lang", "en"), err.toString());
        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("BEGIN:VEVENT"));
        // The expected collection, the departure and the return.
        for (String date : new String[] {"20240223", "20240220", "20240310"}) {
            assertTrue(calendar.contains("DTSTART;VALUE=DATE:" + date), calendar);
        }
        assertTrue(out.toString().contains("Wrote 3 event(s)"), out.toString());
    }

    @Test
    void remindExitsTenWhenSomethingIsDueAndZeroOtherwise() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase permit = new FamilyCase();
        permit.setTitle("Leo");
        permit.getResidence().setCity("shanghai");
        permit.getPermit().setIssueDate(LocalDate.parse("2025-03-10"));
        permit.getPermit().setExpiryDate(LocalDate.parse("2025-06-09"));
        store.save(permit);
        store.save(beijingCase());

        assertEquals(RemindCommand.NOTHING_DUE, run("remind", "--today", "2025-05-09", "--lang", "en"));
        assertTrue(out.toString().contains("Nothing due."));
        // 30 days before the expiry; --notify is skipped quietly when the desktop has no notify-send.
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--today", "2025-05-10", "--notify", "--lang", "en"), err.toString());
        assertTrue(out.toString().contains("2025-05-10  Leo: Permit expires in 30 days (2025-06-09)"), out.toString());
        assertFalse(out.toString().contains("Mia"), "a case with nothing due is not listed");
        // Seen now: the same day again still shows today's, a later day without reminders shows nothing.
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--today", "2025-05-10", "--lang", "en"));
        assertEquals(RemindCommand.NOTHING_DUE, run("remind", "--today", "2025-05-11", "--lang", "en"));
    }

    @Test
    void remindShowsWhatWasMissedSinceTheLastRun() throws Exception {
        FamilyCase permit = new FamilyCase();
        permit.setTitle("Leo");
        permit.getPermit().setIssueDate(LocalDate.parse("2025-03-10"));
        permit.getPermit().setExpiryDate(LocalDate.parse("2025-06-09"));
        new CaseStore(data).save(permit);
        new ReminderSeenStore(data).markSeen(LocalDate.parse("2025-05-01"));
        // The computer was off on May 26 (14 days before): shown on May 28.
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--today", "2025-05-28", "--lang", "zh"));
        assertTrue(out.toString().contains("通行证还有 14 天到期（2025-06-09）"), out.toString());
    }

    /** A case whose permit expires 30 days after the real today in China: one reminder due today. */
    private LocalDate savePermitDueToday() throws Exception {
        LocalDate realToday = ChinaDates.today(ChinaDates.systemClock());
        FamilyCase permit = new FamilyCase();
        permit.setTitle("Leo");
        permit.getPermit().setIssueDate(realToday.minusMonths(3));
        permit.getPermit().setExpiryDate(realToday.plusDays(30));
        new CaseStore(data).save(permit);
        return realToday;
    }

    @Test
    void aTrialRunWithAnotherDayRecordsNothingAsSeen() throws Exception {
        LocalDate realToday = savePermitDueToday();
        ReminderSeenStore seen = new ReminderSeenStore(data);
        assertEquals(RemindCommand.NOTHING_DUE, run("remind", "--today", realToday.plusDays(20).toString(), "--lang", "en"));
        assertTrue(out.toString().contains("A trial run for " + realToday.plusDays(20)), out.toString());
        assertEquals(null, seen.lastSeen(), "a trial run leaves no trace");
        // The real run still shows today's reminder, and records today.
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--lang", "en"));
        assertTrue(out.toString().contains("Leo: Permit expires in 30 days"), out.toString());
        assertFalse(out.toString().contains("trial run"), out.toString());
        assertEquals(realToday, seen.lastSeen());
    }

    @Test
    void aLastSeenDateAfterTodayLeftByAnOlderTrialRunIsMovedBack() throws Exception {
        LocalDate realToday = savePermitDueToday();
        ReminderSeenStore seen = new ReminderSeenStore(data);
        seen.markSeen(realToday.plusDays(60));
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--lang", "en"));
        assertEquals(realToday, seen.lastSeen(), "last seen never stays past the real today");
    }

    @Test
    void remindersArePrintedEvenWhenTheyCannotBeRecordedAsSeen() throws Exception {
        savePermitDueToday();
        // A folder where the record goes: the write fails whoever runs the test (root included), as on a full or
        // read-only disk.
        Files.createDirectories(data.resolve("reminders-seen.json").resolve("blocked"));
        assertEquals(RemindCommand.SOMETHING_DUE, run("remind", "--lang", "zh"), err.toString());
        assertTrue(out.toString().contains("Leo"), out.toString());
        assertTrue(err.toString().startsWith("警告：无法将以上提醒记录为已查看"), err.toString());
    }

    @Test
    void notifierFindsNothingOnAnEmptyPath() {
        assertTrue(new DesktopNotifier("").notifySend().isEmpty());
        assertFalse(new DesktopNotifier(data.toString()).show("t", "b"));
    }
}
