package bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The benchmark's baseline: a JavaFX window with one label and nothing else, packaged like Permit Guide
 * (jlinked runtime, jpackage app image, AppCDS or AOT cache). It reports its first frame exactly as
 * io.permitguide.ui.StartupProbe does, so installer/benchmark.sh can time both the same way.
 */
public class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1180, 780);
        stage.setTitle("Bare JavaFX");
        stage.setScene(scene);
        stage.show();
        String mode = System.getenv("PERMITGUIDE_STARTUP_PROBE");
        if (mode == null || mode.isBlank()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long now = System.currentTimeMillis();
            long sinceStart = ProcessHandle.current().info().startInstant()
                    .map(start -> now - start.toEpochMilli()).orElse(-1L);
            System.out.println("startup-probe: first-frame-epoch-ms=" + now + " since-process-start-ms=" + sinceStart
                    + " title=" + stage.getTitle());
            System.out.flush();
            if ("exit".equalsIgnoreCase(mode.trim())) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
