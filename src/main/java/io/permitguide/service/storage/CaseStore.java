package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * One JSON file per case under {@code <data>/cases}. Unreadable files go to {@code <data>/damaged},
 * deleted cases to {@code <data>/deleted}: nothing a user made is ever destroyed by the app.
 */
public class CaseStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path casesDir;
    private final Path damagedDir;
    private final Path deletedDir;
    private final CaseBackups backups;

    public CaseStore(Path dataFolder) {
        this(dataFolder, Clock.systemUTC());
    }

    public CaseStore(Path dataFolder, Clock clock) {
        this.casesDir = dataFolder.resolve("cases");
        this.damagedDir = dataFolder.resolve("damaged");
        this.deletedDir = dataFolder.resolve("deleted");
        this.backups = new CaseBackups(dataFolder.resolve("backups"), clock);
    }

    public Path casesDir() {
        return casesDir;
    }

    public LoadResult loadAll() throws IOException {
        List<FamilyCase> cases = new ArrayList<>();
        List<SetAsideFile> setAside = new ArrayList<>();
        if (!Files.isDirectory(casesDir)) {
            return new LoadResult(cases, setAside);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(casesDir, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        for (Path file : files) {
            try {
                FamilyCase loaded = CaseFileCodec.read(file);
                if (!fileNameFor(loaded).equals(file.getFileName().toString())) {
                    loaded.setId(idFromFileName(file));
                }
                cases.add(loaded);
            } catch (CaseFileException e) {
                setAside.add(setAside(file, e));
            }
        }
        cases.sort(Comparator.comparing(c -> c.getTitle().toLowerCase()));
        return new LoadResult(cases, setAside);
    }

    /** Writes the case atomically, first keeping the previous version as a backup when one is due. */
    public void save(FamilyCase familyCase) throws IOException {
        Path file = pathOf(familyCase);
        backups.keepPrevious(file.getFileName().toString(), file);
        AtomicFiles.write(file, CaseFileCodec.encode(familyCase));
    }

    /** Earlier versions of the case, newest first. */
    public List<Backup> backups(FamilyCase familyCase) throws IOException {
        return backups.list(pathOf(familyCase).getFileName().toString());
    }

    /**
     * Reads a backup and makes it the case's current version; the version it replaces is kept as a backup
     * first, so a restore can itself be undone.
     */
    public FamilyCase restore(FamilyCase current, Backup backup) throws IOException, CaseFileException {
        FamilyCase restored = CaseFileCodec.read(backup.file());
        restored.setId(current.getId());
        Path file = pathOf(current);
        AtomicFiles.createPrivateDirectories(casesDir);
        backups.keepNow(file.getFileName().toString(), file);
        AtomicFiles.write(file, CaseFileCodec.encode(restored));
        return restored;
    }

    /** Moves the case file to the deleted folder rather than erasing it. */
    public void delete(FamilyCase familyCase) throws IOException {
        Path file = pathOf(familyCase);
        if (Files.exists(file)) {
            AtomicFiles.createPrivateDirectories(deletedDir);
            Files.move(file, deletedDir.resolve(stamped(file.getFileName().toString())), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    public Path pathOf(FamilyCase familyCase) {
        return casesDir.resolve(fileNameFor(familyCase));
    }

    private SetAsideFile setAside(Path file, CaseFileException e) throws IOException {
        AtomicFiles.createPrivateDirectories(damagedDir);
        Path target = damagedDir.resolve(stamped(file.getFileName().toString()));
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        LoggerFactory.getLogger(CaseStore.class).warn("Set aside unreadable case file {} as {}: {}", file.getFileName(), target.getFileName(), e.problem());
        return new SetAsideFile(file, target, e.problem(), e.getMessage());
    }

    private static String stamped(String fileName) {
        return fileName + "." + LocalDateTime.now().format(STAMP) + "-" + System.nanoTime() % 100000;
    }

    private static String fileNameFor(FamilyCase familyCase) {
        return safe(familyCase.getId()) + ".json";
    }

    private static String idFromFileName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
