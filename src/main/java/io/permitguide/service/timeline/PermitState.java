package io.permitguide.service.timeline;

/** Where the document stands, from the dates the family recorded. Text: {@code enum.PermitState.<NAME>}. */
public enum PermitState {
    /** No application recorded yet. */
    NOT_APPLIED,
    /** The application date recorded is still ahead: an appointment, not yet an application. */
    APPLICATION_PLANNED,
    /** A document other than the permit, with no dates recorded yet: nothing to count down to. */
    NO_DATES,
    /** No document is recommended until the open questions are answered. */
    UNDECIDED,
    /** Applied; the expected collection date is still ahead. */
    PROCESSING,
    /** The expected collection date has come; not collected yet. */
    READY_TO_COLLECT,
    /** Issued and usable. */
    VALID,
    /** The child left on it and must come back by the expiry. */
    USED_FOR_EXIT,
    /** Single-entry permit used for both the exit and the entry. */
    USED_UP,
    /** Past its expiry date (in China). */
    EXPIRED;

    /** True while nothing has been handed in: the papers are what the family is working on. */
    public boolean beforeApplication() {
        return this == NOT_APPLIED || this == APPLICATION_PLANNED || this == NO_DATES || this == UNDECIDED;
    }
}
