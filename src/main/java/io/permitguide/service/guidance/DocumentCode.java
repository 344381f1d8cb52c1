package io.permitguide.service.guidance;

/** The document the child travels on; stable codes for the command line's JSON. Names: {@code enum.DocumentCode.*}. */
public enum DocumentCode {
    ENTRY_EXIT_PERMIT,
    TRAVEL_DOCUMENT,
    CHINESE_PASSPORT,
    VISA_ON_FOREIGN_PASSPORT,
    NO_CLEAR_PATH
}
