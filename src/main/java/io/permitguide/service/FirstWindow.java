package io.permitguide.service;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Marks the two first frames of the window, the opening view's and the main view's, so background start-up work
 * can wait for the one it must not slow down instead of taking processor time from it.
 */
public final class FirstWindow {
    private static final CountDownLatch OPENED = new CountDownLatch(1);
    private static final CountDownLatch SHOWN = new CountDownLatch(1);

    private FirstWindow() {
    }

    /** The window is on screen (the opening view's first frame). */
    public static void opened() {
        OPENED.countDown();
    }

    /** The main view is on screen (its first frame). */
    public static void shown() {
        OPENED.countDown();
        SHOWN.countDown();
    }

    /** Waits until the window is on screen, or the timeout (a command line or a test never shows one). */
    public static void awaitOpened(Duration timeout) throws InterruptedException {
        OPENED.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the main view is on screen, or the timeout. */
    public static void awaitShown(Duration timeout) throws InterruptedException {
        SHOWN.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
