package io.permitguide.ui;

import io.permitguide.model.Language;
import io.permitguide.ui.timeline.ReminderNotifier;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The main window: one scene whose root is reloaded when the language changes. */
public final class MainWindow {
    private static final String THEME = new PrimerLight().getUserAgentStylesheetBSS();
    /** The Chinese interface's font, on top of app.css (see the stylesheet). */
    private static final String CHINESE = MainWindow.class.getResource("/css/chinese.css").toExternalForm();

    private final AppSession session;
    private final Stage stage;
    private MainController controller;
    private final ReminderNotifier reminders;

    public MainWindow(AppSession session, Stage stage) {
        this.session = session;
        this.stage = stage;
        this.reminders = new ReminderNotifier(session.dataFolder(), session::messages);
    }

    /**
     * Shows the opening view (theme, font, two lines of text) at once; {@link #open} then puts the main view into
     * the same scene. Call on the FX thread.
     */
    public static void showOpening(Stage stage) {
        Fonts.loadBundled(); // before the first label: JavaFX reads the font fallbacks once
        prepare(stage, OpeningView.create());
        stage.setTitle(OpeningView.title());
        stage.show();
    }

    /** The main view in the session's language; from any thread before the window shows it, else the FX thread. */
    public static Views.Loaded<MainController> loadView(AppSession session) {
        return Views.load("Main", session.messages());
    }

    /** The main view; call on the FX thread, before showing or in the window showing the opening view. */
    public void open() {
        open(loadView(session));
    }

    /** The same with a main view loaded beforehand ({@link #loadView}). */
    public void open(Views.Loaded<MainController> view) {
        if (stage.getScene() == null) {
            prepare(stage, new javafx.scene.layout.Pane());
        }
        // The icon is decoded on JavaFX's image-loading thread (on the window's thread its first decoding took about
        // 80 ms before the main view's first frame); the desktop shows the menu entry's until it is set.
        var icon = MainWindow.class.getResource("/icons/app-64.png");
        if (icon != null) {
            Image image = new Image(icon.toExternalForm(), true);
            image.progressProperty().addListener((obs, old, progress) -> {
                if (progress.doubleValue() >= 1 && !image.isError()) {
                    stage.getIcons().add(image);
                }
            });
        }
        stage.setOnCloseRequest(e -> {
            if (!UnsavedOnClose.mayClose(stage, session)) {
                e.consume();
                return;
            }
            reminders.stop();
        });
        show(view, null, null, true);
        session.languageProperty().addListener((obs, old, now) -> {
            String selected = controller.selectedCaseId();
            String section = controller.selectedSection();
            controller.dispose();
            show(loadView(session), selected, section, false);
        });
    }

    /** Theme, font, the scene around a first root, and the size limits. */
    static void prepare(Stage stage, Parent root) {
        // The binary form of the theme parses several times faster than its CSS, which the first frame waits for.
        Application.setUserAgentStylesheet(THEME);
        Scene scene = new Scene(root, 1180, 780);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(880);
        stage.setMinHeight(560);
    }

    private void show(Views.Loaded<MainController> view, String selectedCaseId, String section, boolean firstView) {
        controller = view.controller();
        List<String> stylesheets = stage.getScene().getStylesheets();
        stylesheets.remove(CHINESE);
        if (session.languageProperty().get() == Language.ZH) {
            stylesheets.add(CHINESE);
        }
        stage.getScene().setRoot(view.root());
        controller.init(session, stage, selectedCaseId, section, firstView);
    }

    /** Shows reminders that are due or were missed while the app was closed, then checks hourly. */
    public void startReminders() {
        reminders.start(session::cases, stage);
    }

    public MainController controller() {
        return controller;
    }
}
