package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * One JSON file per case under {@code <data>/cases}. Unreadable files go to {@code <data>/damaged},
 * deleted cases to {@code <data>/deleted}: nothing a user made is ever destroyed by the app.
 *
 * <p>The store remembers the content it last read or wrote of each case file and refuses to save over a file that
 * has changed since ({@link CaseChangedOnDiskException}): with two windows on one folder no save is lost silently.
 */
public class CaseStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** A temporary file younger than this may belong to a save still running in another process. */
    static final Duration STALE_TEMP = Duration.ofMinutes(1);

    private final Path dataFolder;
    private final Path casesDir;
    private final Path deletedDir;
    private final Clock clock;
    private final CaseBackups backups;
    private final DamagedFiles damaged;
    /** File name of each case to the SHA-256 of the bytes this store last read from it or wrote to it. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public CaseStore(Path dataFolder) {
        this(dataFolder, Clock.systemUTC());
    }

    public CaseStore(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.casesDir = dataFolder.resolve("cases");
        this.deletedDir = dataFolder.resolve("deleted");
        this.clock = clock;
        this.backups = new CaseBackups(dataFolder.resolve("backups"), clock);
        this.damaged = new DamagedFiles(dataFolder);
    }

    public Path casesDir() {
        return casesDir;
    }

    /** Where unreadable case files are kept; the window offers to open it. */
    public Path damagedDir() {
        return damaged.dir();
    }

    /**
     * Reads every case. Each file is read or set aside on its own, whatever it holds: only a folder that cannot be
     * listed at all throws.
     */
    public LoadResult loadAll() throws IOException {
        List<FamilyCase> cases = new ArrayList<>();
        List<SetAsideFile> setAside = new ArrayList<>();
        if (!Files.isDirectory(casesDir)) {
            return new LoadResult(cases, setAside);
        }
        removeStaleTemporaryFiles();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(casesDir, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        for (Path file : files) {
            try {
                cases.add(read(file));
            } catch (CaseFileException e) {
                if (e.problem() == CaseFileProblem.UNREADABLE && !Files.exists(file)) {
                    continue; // deleted by another window since the folder was listed
                }
                setAside.add(setAside(file, e));
            }
        }
        recordSetAside(setAside.stream().filter(f -> !f.movedTo().equals(f.original())).toList());
        cases.sort(Comparator.comparing(c -> c.getTitle().toLowerCase()));
        return new LoadResult(cases, setAside);
    }

    private FamilyCase read(Path file) throws CaseFileException {
        byte[] bytes = CaseFileCodec.readBytes(file);
        FamilyCase loaded = CaseFileCodec.decode(bytes);
        if (!fileNameFor(loaded).equals(file.getFileName().toString())) {
            loaded.setId(idFromFileName(file));
        }
        known.put(file.getFileName().toString(), sha256(bytes));
        return loaded;
    }

    /**
     * Writes the case atomically, first keeping the previous version as a backup when one is due.
     *
     * @throws CaseChangedOnDiskException when the file changed on disk since this store read or wrote it; nothing
     *     is written then
     */
    public void save(FamilyCase familyCase) throws IOException {
        Path file = pathOf(familyCase);
        byte[] content = CaseFileCodec.encode(familyCase);
        if (content.length > CaseFileCodec.MAX_BYTES) {
            // It could not be read back: refuse it now, while the edits are still on screen.
            throw new IOException("the case is larger than " + CaseFileCodec.MAX_BYTES / 1024 + " KB");
        }
        FolderLock.holding(dataFolder, () -> {
            refuseIfChangedOnDisk(file);
            backups.keepPrevious(file.getFileName().toString(), file);
            AtomicFiles.write(file, content);
            known.put(file.getFileName().toString(), sha256(content));
            return null;
        });
    }

    private void refuseIfChangedOnDisk(Path file) throws IOException {
        byte[] onDisk;
        try {
            onDisk = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return; // a new case, or one deleted elsewhere (kept in deleted/): writing it loses nothing
        }
        if (!sha256(onDisk).equals(known.get(file.getFileName().toString()))) {
            throw new CaseChangedOnDiskException(file);
        }
    }

    /** Takes over what another store read (the start-up read-ahead), so saves compare against it. */
    void rememberReadsOf(CaseStore other) {
        known.putAll(other.known);
    }

    /** The case as it is on disk now, for a save refused with {@link CaseChangedOnDiskException}. */
    public FamilyCase reload(FamilyCase familyCase) throws CaseFileException {
        return read(pathOf(familyCase));
    }

    /**
     * Saves the case as a new case with a new id, leaving the file of its old id as it is on disk: "keep both" after a
     * refused save.
     */
    public void saveAsCopy(FamilyCase familyCase) throws IOException {
        familyCase.setId(UUID.randomUUID().toString());
        save(familyCase);
    }

    /**
     * Gives a case about to be imported a new id when its id's file name is taken: ids that differ only in characters
     * a file name cannot hold ("a/b", "a_b") would otherwise share a file.
     *
     * @return whether the id changed
     */
    public boolean giveUnusedIdForImport(FamilyCase imported) {
        if (!Files.exists(pathOf(imported))) {
            return false;
        }
        imported.setId(UUID.randomUUID().toString());
        return true;
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
        byte[] content = CaseFileCodec.encode(restored);
        FolderLock.holding(dataFolder, () -> {
            AtomicFiles.createPrivateDirectories(casesDir);
            backups.keepNow(file.getFileName().toString(), file);
            AtomicFiles.write(file, content);
            known.put(file.getFileName().toString(), sha256(content));
            return null;
        });
        return restored;
    }

    /** Moves the case file to the deleted folder rather than erasing it. */
    public void delete(FamilyCase familyCase) throws IOException {
        Path file = pathOf(familyCase);
        FolderLock.holding(dataFolder, () -> {
            if (Files.exists(file)) {
                AtomicFiles.createPrivateDirectories(deletedDir);
                Files.move(file, deletedDir.resolve(stamped(file.getFileName().toString())), StandardCopyOption.ATOMIC_MOVE);
            }
            known.remove(file.getFileName().toString());
            return null;
        });
    }

    public Path pathOf(FamilyCase familyCase) {
        return casesDir.resolve(fileNameFor(familyCase));
    }

    /**
     * The files in {@code damaged/} that nobody has reported to the user yet, whoever set them aside (this window, an
     * earlier start, {@code remind}); from now on they count as reported.
     */
    public List<SetAsideFile> takeUnreportedSetAside() throws IOException {
        return damaged.takeUnreported();
    }

    private SetAsideFile setAside(Path file, CaseFileException e) {
        Path target = damaged.dir().resolve(stamped(file.getFileName().toString()));
        try {
            AtomicFiles.createPrivateDirectories(damaged.dir());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException moveFailed) {
            // A read-only folder: the file stays where it is, and is reported at each start.
            LoggerFactory.getLogger(CaseStore.class).warn("Could not set aside unreadable case file {} ({}): {}", file.getFileName(), e.problem(),
                    moveFailed.toString());
            return new SetAsideFile(file, file, e.problem(), e.getMessage(), e.field());
        }
        // The problem and the field, never the detail: it may quote the file's content (a passport number).
        LoggerFactory.getLogger(CaseStore.class).warn("Set aside unreadable case file {} as {}: {}{}", file.getFileName(), target.getFileName(),
                e.problem(), e.field() == null ? "" : " at " + e.field());
        return new SetAsideFile(file, target, e.problem(), e.getMessage(), e.field());
    }

    /** Notes why the files were set aside, so that whoever reports them later can say why. */
    private void recordSetAside(List<SetAsideFile> moved) {
        try {
            damaged.recordSetAside(moved);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CaseStore.class).warn("Could not record why {} files were set aside: {}", moved.size(), e.toString());
        }
    }

    /**
     * Removes the temporary files of saves that were killed before their rename (each a full copy of a case that
     * would otherwise outlive it), but not those young enough to belong to a save running now.
     */
    private void removeStaleTemporaryFiles() {
        long before = clock.millis() - STALE_TEMP.toMillis();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(casesDir, ".*.tmp")) {
            for (Path temp : temps) {
                try {
                    if (Files.isRegularFile(temp) && Files.getLastModifiedTime(temp).toMillis() < before) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    LoggerFactory.getLogger(CaseStore.class).debug("Left temporary file {}: {}", temp.getFileName(), e.toString());
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(CaseStore.class).debug("Could not look for temporary files: {}", e.toString());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
