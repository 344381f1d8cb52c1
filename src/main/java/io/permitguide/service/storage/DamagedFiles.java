package io.permitguide.service.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * The files in {@code <data>/damaged} and what is known of them, kept in {@code <data>/damaged.json}: the file each
 * was, why it was set aside, and whether the user has been told. Whoever sets a file aside (the window, {@code remind})
 * records it here; whoever shows them marks them reported, so each is reported once, by whichever runs first.
 */
final class DamagedFiles {
    /** One set-aside file; {@code problem} is null for a file that someone else put in the folder. */
    record Entry(String original, CaseFileProblem problem, String field, boolean reported) {
    }

    private final Path dataFolder;
    private final Path dir;
    private final Path record;

    DamagedFiles(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.dir = dataFolder.resolve("damaged");
        this.record = dataFolder.resolve("damaged.json");
    }

    Path dir() {
        return dir;
    }

    /** Notes why files were moved into the folder, not yet reported. */
    void recordSetAside(List<SetAsideFile> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        FolderLock.holding(dataFolder, () -> {
            Map<String, Entry> entries = read();
            for (SetAsideFile file : files) {
                entries.put(file.movedTo().getFileName().toString(),
                        new Entry(file.original().getFileName().toString(), file.problem(), file.field(), false));
            }
            write(entries);
            return null;
        });
    }

    /** The files in the folder not reported yet, by name; they count as reported from now on. */
    List<SetAsideFile> takeUnreported() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return FolderLock.holding(dataFolder, () -> {
                Map<String, Entry> entries = read();
                List<SetAsideFile> unreported = unreported(entries);
                for (SetAsideFile file : unreported) {
                    entries.put(file.movedTo().getFileName().toString(),
                            new Entry(file.original().toString(), file.problem(), file.field(), true));
                }
                // Entries of files the user has since removed from the folder are dropped.
                entries.keySet().removeIf(name -> !Files.exists(dir.resolve(name)));
                write(entries);
                return unreported;
            });
        } catch (IOException e) {
            // A read-only folder, say: reporting them again next time is better than not reporting them now.
            LoggerFactory.getLogger(DamagedFiles.class).warn("Could not record the damaged files as reported: {}", e.getMessage());
            return unreported(read());
        }
    }

    private List<SetAsideFile> unreported(Map<String, Entry> entries) throws IOException {
        List<SetAsideFile> unreported = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Entry entry = entries.get(file.getFileName().toString());
                if (entry == null) {
                    unreported.add(new SetAsideFile(file.getFileName(), file, null, "", null));
                } else if (!entry.reported()) {
                    unreported.add(new SetAsideFile(originalOf(entry, file), file, entry.problem(), "", entry.field()));
                }
            }
        }
        unreported.sort(Comparator.comparing(f -> f.movedTo().getFileName().toString()));
        return unreported;
    }

    private static Path originalOf(Entry entry, Path file) {
        try {
            return entry.original() == null ? file.getFileName() : Path.of(entry.original());
        } catch (java.nio.file.InvalidPathException e) {
            return file.getFileName();
        }
    }

    private Map<String, Entry> read() {
        try {
            if (Files.exists(record)) {
                return new TreeMap<>(Json.mapper().readValue(CaseFileCodec.readBytes(record), new TypeReference<Map<String, Entry>>() { }));
            }
        } catch (IOException | CaseFileException | RuntimeException e) {
            // A damaged record only means files may be reported a second time.
            LoggerFactory.getLogger(DamagedFiles.class).warn("Ignoring unreadable {}: {}", record.getFileName(), e.getMessage());
        }
        return new TreeMap<>();
    }

    private void write(Map<String, Entry> entries) throws IOException {
        AtomicFiles.write(record, Json.mapper().writeValueAsBytes(entries));
    }
}
