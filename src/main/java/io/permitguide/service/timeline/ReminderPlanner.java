package io.permitguide.service.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.ReminderSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dated reminders of one case from its timeline and the family's reminder settings. Reminders that no
 * longer apply are left out: no "apply" reminder once applied, no collection reminder once collected, no
 * expiry reminders for a permit that is used up.
 */
public final class ReminderPlanner {
    private ReminderPlanner() {
    }

    public static List<Reminder> plan(FamilyCase familyCase, PermitTimeline timeline, String caseName) {
        ReminderSettings settings = familyCase.getReminders();
        String id = familyCase.getId();
        List<Reminder> reminders = new ArrayList<>();
        boolean hasPermit = timeline.collectedOn() != null || timeline.issueDate() != null
                || familyCase.getPermit().getExpiryDate() != null;
        boolean usedUp = timeline.status().state() == PermitState.USED_UP;

        if (settings.isExpiryEnabled() && timeline.expiry() != null && !usedUp) {
            settings.getDaysBeforeExpiry().stream().filter(d -> d != null && d >= 0).distinct().forEach(days ->
                    reminders.add(new Reminder(id, caseName, ReminderKind.EXPIRY, timeline.expiry().minusDays(days), timeline.expiry())));
        }
        if (settings.isLastDayToApplyEnabled() && timeline.lastDayToApply() != null && timeline.appliedOn() == null && !hasPermit) {
            reminders.add(onTheDay(id, caseName, ReminderKind.LAST_DAY_TO_APPLY, timeline.lastDayToApply()));
        }
        if (settings.isCollectionEnabled() && timeline.expectedCollection() != null && !hasPermit) {
            reminders.add(onTheDay(id, caseName, ReminderKind.COLLECTION, timeline.expectedCollection()));
        }
        LocalDate leaving = timeline.exitDate() != null ? timeline.exitDate() : timeline.plannedDeparture();
        if (settings.isLatestReturnEnabled() && timeline.latestReturn() != null && leaving != null
                && timeline.entryDate() == null && !leaving.isAfter(timeline.latestReturn())) {
            // Told on the day of leaving, when the family can still plan the return around it.
            reminders.add(new Reminder(id, caseName, ReminderKind.LATEST_RETURN, leaving, timeline.latestReturn()));
        }
        reminders.sort(Comparator.comparing(Reminder::date).thenComparing(Reminder::kind));
        return reminders;
    }


    /** A name for the case outside the window: its title, else the child's names. */
    public static String plainName(FamilyCase familyCase) {
        if (!familyCase.getTitle().isBlank()) {
            return familyCase.getTitle();
        }
        return (familyCase.getChild().latinName() + " " + familyCase.getChild().getChineseName()).trim();
    }

    private static Reminder onTheDay(String id, String caseName, ReminderKind kind, LocalDate date) {
        return new Reminder(id, caseName, kind, date, date);
    }
}
