package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

    /** Kind and reminder date, compactly. */
    private static List<String> summary(List<Reminder> reminders) {
        return reminders.stream().map(r -> r.kind() + "@" + r.date()).toList();
    }

    private static List<Reminder> plan(FamilyCase familyCase, String today) {
        return ReminderPlanner.plan(familyCase, PermitTimeline.of(familyCase, LocalDate.parse(today)), ReminderPlanner.plainName(familyCase));
    }

    @Test
    void defaultsRemindBeforeExpiryAndOfTheLatestReturnWhenLeaving() {
        FamilyCase familyCase = Cases.in("beijing").trip("2025-04-01", "2025-05-01").issued("2025-03-10", "2025-06-09").build();
        assertEquals(List.of("LATEST_RETURN@2025-04-01", "EXPIRY@2025-05-10", "EXPIRY@2025-05-26", "EXPIRY@2025-06-02",
                "EXPIRY@2025-06-08"), summary(plan(familyCase, "2025-03-12")));
    }

    @Test
    void applyThenCollectionRemindersFollowTheStage() {
        Cases cases = Cases.in("beijing").margin(0).trip("2024-02-26", "2024-03-20");
        assertEquals(List.of("LAST_DAY_TO_APPLY@2024-02-08"),
                summary(plan(cases.build(), "2024-01-15")));
        // Applied Feb 8: ready Feb 23; no more "apply" reminder.
        assertEquals(List.of("COLLECTION@2024-02-23"), summary(plan(cases.applied("2024-02-08").build(), "2024-02-09")));
        // Collected with an issue date: expiry reminders take over.
        List<String> afterIssue = summary(plan(cases.collected("2024-02-23").issued("2024-02-21", null).build(), "2024-02-23"));
        assertTrue(afterIssue.contains("EXPIRY@2024-05-19"), afterIssue.toString());
        assertTrue(afterIssue.stream().noneMatch(s -> s.startsWith("COLLECTION") || s.startsWith("LAST_DAY")));
    }

    @Test
    void eachReminderCanBeChangedOrSwitchedOff() {
        FamilyCase familyCase = Cases.in("beijing").trip("2025-04-01", "2025-05-01").issued("2025-03-10", "2025-06-09").build();
        familyCase.getReminders().setDaysBeforeExpiry(List.of(10, 3));
        familyCase.getReminders().setLatestReturnEnabled(false);
        assertEquals(List.of("EXPIRY@2025-05-30", "EXPIRY@2025-06-06"), summary(plan(familyCase, "2025-03-12")));
        familyCase.getReminders().setExpiryEnabled(false);
        assertEquals(List.of(), plan(familyCase, "2025-03-12"));
    }

    @Test
    void usedUpPermitHasNoReminders() {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").exited("2025-04-01").entered("2025-05-01").build();
        assertEquals(List.of(), plan(familyCase, "2025-05-02"));
    }

    @Test
    void titlesInBothLanguagesNameTheCaseAndTheDate() {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-03-10", "2025-06-09").build();
        familyCase.setTitle("Mia summer trip");
        Reminder thirtyDays = plan(familyCase, "2025-03-12").get(0);
        assertEquals("Mia summer trip: Permit expires in 30 days (2025-06-09)", thirtyDays.title(Messages.of(Language.EN)));
        assertEquals("Mia summer trip：通行证还有 30 天到期（2025-06-09）", thirtyDays.title(Messages.of(Language.ZH)));
        assertEquals(thirtyDays.title(Messages.of(Language.EN)) + " / " + thirtyDays.title(Messages.of(Language.ZH)),
                thirtyDays.bilingualTitle());
        Reminder oneDay = plan(familyCase, "2025-03-12").get(3);
        assertEquals("Mia summer trip: Permit expires tomorrow (2025-06-09)", oneDay.title(Messages.of(Language.EN)));
    }
}
