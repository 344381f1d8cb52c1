package io.permitguide.ui;

import javafx.scene.Scene;

/** Runs an action once, right after the scene's next layout pass: for a new window, its first frame. */
public final class FirstFrame {
    private FirstFrame() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
