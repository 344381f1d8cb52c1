package io.permitguide.service.timeline;

/** Where the permit stands, from the dates the family recorded. Text: {@code enum.PermitState.<NAME>}. */
public enum PermitState {
    /** No application recorded yet. */
    NOT_APPLIED,
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
    EXPIRED
}
