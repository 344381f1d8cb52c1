package io.permitguide.service.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.storage.CaseStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reminders to show on a given day across all cases: today's, and those that fell while nobody looked
 * (after {@code lastSeen}). Missed reminders about a date that has already passed are dropped, several missed
 * reminders of the same date collapse into the latest, and dismissed ones stay hidden.
 */
public final class DueReminders {
    private DueReminders() {
    }

    public static List<Reminder> due(CaseStore store, LocalDate today, LocalDate lastSeen) throws IOException {
        return due(store.loadAll().cases(), today, lastSeen);
    }

    /**
     * @param lastSeen the last day reminders were shown, or null if never: then only today's are due
     */
    public static List<Reminder> due(List<FamilyCase> cases, LocalDate today, LocalDate lastSeen) {
        List<Reminder> due = new ArrayList<>();
        for (FamilyCase familyCase : cases) {
            Map<String, Reminder> latestPerSubject = new LinkedHashMap<>();
            for (Reminder reminder : CaseAnalyzer.of(familyCase, today).reminders(ReminderPlanner.plainName(familyCase))) {
                if (isDue(reminder, today, lastSeen) && !familyCase.getReminders().getDismissed().contains(reminder.key())) {
                    latestPerSubject.merge(reminder.kind() + ":" + reminder.subject(), reminder,
                            (a, b) -> b.date().isAfter(a.date()) ? b : a);
                }
            }
            due.addAll(latestPerSubject.values());
        }
        due.sort(Comparator.comparing(Reminder::subject).thenComparing(Reminder::caseName));
        return due;
    }

    static boolean isDue(Reminder reminder, LocalDate today, LocalDate lastSeen) {
        if (reminder.date().equals(today)) {
            return true;
        }
        boolean missed = lastSeen != null && reminder.date().isAfter(lastSeen) && reminder.date().isBefore(today);
        return missed && !reminder.subject().isBefore(today);
    }
}
