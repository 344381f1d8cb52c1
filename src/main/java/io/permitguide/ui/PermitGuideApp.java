package io.permitguide.ui;

import io.permitguide.service.FirstWindow;
import io.permitguide.service.storage.DataFolder;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window over the user's data folder. */
public class PermitGuideApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(PermitGuideApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppSession session = new AppSession(DataFolder.resolve());
        try {
            session.load();
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(PermitGuideApp.class).error("Cannot list cases", e);
        }
        MainWindow window = new MainWindow(session, stage);
        window.open();
        FirstFrame.then(stage.getScene(), FirstWindow::shown);
        stage.show();
        StartupProbe.afterShown(stage);
        window.controller().afterShown(openedFiles());
        window.startReminders();
    }

    /** A case file passed by the desktop (double-click) is imported once the window is up. */
    private List<Path> openedFiles() {
        return getParameters().getRaw().stream().filter(io.permitguide.Launcher::isCaseFile).map(Path::of).toList();
    }
}
