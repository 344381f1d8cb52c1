package io.permitguide.service.storage;

import java.nio.file.Path;

/** A case file that could not be read and was moved out of the way, untouched. */
public record SetAsideFile(Path original, Path movedTo, CaseFileProblem problem, String detail) {
}
