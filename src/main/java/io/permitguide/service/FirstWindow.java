package io.permitguide.service;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Marks the moment the main window has laid out its first frame, so background start-up work that the first frame
 * does not need can wait for it instead of taking processor time from it.
 */
public final class FirstWindow {
    private static final CountDownLatch SHOWN = new CountDownLatch(1);

    private FirstWindow() {
    }

    public static void shown() {
        SHOWN.countDown();
    }

    /** Waits until the first frame, or the timeout (a command line or a test never shows one). */
    public static void awaitShown(Duration timeout) throws InterruptedException {
        SHOWN.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
