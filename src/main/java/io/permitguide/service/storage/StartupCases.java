package io.permitguide.service.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cases read ahead on a background thread while the main view is built, then handed once to the window,
 * which would otherwise build the view and then wait for the first JSON read.
 */
public final class StartupCases {
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path dataFolder, CompletableFuture<LoadResult> result) {
    }

    private StartupCases() {
    }

    /**
     * Registers a read-ahead of the data folder's cases and returns the work, to be run on a background thread.
     * Registering first means the window never starts a second read of the same files while this one runs.
     */
    public static Runnable readAhead(Path dataFolder) {
        CaseStore store = new CaseStore(dataFolder);
        CompletableFuture<LoadResult> result = new CompletableFuture<>();
        PENDING.set(new Pending(dataFolder, result));
        return () -> {
            try {
                result.complete(store.loadAll());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        };
    }

    /** The cases read ahead for this data folder, waiting for them if need be; otherwise the store reads now. */
    public static LoadResult take(Path dataFolder, CaseStore store) throws IOException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.dataFolder().equals(dataFolder)) {
            return store.loadAll();
        }
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            // Read again here, so the error reaches the caller as from a direct read.
            return store.loadAll();
        }
    }
}
