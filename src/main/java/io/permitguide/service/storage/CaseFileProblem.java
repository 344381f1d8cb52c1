package io.permitguide.service.storage;

/** Why a case file could not be read. Each has a translated message under {@code error.caseFile.<name>}. */
public enum CaseFileProblem {
    NOT_JSON,
    NOT_A_CASE,
    NEWER_VERSION,
    UNKNOWN_VERSION,
    DAMAGED,
    /** A date that is not "yyyy-MM-dd" text (a number, say, which would be read as days since 1970). */
    BAD_DATE,
    /** Far larger than any case; refused without reading it. */
    TOO_LARGE,
    UNREADABLE,
    /** A password-protected export: read it with the password. */
    PROTECTED,
    WRONG_PASSWORD;

    public String messageKey() {
        return "error.caseFile." + name();
    }
}
