package io.permitguide.ui;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's first frame while the main view is built: "Opening your cases…" in both languages, and the app's
 * name in both in the title (the chosen language is in a settings file the JSON reader has not started for yet).
 * One label's worth of work, so the window is on screen about as soon as any JavaFX window can be; the main view
 * then takes over the same scene.
 */
final class OpeningView {
    private OpeningView() {
    }

    static Parent create() {
        Messages english = Messages.of(Language.EN);
        Messages chinese = Messages.of(Language.ZH);
        VBox lines = new VBox(6, line(english.get("startup.opening")), line(chinese.get("startup.opening")));
        lines.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(lines);
        root.setId("opening");
        return root;
    }

    static String title() {
        return Messages.of(Language.EN).get("app.name") + " · " + Messages.of(Language.ZH).get("app.name");
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("opening-line");
        return label;
    }
}
