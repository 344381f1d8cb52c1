package io.permitguide.ui;

import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Loads FXML views from {@code resources/fxml} with the interface bundle. */
public final class Views {
    private Views() {
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(String name, Messages messages) {
        return load(name, messages, null);
    }

    /**
     * Loads a view whose FXML names no controller into {@code controller} (its {@code fx:id} fields are set): a part
     * of a view that is built later than the rest.
     */
    public static <C> Loaded<C> load(String name, Messages messages, C controller) {
        URL url = Views.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalArgumentException("No view " + name);
        }
        Fonts.loadBundled(); // before any label of the view: JavaFX reads the font fallbacks once
        FXMLLoader loader = new FXMLLoader(url, messages);
        if (controller != null) {
            loader.setController(controller);
        }
        try {
            Parent root = loader.load();
            if (root instanceof ScrollPane scroll) {
                repaintOnlyWhatChanges(scroll);
            }
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }

    /**
     * Loads a view on a background thread (nodes may be built off the FX thread until they are shown), then hands it
     * to {@code then} on the FX thread. If it fails to load there, {@code otherwise} runs on the FX thread instead:
     * the caller builds it there, at once or when it is needed, so that the error is reported as for any view.
     */
    public static <C> void loadInBackground(String name, Messages messages, C controller, Consumer<Loaded<C>> then, Runnable otherwise) {
        Thread loader = new Thread(() -> {
            Loaded<C> loaded;
            try {
                loaded = load(name, messages, controller);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Views.class).debug("Loading {} ahead: {}", name, e.toString());
                Platform.runLater(otherwise);
                return;
            }
            Platform.runLater(() -> then.accept(loaded));
        }, "load-view-" + name);
        loader.setDaemon(true);
        loader.setPriority(Thread.NORM_PRIORITY - 1);
        loader.start();
    }

    /**
     * A scroll pane's skin draws its viewport through a cached bitmap, rebuilt whole on any change inside: in software
     * rendering each caret blink or keystroke in a long form repainted the full section (up to 0.9 s on two busy
     * cores, the pulse logger's "CacheFilter rebuilding"). Without the cache only the changed region is painted:
     * every view whose root scrolls (the sections, the interview) gets it here.
     */
    private static void repaintOnlyWhatChanges(ScrollPane scroll) {
        Runnable uncache = () -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        };
        if (scroll.getSkin() != null) {
            uncache.run();
        }
        scroll.skinProperty().addListener((obs, old, skin) -> uncache.run());
    }
}
