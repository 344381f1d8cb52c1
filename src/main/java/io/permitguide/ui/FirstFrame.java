package io.permitguide.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
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

    /**
     * Runs an action on the FX thread after the next frame of the scene {@code node} is in, waiting for the node to be
     * put into one first.
     */
    public static void afterNextFrame(Node node, Runnable action) {
        if (node.getScene() != null) {
            afterNextFrame(node.getScene(), action);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene old, Scene scene) {
                if (scene != null) {
                    property.removeListener(this);
                    afterNextFrame(scene, action);
                }
            }
        });
    }

    /** Runs an action on the FX thread after the scene's next frame, outside the pulse (it may change the scene). */
    public static void afterNextFrame(Scene scene, Runnable action) {
        then(scene, () -> Platform.runLater(action));
    }
}
