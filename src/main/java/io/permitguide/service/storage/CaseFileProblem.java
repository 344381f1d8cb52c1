package io.permitguide.service.storage;

/** Why a case file could not be read. Each has a translated message under {@code error.caseFile.<name>}. */
public enum CaseFileProblem {
    NOT_JSON,
    NOT_A_CASE,
    NEWER_VERSION,
    UNKNOWN_VERSION,
    DAMAGED,
    UNREADABLE,
    /** A password-protected export: read it with the password. */
    PROTECTED,
    WRONG_PASSWORD;

    public String messageKey() {
        return "error.caseFile." + name();
    }
}
