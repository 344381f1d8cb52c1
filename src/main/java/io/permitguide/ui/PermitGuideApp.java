package io.permitguide.ui;

import io.permitguide.service.FirstWindow;
import io.permitguide.service.instance.SingleWindow;
import io.permitguide.service.storage.DataFolder;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window over the user's data folder. The window comes up first with the opening
 * view (about as soon as any JavaFX window can), then the main view takes its place.
 */
public class PermitGuideApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(PermitGuideApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        if (SingleWindow.handedOver()) {
            Platform.exit(); // the window open on this data folder took the files; decided while the toolkit started
            return;
        }
        MainWindow.showOpening(stage);
        StartupProbe.firstFrame(stage);
        FirstFrame.then(stage.getScene(), FirstWindow::opened);
        FirstFrame.afterNextFrame(stage.getScene(), () -> openMainView(stage));
    }

    private void openMainView(Stage stage) {
        if (!stage.isShowing()) {
            return; // closed while opening
        }
        AppSession session = new AppSession(DataFolder.resolve());
        // The view is built while the warm-up thread is still reading the cases it then lists.
        Views.Loaded<MainController> view = MainWindow.loadView(session);
        try {
            session.load();
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(PermitGuideApp.class).error("Cannot list cases", e);
        }
        MainWindow window = new MainWindow(session, stage);
        window.open(view);
        // The selected case's section is built right after the main view's first frame (MainController). Queued
        // after that build: the probe reports the frame that has the section, and the due reminders (an analysis of
        // every case) are worked out only after that frame, so they delay neither.
        FirstFrame.then(stage.getScene(), FirstWindow::shown);
        FirstFrame.afterNextFrame(stage.getScene(), () -> {
            StartupProbe.mainView(stage);
            FirstFrame.afterNextFrame(stage.getScene(), window::startReminders);
        });
        window.controller().afterShown(openedFiles());
        // Files double-clicked while this window is open come from the second start (SingleWindow).
        SingleWindow.onOpenRequest(files -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            files.forEach(window.controller()::importFile);
        }));
    }

    /** A case file passed by the desktop (double-click) is imported once the window is up. */
    private List<Path> openedFiles() {
        Parameters parameters = getParameters();
        if (parameters == null) {
            return List.of(); // started without the launcher, as in a test
        }
        return parameters.getRaw().stream().filter(io.permitguide.Launcher::isCaseFile).map(Path::of).toList();
    }
}
