package io.permitguide.service.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save refused because the case's file changed on disk since this store read or wrote it (another window or
 * another copy of the app saved it). Nothing was written; the caller can reload the case from disk
 * ({@link CaseStore#reload}) or keep both versions ({@link CaseStore#saveAsCopy}).
 */
public class CaseChangedOnDiskException extends IOException {
    private final Path file;

    public CaseChangedOnDiskException(Path file) {
        super("The case file changed on disk since it was read: " + file.getFileName());
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
