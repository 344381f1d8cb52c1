package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.storage.CaseStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueRemindersTest {
    private static final FamilyCase PERMIT = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();

    private static List<String> due(List<FamilyCase> cases, String today, String lastSeen) {
        return DueReminders.due(cases, LocalDate.parse(today), lastSeen == null ? null : LocalDate.parse(lastSeen))
                .stream().map(r -> r.kind() + "@" + r.date()).toList();
    }

    @Test
    void todaysReminderIsDue() {
        assertEquals(List.of("EXPIRY@2025-05-10"), due(List.of(PERMIT), "2025-05-10", null));
        assertEquals(List.of(), due(List.of(PERMIT), "2025-05-11", null), "never seen: only today's");
    }

    @Test
    void missedRemindersSinceLastSeenCollapseIntoTheLatest() {
        // 30 days (May 10) and 14 days (May 26) before expiry were both missed.
        assertEquals(List.of("EXPIRY@2025-05-26"), due(List.of(PERMIT), "2025-05-28", "2025-05-01"));
        assertEquals(List.of(), due(List.of(PERMIT), "2025-05-28", "2025-05-26"), "already seen");
    }

    @Test
    void missedReminderAboutAPassedDateIsDropped() {
        // Applied Mon Mar 3 2025 in Beijing: expected ready Wed Mar 12.
        FamilyCase applied = Cases.in("beijing").applied("2025-03-03").build();
        assertEquals(List.of("COLLECTION@2025-03-12"), due(List.of(applied), "2025-03-12", "2025-03-01"));
        assertEquals(List.of(), due(List.of(applied), "2025-03-14", "2025-03-01"));
    }

    @Test
    void dismissedRemindersStayHidden() {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();
        Reminder reminder = DueReminders.due(List.of(familyCase), LocalDate.parse("2025-05-10"), null).get(0);
        familyCase.getReminders().getDismissed().add(reminder.key());
        assertEquals(List.of(), due(List.of(familyCase), "2025-05-10", null));
    }

    @Test
    void acrossAllSavedCasesAndTheSeenMarker(@TempDir Path data) throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase other = Cases.in("shanghai").issued("2025-04-10", "2025-05-24").build();
        store.save(PERMIT);
        store.save(other);
        List<Reminder> due = DueReminders.due(store, LocalDate.parse("2025-05-10"), null);
        assertEquals(2, due.size(), due.toString());
        assertEquals(List.of(PERMIT.getId(), other.getId()).stream().sorted().toList(),
                due.stream().map(Reminder::caseId).sorted().toList());

        ReminderSeenStore seen = new ReminderSeenStore(data);
        assertNull(seen.lastSeen());
        seen.markSeen(LocalDate.parse("2025-05-10"));
        seen.markSeen(LocalDate.parse("2025-05-01"));
        assertEquals(LocalDate.parse("2025-05-10"), seen.lastSeen(), "never moves backwards");
    }
}
