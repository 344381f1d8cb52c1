package io.permitguide.service.timeline;

/**
 * Dates that do not fit together. Each has a message {@code timeline.conflict.<CODE>} and what to do about
 * it {@code timeline.advice.<CODE>} in the timeline bundle.
 */
public enum ConflictCode {
    /** The planned return is after the permit's expiry. */
    RETURN_AFTER_EXPIRY,
    /** The planned departure is not after the expected collection date of a permit not yet collected. */
    DEPARTURE_BEFORE_COLLECTION,
    /** Not applied yet and the last day to apply before the planned departure has passed. */
    APPLY_DEADLINE_PASSED,
    /** The permit expires before the planned departure. */
    DEPARTURE_AFTER_EXPIRY,
    /** The planned trip is longer than the permit the city issues is valid. */
    TRIP_LONGER_THAN_VALIDITY,
    /** The planned return is before the planned departure. */
    RETURN_BEFORE_DEPARTURE,
    /** The expiry typed is not after the issue date. */
    EXPIRY_BEFORE_ISSUE,
    /** The child left on the permit, has not come back, and the permit has expired. */
    EXPIRED_WHILE_ABROAD,
    /** A date recorded as done (collected, issued, left, came back) is after today. */
    RECORDED_DATE_IN_FUTURE,
    /** Two of the document's steps (application, issue, collection, exit) are recorded in the wrong order. */
    STEPS_OUT_OF_ORDER;

    public String messageKey() {
        return "timeline.conflict." + name();
    }

    public String adviceKey() {
        return "timeline.advice." + name();
    }

    /** True when the message and advice speak of the permit itself; other documents have texts of their own. */
    boolean namesThePermit() {
        return switch (this) {
            case RETURN_AFTER_EXPIRY, DEPARTURE_BEFORE_COLLECTION, DEPARTURE_AFTER_EXPIRY, TRIP_LONGER_THAN_VALIDITY,
                 EXPIRY_BEFORE_ISSUE, EXPIRED_WHILE_ABROAD -> true;
            default -> false;
        };
    }
}
