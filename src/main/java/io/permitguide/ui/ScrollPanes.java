package io.permitguide.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** How the window's long views scroll. */
public final class ScrollPanes {
    private ScrollPanes() {
    }

    /**
     * A scroll pane's skin draws its viewport through a cached bitmap, rebuilt whole on any change inside: in software
     * rendering each caret blink or keystroke in a long form repainted the full section (up to 0.9 s on two busy
     * cores, the pulse logger's "CacheFilter rebuilding"). Without the cache only the changed region is painted.
     */
    public static void repaintOnlyWhatChanges(ScrollPane scroll) {
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
