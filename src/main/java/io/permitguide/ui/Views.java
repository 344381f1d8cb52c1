package io.permitguide.ui;

import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads FXML views from {@code resources/fxml} with the interface bundle. */
public final class Views {
    private Views() {
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(String name, Messages messages) {
        URL url = Views.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalArgumentException("No view " + name);
        }
        Fonts.loadBundled(); // before any label of the view: JavaFX reads the font fallbacks once
        FXMLLoader loader = new FXMLLoader(url, messages);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }
}
