package io.permitguide.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: window, theme and font. */
public class PermitGuideApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(PermitGuideApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
