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
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reminders as an RFC 5545 calendar file: one all-day event per date the reminders are about, with a
 * bilingual title, and one alarm per reminder at 09:00 on the reminder's day. UIDs are stable, so importing
 * the file again updates the events instead of doubling them.
 */
public final class CalendarExport {
    private static final int ALARM_HOUR = 9;
    private static final int MAX_OCTETS = 75;

    private CalendarExport() {
    }

    /** Writes the file atomically; returns the number of events. */
    public static int write(List<Reminder> reminders, Path file, Instant now) throws IOException {
        ICalendar calendar = build(reminders, now);
        String text = foldToOctets(Biweekly.write(calendar).foldLines(false).go());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return calendar.getEvents().size();
    }

    public static ICalendar build(List<Reminder> reminders, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Permit Guide//Permit Guide//EN");
        Map<String, Map<LocalDate, List<Reminder>>> byCaseAndDate = reminders.stream().collect(Collectors.groupingBy(
                Reminder::caseId, TreeMap::new, Collectors.groupingBy(Reminder::subject, TreeMap::new, Collectors.toList())));
        byCaseAndDate.forEach((caseId, byDate) -> byDate.forEach((date, sameDate) ->
                calendar.addEvent(event(caseId, date, sameDate, now))));
        return calendar;
    }

    private static VEvent event(String caseId, LocalDate date, List<Reminder> reminders, Instant now) {
        VEvent event = new VEvent();
        event.setUid(caseId + "-" + date + "@permit-guide");
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(allDay(date), false);
        event.setDateEnd(allDay(date.plusDays(1)), false);
        Reminder first = reminders.get(0);
        List<ReminderKind> kinds = reminders.stream().map(Reminder::kind).distinct().sorted().toList();
        String summary = Reminder.bilingual(messages -> {
            String what = kinds.stream().map(k -> messages.get("reminder.event." + k.name())).collect(Collectors.joining("; "));
            return first.caseName() == null || first.caseName().isBlank() ? what : messages.get("reminder.withCase", first.caseName(), what);
        });
        event.setSummary(summary);
        event.setDescription(Reminder.bilingual(messages -> messages.get("reminder.calendar.description")));
        event.setTransparency(true);
        reminders.stream().map(Reminder::daysBefore).distinct().sorted().forEach(days ->
                event.addAlarm(VAlarm.display(new Trigger(alarmOffset(days), Related.START), summary)));
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
