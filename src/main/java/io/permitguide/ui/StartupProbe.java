package io.permitguide.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement and class-data training, switched on by the environment variable {@value #ENV}.
 * {@code print} writes one line when the window's first frame has been laid out ({@code first-frame-epoch-ms},
 * the opening view's) and one when the main view's has, with the selected case's section in it
 * ({@code main-view-epoch-ms}); {@code exit} also closes the app right after the second, which is how the release
 * build trains its class-data archive and how the installer checks and benchmark time the packaged app. Unset, it
 * does nothing.
 */
public final class StartupProbe {
    public static final String ENV = "PERMITGUIDE_STARTUP_PROBE";
    /** The lines' prefix; installer/benchmark.sh, installer/ci-package.sh and the class-data training read it. */
    public static final String PREFIX = "startup-probe:";

    private StartupProbe() {
    }

    /** Call once the stage has been shown: reports its next frame, the window's first. */
    public static void firstFrame(Stage stage) {
        report(stage, "first-frame-epoch-ms", false);
    }

    /**
     * Call once the main view and its section are in the shown window: reports their frame, then in exit mode closes
     * the app.
     */
    public static void mainView(Stage stage) {
        report(stage, "main-view-epoch-ms", true);
    }

    private static void report(Stage stage, String name, boolean last) {
        String mode = System.getenv(ENV);
        if (mode == null || mode.isBlank() || stage.getScene() == null) {
            return;
        }
        FirstFrame.then(stage.getScene(), () -> {
            System.out.println(PREFIX + " " + name + "=" + System.currentTimeMillis() + " title=" + stage.getTitle());
            System.out.flush();
            if (last && "exit".equalsIgnoreCase(mode.trim())) {
                // Let the frame reach the screen, then leave the way a user's close does.
                Platform.runLater(Platform::exit);
            }
        });
    }
}
