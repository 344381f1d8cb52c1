package io.permitguide.service.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * The cases read ahead on a background thread while the main view is built, then handed once to the window,
 * which would otherwise build the view and then wait for the first JSON read.
 *
 * <p>Only an optimisation: whatever happens to the read-ahead (an error, an OutOfMemoryError, a thread that never
 * runs it), the window waits at most {@link #LONGEST_WAIT} and then reads the cases itself.
 */
public final class StartupCases {
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path dataFolder, CaseStore store, CompletableFuture<LoadResult> result) {
    }

    private StartupCases() {
    }

    /**
     * Registers a read-ahead of the data folder's cases and returns the work, to be run on a background thread.
     * Registering first means the window never starts a second read of the same files while this one runs.
     */
    public static Runnable readAhead(Path dataFolder) {
        return readAhead(dataFolder, new CaseStore(dataFolder));
    }

    static Runnable readAhead(Path dataFolder, CaseStore store) {
        CompletableFuture<LoadResult> result = new CompletableFuture<>();
        PENDING.set(new Pending(dataFolder, store, result));
        return () -> {
            try {
                result.complete(store.loadAll());
            } catch (Throwable e) {
                // Errors too: a waiting window must hear of it, and reads the cases itself.
                result.completeExceptionally(e);
            }
        };
    }

    /** The cases read ahead for this data folder, waiting for them if need be; otherwise the store reads now. */
    public static LoadResult take(Path dataFolder, CaseStore store) throws IOException {
        return take(dataFolder, store, LONGEST_WAIT);
    }

    static LoadResult take(Path dataFolder, CaseStore store, Duration longestWait) throws IOException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.dataFolder().equals(dataFolder)) {
            return store.loadAll();
        }
        try {
            LoadResult result = pending.result().get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
            store.rememberReadsOf(pending.store());
            return result;
        } catch (ExecutionException | TimeoutException e) {
            // Read again here, so an error reaches the caller as from a direct read.
            LoggerFactory.getLogger(StartupCases.class).warn("Reading the cases again: the read-ahead {}",
                    e instanceof TimeoutException ? "took too long" : "failed: " + e.getCause().getClass().getName());
            return store.loadAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return store.loadAll();
        }
    }
}
