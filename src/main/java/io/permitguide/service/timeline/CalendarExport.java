package io.permitguide.service.timeline;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import io.permitguide.service.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A case's key dates as an RFC 5545 calendar file: one all-day event per date (last day to apply, collection,
 * departure, return, expiry) with a bilingual title and alarms at 09:00 before it. An event's UID is the case and
 * the kind of date, never the date itself, so importing the file again after a date changed moves the event instead
 * of leaving the old one behind; its SEQUENCE grows with each export so calendars take the newer version.
 */
public final class CalendarExport {
    private static final int ALARM_HOUR = 9;
    private static final int MAX_OCTETS = 75;

    private CalendarExport() {
    }

    /** Writes the file atomically; returns the number of events. */
    public static int write(List<CalendarEntry> entries, Path file, Instant now) throws IOException {
        ICalendar calendar = build(entries, now);
        String text = foldToOctets(Biweekly.write(calendar).foldLines(false).go());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return calendar.getEvents().size();
    }

    public static ICalendar build(List<CalendarEntry> entries, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Permit Guide//Permit Guide//EN");
        entries.stream()
                .sorted(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::kind))
                .forEach(entry -> calendar.addEvent(event(entry, now)));
        return calendar;
    }

    private static VEvent event(CalendarEntry entry, Instant now) {
        VEvent event = new VEvent();
        event.setUid(entry.caseId() + "-" + entry.kind().name().toLowerCase(Locale.ROOT) + "@permit-guide");
        // Minutes since 1970: larger at every later export, as RFC 5545 asks of a revised event.
        event.setSequence((int) (now.getEpochSecond() / 60));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(allDay(entry.date()), false);
        event.setDateEnd(allDay(entry.date().plusDays(1)), false);
        String summary = Reminder.bilingual(messages -> {
            String what = messages.get("calendar.event." + entry.kind().name(), messages.get(entry.documentKey()));
            return entry.caseName() == null || entry.caseName().isBlank() ? what : messages.get("reminder.withCase", entry.caseName(), what);
        });
        event.setSummary(summary);
        event.setDescription(Reminder.bilingual(messages -> messages.get("reminder.calendar.description")));
        event.setTransparency(true);
        entry.alarmDaysBefore().forEach(days -> event.addAlarm(VAlarm.display(new Trigger(alarmOffset(days), Related.START), summary)));
        return event;
    }

    /** 09:00 on the day {@code daysBefore} days before the all-day event, relative to its start (midnight). */
    static Duration alarmOffset(int daysBefore) {
        if (daysBefore <= 0) {
            return Duration.builder().hours(ALARM_HOUR).build();
        }
        return Duration.builder().prior(true).days(daysBefore - 1).hours(24 - ALARM_HOUR).build();
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 section 3.1); the library folds at 75 characters,
     * which lets a line of Chinese text run to 225 octets. Never splits a character.
     */
    static String foldToOctets(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 20);
        for (String line : ics.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Date-only values are written in the JVM's zone by biweekly; midnight in that zone keeps the day. */
    private static Date allDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
