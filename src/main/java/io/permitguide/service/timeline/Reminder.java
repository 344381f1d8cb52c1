package io.permitguide.service.timeline;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One dated reminder of one case.
 *
 * @param caseId   the case it belongs to
 * @param caseName how the case is named to the user (may be blank)
 * @param kind     what it is about
 * @param date     the day to remind on (China date)
 * @param subject  the date it reminds of
 */
public record Reminder(String caseId, String caseName, ReminderKind kind, LocalDate date, LocalDate subject) {

    /** Days from the reminder to the date it is about. */
    public int daysBefore() {
        return (int) ChronoUnit.DAYS.between(date, subject);
    }

    /** Identifies the reminder within its case, for {@code ReminderSettings.dismissed}; changes when the dates do. */
    public String key() {
        return kind + ":" + subject + ":" + date;
    }

    /** The reminder's text in one language, with the case name in front when there is one. */
    public String title(Messages messages) {
        String text = messages.get("reminder." + kind.name(), daysBefore(), subject.toString());
        return caseName == null || caseName.isBlank() ? text : messages.get("reminder.withCase", caseName, text);
    }

    /** English and Chinese together, for places that cannot follow the interface language (calendar, cron output). */
    public String bilingualTitle() {
        return bilingual(this::title);
    }

    static String bilingual(java.util.function.Function<Messages, String> text) {
        return text.apply(Messages.of(Language.EN)) + " / " + text.apply(Messages.of(Language.ZH));
    }
}
