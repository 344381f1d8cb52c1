package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.time.Instant;

/**
 * The envelope every case file has on disk and in exports: a format tag, a schema version and the case.
 * The format is documented in the README.
 */
public record CaseFile(String format, int version, Instant savedAt, String appVersion, FamilyCase familyCase) {
    public static final String FORMAT = "permit-guide-case";
    public static final int CURRENT_VERSION = 1;
}
