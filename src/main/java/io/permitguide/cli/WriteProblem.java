package io.permitguide.cli;

import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in the user's language. The JDK's own text names the temporary file beside the
 * target and is English, so it is never shown.
 */
final class WriteProblem {
    private WriteProblem() {
    }

    static String describe(IOException e, Messages messages) {
        return messages.get("cli.error.write." + kind(e));
    }

    static String kind(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "denied";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "noFolder";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        reason = reason.toLowerCase(Locale.ROOT);
        if (reason.contains("no space") || reason.contains("quota")) {
            return "full";
        }
        if (reason.contains("read-only")) {
            return "readOnly";
        }
        return "other";
    }
}
