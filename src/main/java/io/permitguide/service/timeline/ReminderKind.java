package io.permitguide.service.timeline;

/** What a reminder is about. Texts: {@code reminder.<KIND>} (the reminder) and {@code reminder.event.<KIND>} (the date). */
public enum ReminderKind {
    /** Days before the permit expires. */
    EXPIRY,
    /** The last day to apply so the permit is ready before departure. */
    LAST_DAY_TO_APPLY,
    /** The day the permit is expected to be ready. */
    COLLECTION,
    /** When leaving: the last day the child can come back on the permit. */
    LATEST_RETURN
}
