package io.permitguide.ui.interview;

import io.permitguide.model.Language;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.ui.AppSession;
import io.permitguide.ui.MainWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Not a test: pictures of the welcome and the interview's screens in both languages, at 900x600 (the smallest
 * window) or the size given as WIDTHxHEIGHT after DIR, for a person to look at, and how long each Enter takes until the next screen is laid out for drawing (the window's next layout pulse).
 * Each step waits a moment, as a person would, so an answer's own work is not counted in the Enter after it. Run
 * under a display with the test class path: {@code xvfb-run java -cp ... io.permitguide.ui.interview.InterviewSnapshots DIR}.
 */
public final class InterviewSnapshots {
    private static Path out;
    private static double width = 900;
    private static double height = 600;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final List<String> timings = new ArrayList<>();
    private Scene scene;

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "target/snapshots");
        if (args.length > 1) {
            String[] size = args[1].split("x");
            width = Double.parseDouble(size[0]);
            height = Double.parseDouble(size[1]);
        }
        Application.launch(Shooter.class, args);
    }

    /** The launcher refuses a main class that is itself an Application when JavaFX is on the class path. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage ignored) throws Exception {
            Platform.setImplicitExit(false);
            Files.createDirectories(out);
            new InterviewSnapshots().run();
        }
    }

    private void run() {
        for (Language language : Language.values()) {
            String lang = language.name().toLowerCase();
            steps.add(() -> open(language));
            steps.add(() -> save("welcome-" + lang));
            steps.add(() -> ((Button) scene.lookup("#startButton")).fire());
            steps.add(() -> save("interview-1-" + lang));
            steps.add(() -> choose("#firstCountry", "CN"));
            enter(lang);
            steps.add(() -> choose("#firstCountry", "CN"));
            steps.add(() -> choose("#secondCountry", "GB"));
            steps.add(() -> save("interview-2-" + lang));
            enter(lang);
            steps.add(() -> save("interview-3-" + lang));
            steps.add(() -> pick("#firstChoice"));
            enter(lang);
            steps.add(() -> choose("#firstCountry", "GB"));
            enter(lang);
            for (String choice : List.of("#secondChoice", "#secondChoice", "#firstChoice")) {
                steps.add(() -> pick(choice));
                enter(lang);
            }
            steps.add(() -> ((CheckBox) scene.lookup("#dontKnow")).fire());
            steps.add(() -> save("interview-dontknow-" + lang));
            enter(lang);
            steps.add(() -> pick("#secondChoice"));
            enter(lang);
            steps.add(() -> pick("#firstChoice"));
            enter(lang);
            steps.add(() -> choose("#firstCountry", "GB"));
            enter(lang);
            steps.add(() -> save("interview-dates-" + lang));
            steps.add(() -> ((Stage) scene.getWindow()).close());
        }
        steps.add(() -> {
            timings.forEach(System.out::println);
            Platform.exit();
        });
        next();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step != null) {
            step.run();
            PauseTransition pause = new PauseTransition(Duration.millis(400));
            pause.setOnFinished(e -> next());
            pause.play();
        }
    }

    private void open(Language language) {
        try {
            Path data = Files.createTempDirectory("snapshots");
            new SettingsStore(data).save(new SettingsStore.Settings(language, null, null));
            AppSession session = new AppSession(data);
            session.load();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(session, stage);
            window.open();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            scene = stage.getScene();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void choose(String id, String value) {
        ((ComboBox<String>) scene.lookup(id)).setValue(value);
    }

    private void pick(String id) {
        ((RadioButton) scene.lookup(id)).fire();
    }

    /** Presses Enter where the cursor is; the time runs until the next layout pulse has the next screen. */
    private void enter(String lang) {
        steps.add(() -> {
            // The window may not have the focus under Xvfb: any node of the screen goes through its Enter filter.
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.lookup("#whyLabel");
            long start = System.nanoTime();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            long handled = System.nanoTime();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Label question = (Label) scene.lookup("#questionLabel");
                timings.add(String.format("%s Enter -> %s: %d ms (handler %d ms)", lang, question == null ? "(answer)" : question.getText(),
                        (System.nanoTime() - start) / 1_000_000, (handled - start) / 1_000_000));
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    private void save(String name) {
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", out.resolve(name + "-" + (int) width + "x" + (int) height + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
