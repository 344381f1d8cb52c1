package io.permitguide.service.storage;

import java.nio.file.Path;
import java.time.Instant;

/** An earlier version of a case, kept on disk; {@code savedAt} is when it was set aside. */
public record Backup(Path file, Instant savedAt) {
}
