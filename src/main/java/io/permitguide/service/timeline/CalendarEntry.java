package io.permitguide.service.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One date of a case for the family's calendar, with the alarms before it.
 *
 * @param caseId           the case it belongs to; with {@code kind} it names the event, whatever its date
 * @param caseName         how the case is named to the user (may be blank)
 * @param kind             which date of the case it is
 * @param documentKey      the i18n key of the document's name the date is about
 * @param date             the date (China date)
 * @param alarmDaysBefore  days before the date on which an alarm rings at 09:00 (0: on the day)
 */
public record CalendarEntry(String caseId, String caseName, Kind kind, String documentKey, LocalDate date,
                            List<Integer> alarmDaysBefore) {

    /** The dates a family puts in its calendar. Texts: {@code calendar.event.<KIND>}. */
    public enum Kind {
        LAST_DAY_TO_APPLY,
        COLLECTION,
        DEPARTURE,
        RETURN,
        EXPIRY
    }

    public CalendarEntry {
        alarmDaysBefore = alarmDaysBefore.stream().distinct().sorted().toList();
    }
}
