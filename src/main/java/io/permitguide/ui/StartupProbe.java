package io.permitguide.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement and class-data training, switched on by the environment variable {@value #ENV}.
 * {@code print} writes one line when the main window's first frame has been laid out; {@code exit} also closes
 * the app right after, which is how the release build trains its class-data archive and how the installer
 * checks and benchmark time the packaged app. Unset, it does nothing.
 */
public final class StartupProbe {
    public static final String ENV = "PERMITGUIDE_STARTUP_PROBE";
    /** The line's prefix; installer/benchmark.sh and installer/ci-package.sh read it. */
    public static final String PREFIX = "startup-probe:";

    private StartupProbe() {
    }

    /** Call once the stage has been shown. */
    public static void afterShown(Stage stage) {
        String mode = System.getenv(ENV);
        if (mode == null || mode.isBlank() || stage.getScene() == null) {
            return;
        }
        boolean exit = "exit".equalsIgnoreCase(mode.trim());
        FirstFrame.then(stage.getScene(), () -> {
            long now = System.currentTimeMillis();
            long sinceStart = ProcessHandle.current().info().startInstant()
                    .map(start -> now - start.toEpochMilli()).orElse(-1L);
            System.out.println(PREFIX + " first-frame-epoch-ms=" + now + " since-process-start-ms=" + sinceStart
                    + " title=" + stage.getTitle());
            System.out.flush();
            if (exit) {
                // Let the frame reach the screen, then leave the way a user's close does.
                Platform.runLater(Platform::exit);
            }
        });
    }
}
