package io.permitguide.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs slow work (PDF and calendar exports) off the JavaFX thread, one job after the other, so the window keeps
 * answering. When a job takes longer than {@link #PROGRESS_DELAY}, a small box over the window says what is being
 * done until it ends. The callbacks run on the JavaFX thread.
 */
public final class BackgroundWork {
    /** Below this a job goes unnoticed; a progress box that flashes would only distract. */
    public static final Duration PROGRESS_DELAY = Duration.millis(300);

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "background-work");
        thread.setDaemon(true);
        return thread;
    });

    private BackgroundWork() {
    }

    /**
     * Starts {@code work} on the background thread; call on the JavaFX thread. {@code progressText} says what is
     * being done (shown after the delay over {@code owner}, which may be null: then nothing is shown).
     */
    public static <T> Task<T> run(Window owner, String progressText, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        Progress progress = new Progress(owner, progressText);
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(e -> progress.show());
        task.setOnSucceeded(e -> {
            delay.stop();
            progress.hide();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            delay.stop();
            progress.hide();
            failed.accept(task.getException());
        });
        delay.play();
        WORKER.submit(task);
        return task;
    }

    /** The indication: a spinner with the text near the top of the window, and the busy pointer. */
    private static final class Progress {
        private final Window owner;
        private final String text;
        private Popup popup;
        private Cursor cursorBefore;

        Progress(Window owner, String text) {
            this.owner = owner;
            this.text = text;
        }

        void show() {
            if (owner == null || !owner.isShowing()) {
                return;
            }
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(22, 22);
            Label label = new Label(text);
            label.setId("backgroundWorkLabel");
            HBox box = new HBox(10, spinner, label);
            box.getStyleClass().add("background-work");
            // Plain colours: a popup's scene does not see the theme's named colours.
            box.setStyle("-fx-padding: 10 16; -fx-background-color: white; -fx-border-color: #d0d7de;"
                    + " -fx-background-radius: 6; -fx-border-radius: 6; -fx-alignment: center-left;");
            box.setAccessibleText(text);
            popup = new Popup();
            popup.getContent().add(box);
            popup.show(owner);
            popup.setX(owner.getX() + (owner.getWidth() - box.prefWidth(-1)) / 2);
            popup.setY(owner.getY() + 60);
            Scene scene = owner.getScene();
            if (scene != null) {
                cursorBefore = scene.getCursor();
                scene.setCursor(Cursor.WAIT);
            }
        }

        void hide() {
            if (popup == null) {
                return;
            }
            popup.hide();
            popup = null;
            if (owner.getScene() != null) {
                owner.getScene().setCursor(cursorBefore);
            }
        }
    }
}
