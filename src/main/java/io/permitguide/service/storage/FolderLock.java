package io.permitguide.service.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes "check the file on disk, then write it" one step across every store on a data folder: the stores of this
 * JVM share a lock per folder, and other processes (a second copy of the app, {@code remind}) are kept out by an
 * OS file lock on {@code <data>/.lock}, which the OS releases even when a process is killed.
 */
final class FolderLock {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    interface Action<T> {
        T run() throws IOException;
    }

    private FolderLock() {
    }

    private static FileChannel open(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return POSIX ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(lockFile, options);
    }

    static <T> T holding(Path dataFolder, Action<T> action) throws IOException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        // One JVM may not hold two OS locks on one file (OverlappingFileLockException), hence this lock first.
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(folder, f -> new ReentrantLock());
        local.lock();
        try {
            AtomicFiles.createPrivateDirectories(folder);
            try (FileChannel channel = open(folder.resolve(".lock")); FileLock ignored = channel.lock()) {
                return action.run();
            }
        } finally {
            local.unlock();
        }
    }
}
