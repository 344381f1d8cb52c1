package io.permitguide.service.instance;

import io.permitguide.service.storage.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * One window per data folder, so two copies never overwrite each other's saves. The first start holds a lock on
 * {@value #LOCK_FILE} in the data folder and listens on the Unix-domain socket {@value #SOCKET_FILE} beside it
 * (local to the machine, inside the owner-only data folder: nothing goes over a network). A later start finds the
 * lock taken, sends its case files over the socket and exits; the first opens them and comes to the front. The
 * system drops the lock when a process ends, however it ends, so a killed app never blocks a start, and a stale
 * socket file is replaced. The commands (assess, remind, ...) never come here.
 */
public final class SingleWindow {
    public static final String LOCK_FILE = "window.lock";
    public static final String SOCKET_FILE = "window.sock";
    private static final String ACK = "ok";
    private static final int MAX_REQUEST = 64 * 1024;

    /** Held for the life of the process: the lock goes when the channel is closed or collected. */
    private static FileChannel lockChannel;
    private static final List<List<Path>> WAITING = new ArrayList<>();
    private static Consumer<List<Path>> receiver;
    private static final CountDownLatch decided = new CountDownLatch(1);
    private static volatile boolean started;
    private static volatile boolean handedOver;

    private SingleWindow() {
    }

    /**
     * Starts deciding, on a thread of its own so that the window's first frame does not wait: hand {@code files} to
     * the window already open on this data folder, or become that window. Waits up to {@code patience} for a window
     * that is starting or closing; after that (or if the folder cannot hold a lock) this start opens its own window.
     */
    public static void decideInBackground(Path dataFolder, List<Path> files, Duration patience) {
        Thread thread = new Thread(() -> {
            boolean handed = handOffOrClaim(dataFolder, files, patience);
            handedOver = handed;
            decided.countDown();
            if (!handed) {
                listen(dataFolder);
            }
        }, "single-window");
        thread.setDaemon(true);
        started = true;
        thread.start();
    }

    /** True if this start handed its files to an open window and should end without one; waits for the decision. */
    public static boolean handedOver() {
        if (!started) {
            return false; // the app was started without the launcher, as in a test
        }
        try {
            decided.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return handedOver;
    }

    private static boolean handOffOrClaim(Path dataFolder, List<Path> files, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (claim(dataFolder)) {
                return false;
            }
            if (send(dataFolder.resolve(SOCKET_FILE), files)) {
                return true;
            }
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                LoggerFactory.getLogger(SingleWindow.class).warn("Another window holds the data folder but does not answer; opening a second one");
                return false;
            }
            sleep(100);
        }
    }

    /**
     * Where files sent by later starts go (on the listener's thread); those that came before are delivered at once.
     * An empty list asks only to bring the window to the front.
     */
    public static synchronized void onOpenRequest(Consumer<List<Path>> newReceiver) {
        receiver = newReceiver;
        WAITING.forEach(newReceiver);
        WAITING.clear();
    }

    private static synchronized void deliver(List<Path> files) {
        if (receiver == null) {
            WAITING.add(files);
        } else {
            receiver.accept(files);
        }
    }

    /** True if this process now holds the lock, or no lock can be held here (then nothing is guarded). */
    private static synchronized boolean claim(Path dataFolder) {
        if (lockChannel != null) {
            return true;
        }
        FileChannel channel = null;
        try {
            AtomicFiles.createPrivateDirectories(dataFolder);
            channel = FileChannel.open(dataFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            lockChannel = channel;
            return true;
        } catch (OverlappingFileLockException e) {
            close(channel);
            return false; // this process holds it already through another channel (tests)
        } catch (IOException e) {
            close(channel);
            LoggerFactory.getLogger(SingleWindow.class).warn("Cannot lock the data folder ({}); one window is not guaranteed", e.toString());
            return true;
        }
    }

    private static void listen(Path dataFolder) {
        Path socket = dataFolder.resolve(SOCKET_FILE);
        try {
            Files.deleteIfExists(socket); // left by a window that was killed; the lock says it is gone
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                }
                socket.toFile().deleteOnExit();
                while (true) {
                    try (SocketChannel client = server.accept()) {
                        List<Path> files = readRequest(client);
                        client.write(ByteBuffer.wrap(ACK.getBytes(StandardCharsets.UTF_8)));
                        deliver(files);
                    } catch (IOException | RuntimeException e) {
                        LoggerFactory.getLogger(SingleWindow.class).warn("Ignored a bad request from another start: {}", e.toString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SingleWindow.class).warn("Cannot listen for other starts ({}); they will wait, then open their own window", e.toString());
        }
    }

    /** The files, as absolute paths separated by NUL (which no path contains), up to the end of the stream. */
    private static List<Path> readRequest(SocketChannel client) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (client.read(buffer) >= 0) {
            buffer.flip();
            request.write(buffer.array(), 0, buffer.limit());
            buffer.clear();
            if (request.size() > MAX_REQUEST) {
                throw new IOException("request too long");
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : request.toString(StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                files.add(Path.of(name));
            }
        }
        return files;
    }

    /** True once the open window has confirmed it received the files. */
    private static boolean send(Path socket, List<Path> files) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            StringBuilder request = new StringBuilder();
            for (Path file : files) {
                request.append(file.toAbsolutePath()).append('\0');
            }
            ByteBuffer out = ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            ByteBuffer answer = ByteBuffer.allocate(ACK.length());
            while (answer.hasRemaining() && channel.read(answer) >= 0) {
                // read until the answer is complete or the window hangs up
            }
            return new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8).equals(ACK);
        } catch (IOException | RuntimeException e) {
            return false; // not listening yet, or just closed
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
