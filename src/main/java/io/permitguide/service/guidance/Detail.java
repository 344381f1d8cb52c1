package io.permitguide.service.guidance;

/**
 * A value from the case that a rule's text can quote ({@code "args"} in {@code rules.json}, {0} onwards in
 * the text). Dates are year-first China dates; all are the same in both languages.
 */
public enum Detail {
    /** Planned departure from the mainland. */
    DEPARTURE,
    /** Planned return to the mainland. */
    RETURN,
    /** When the permit would be ready: the expected collection if applied, else if applied for today. */
    READY_BY,
    /** Working days the city's bureau takes. */
    PROCESSING_DAYS,
    /** Months the city's usual permit is valid. */
    VALIDITY_MONTHS,
    /** The name of the bureau's city, in the interface language. */
    CITY,
    /** Last day to apply for the permit so it is ready with the margin before the departure. */
    LAST_DAY_TO_APPLY,
    /** Last day the child can come back on the permit. */
    LATEST_RETURN,
    /** The permit's fee in yuan. */
    FEE_YUAN,
    /** The expiry of the foreign passport the child travels on (the first listed). */
    PASSPORT_EXPIRY
}
