package io.permitguide.service.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Earlier versions of each case under {@code <data>/backups/<case id>/}. The app saves a few hundred
 * milliseconds after each keystroke, so a backup is taken at most every {@link #INTERVAL}; the newest
 * {@link #KEPT} are kept.
 */
final class CaseBackups {
    static final Duration INTERVAL = Duration.ofMinutes(10);
    static final int KEPT = 8;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z.json'");

    private final Path root;
    private final Clock clock;

    CaseBackups(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Keeps the file's current content as a backup if the newest backup is old enough. */
    void keepPrevious(String caseFileName, Path currentFile) throws IOException {
        List<Backup> existing = list(caseFileName);
        if (existing.isEmpty() || !existing.get(0).savedAt().isAfter(clock.instant().minus(INTERVAL))) {
            keepNow(caseFileName, currentFile);
        }
    }

    /** Keeps the file's current content as a backup now. */
    void keepNow(String caseFileName, Path currentFile) throws IOException {
        if (!Files.exists(currentFile)) {
            return;
        }
        Instant now = clock.instant();
        Path dir = dirFor(caseFileName);
        AtomicFiles.createPrivateDirectories(dir);
        AtomicFiles.write(dir.resolve(NAME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC))), Files.readAllBytes(currentFile));
        for (Backup old : list(caseFileName).stream().skip(KEPT).toList()) {
            Files.deleteIfExists(old.file());
        }
    }

    /** The backups of one case, newest first. */
    List<Backup> list(String caseFileName) throws IOException {
        Path dir = dirFor(caseFileName);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                try {
                    Instant at = LocalDateTime.parse(file.getFileName().toString(), NAME).toInstant(ZoneOffset.UTC);
                    backups.add(new Backup(file, at));
                } catch (DateTimeParseException e) {
                    // not one of ours (a temporary file or something the user put there): leave it alone
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::savedAt).reversed());
        return backups;
    }

    private Path dirFor(String caseFileName) {
        return root.resolve(caseFileName.substring(0, caseFileName.length() - ".json".length()));
    }
}
