package io.permitguide.service.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.ReminderSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The key dates of a case's timeline as calendar entries: the last day to apply and the collection (permit only),
 * the departure and the return, and the document's expiry; each with alarms early enough to act on.
 */
public final class CalendarEntries {
    /** Before the last day to apply: a week to gather papers, then the days before and the day itself. */
    static final List<Integer> APPLY_ALARMS = List.of(7, 3, 1, 0);
    /** Before the collection: the day before (plan the visit) and the day. */
    static final List<Integer> COLLECTION_ALARMS = List.of(1, 0);
    /** Before the departure: time to check the document and papers, and the day before. */
    static final List<Integer> DEPARTURE_ALARMS = List.of(3, 1);
    /** Before the planned return: a week to check the way back. */
    static final List<Integer> RETURN_ALARMS = List.of(7, 1);

    private CalendarEntries() {
    }

    public static List<CalendarEntry> of(FamilyCase familyCase, PermitTimeline t, String caseName) {
        ReminderSettings settings = familyCase.getReminders();
        String id = familyCase.getId();
        String document = "enum.DocumentCode." + t.document().name();
        boolean inHand = t.collectedOn() != null || t.issueDate() != null || familyCase.getPermit().getExpiryDate() != null;
        List<CalendarEntry> entries = new ArrayList<>();
        if (t.lastDayToApply() != null && t.appliedOn() == null && !inHand) {
            entries.add(new CalendarEntry(id, caseName, CalendarEntry.Kind.LAST_DAY_TO_APPLY, document, t.lastDayToApply(),
                    settings.isLastDayToApplyEnabled() ? APPLY_ALARMS : List.of()));
        }
        if (t.expectedCollection() != null && !inHand) {
            entries.add(new CalendarEntry(id, caseName, CalendarEntry.Kind.COLLECTION, document, t.expectedCollection(),
                    settings.isCollectionEnabled() ? COLLECTION_ALARMS : List.of()));
        }
        if (t.plannedDeparture() != null && t.exitDate() == null) {
            entries.add(new CalendarEntry(id, caseName, CalendarEntry.Kind.DEPARTURE, document, t.plannedDeparture(), DEPARTURE_ALARMS));
        }
        if (t.plannedReturn() != null && t.entryDate() == null) {
            entries.add(new CalendarEntry(id, caseName, CalendarEntry.Kind.RETURN, document, t.plannedReturn(), RETURN_ALARMS));
        }
        if (t.expiry() != null && t.status().state() != PermitState.USED_UP) {
            List<Integer> days = new ArrayList<>(List.of(0));
            if (settings.isExpiryEnabled()) {
                settings.getDaysBeforeExpiry().stream().filter(d -> d != null && d >= 0).forEach(days::add);
            }
            entries.add(new CalendarEntry(id, caseName, CalendarEntry.Kind.EXPIRY, document, t.expiry(), days));
        }
        return entries;
    }

    /** True when no entry lies on or after {@code today}: nothing worth exporting. */
    public static boolean allPast(List<CalendarEntry> entries, LocalDate today) {
        return entries.stream().allMatch(e -> e.date().isBefore(today));
    }
}
