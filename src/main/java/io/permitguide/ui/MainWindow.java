package io.permitguide.ui;

import io.permitguide.ui.timeline.ReminderNotifier;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The main window: one scene whose root is reloaded when the language changes. */
public final class MainWindow {
    private final AppSession session;
    private final Stage stage;
    private MainController controller;
    private final ReminderNotifier reminders;

    public MainWindow(AppSession session, Stage stage) {
        this.session = session;
        this.stage = stage;
        this.reminders = new ReminderNotifier(session.dataFolder(), session::messages);
    }

    /** Theme, font and first view; call on the FX thread before showing. */
    public void open() {
        // The binary form of the theme parses several times faster than its CSS, which the first frame waits for.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Fonts.loadBundled();
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1180, 780);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(880);
        stage.setMinHeight(560);
        var icon = MainWindow.class.getResource("/icons/app-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setOnCloseRequest(e -> {
            reminders.stop();
            session.flushSaves();
        });
        loadView(null, 0);
        session.languageProperty().addListener((obs, old, now) -> {
            String selected = controller.selectedCaseId();
            int tab = controller.selectedSectionIndex();
            controller.dispose();
            loadView(selected, tab);
        });
    }

    private void loadView(String selectedCaseId, int sectionIndex) {
        Views.Loaded<MainController> loaded = Views.load("Main", session.messages());
        controller = loaded.controller();
        stage.getScene().setRoot(loaded.root());
        controller.init(session, stage, selectedCaseId, sectionIndex);
    }

    /** Shows reminders that are due or were missed while the app was closed, then checks hourly. */
    public void startReminders() {
        reminders.start(session::cases, stage);
    }

    public MainController controller() {
        return controller;
    }
}
