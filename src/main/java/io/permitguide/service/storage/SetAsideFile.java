package io.permitguide.service.storage;

import io.permitguide.service.i18n.Messages;
import java.nio.file.Path;

/**
 * A case file that could not be read and was moved out of the way, untouched ({@code movedTo} is the file itself
 * when even the move failed). {@code field} names the field at fault when known, else null.
 */
public record SetAsideFile(Path original, Path movedTo, CaseFileProblem problem, String detail, String field) {
    /** The translated reason, naming the field when known. */
    public String reason(Messages messages) {
        return CaseFileException.reason(messages, problem, field);
    }
}
