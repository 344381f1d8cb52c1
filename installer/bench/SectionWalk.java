package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A scripted walk through the app's sections, run in the app's own process (installer/bench/sections.sh): starts
 * Permit Guide through its launcher, waits for the main view, lets the "user" read the first section for a few
 * seconds, then opens every other section (first visits), types a name into the Details form key by key, and opens
 * every section again (later visits), then opens the Guide's result and goes through the interview ("Answer the
 * questions one by one"), screen by screen, answering "I don't know" where a question needs an answer. A visit or
 * screen is timed from the tab's selection or the button's press on the FX thread (where a click's handler runs) to
 * the end of the first pulse that lays it out and hands it to the renderer. Prints one "walk: ..." line per figure
 * on stderr, with markers around the walk for the pulse logger's lines.
 */
public final class SectionWalk {
    private static final long READING_MS = Long.getLong("walk.readingMs", 3000);

    private SectionWalk() {
    }

    public static void main(String[] args) throws Exception {
        Thread walker = new Thread(SectionWalk::walk, "section-walk");
        walker.setDaemon(true);
        walker.start();
        io.permitguide.Launcher.main(new String[0]);
    }

    private static void walk() {
        try {
            TabPane tabs = awaitMainView();
            Thread.sleep(READING_MS);
            say("walk-start");
            List<Tab> all = tabs.getTabs();
            List<Long> first = new ArrayList<>();
            long[][] later = new long[2][all.size()];
            for (int i = 1; i < all.size(); i++) {
                first.add(visit(tabs, i));
                Thread.sleep(700);
            }
            visit(tabs, 0);
            typeName(tabs);
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < all.size(); i++) {
                    later[round][i] = visit(tabs, i);
                    Thread.sleep(400);
                }
            }
            visit(tabs, 1);
            Thread.sleep(400);
            long result = timed(tabs.getScene(), () -> press(tabs.getScene(), "#resultButton"));
            Thread.sleep(400);
            List<Long> screens = walkInterview(tabs.getScene());
            say("walk-end");
            Thread.sleep(Long.getLong("walk.holdMs", 0)); // time to look at the process (a heap histogram)
            for (int i = 0; i < all.size(); i++) {
                say("walk: section=" + all.get(i).getId() + " first-ms=" + (i == 0 ? 0 : first.get(i - 1))
                        + " later-ms=" + Math.max(later[0][i], later[1][i]));
            }
            say("walk: guide-result-ms=" + result);
            say("walk: interview-first-ms=" + screens.get(0) + " interview-screens=" + (screens.size() - 1)
                    + " interview-largest-ms=" + screens.stream().skip(1).mapToLong(Long::longValue).max().orElse(-1)
                    + " interview-each-ms=" + screens.stream().skip(1).map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        } catch (Exception e) {
            say("walk: failed " + e);
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private static TabPane awaitMainView() throws Exception {
        for (int i = 0; i < 600; i++) {
            CompletableFuture<TabPane> found = new CompletableFuture<>();
            try {
                Platform.runLater(() -> found.complete(Window.getWindows().stream().map(Window::getScene)
                    .filter(s -> s != null).map(s -> s.lookup("#sections")).filter(n -> n instanceof TabPane)
                    .map(n -> (TabPane) n).filter(t -> t.getSelectionModel().getSelectedItem().getContent() != null)
                    .findFirst().orElse(null)));
            } catch (IllegalStateException e) {
                found.complete(null); // the toolkit is not up yet
            }
            TabPane tabs;
            try {
                tabs = found.get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | IllegalStateException e) {
                tabs = null;
            }
            if (tabs != null) {
                return tabs;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no main view");
    }

    /** Milliseconds from selecting the tab to the end of the pulse that lays it out. */
    private static long visit(TabPane tabs, int index) throws Exception {
        say("walk-visit " + index);
        return timed(tabs.getScene(), () -> tabs.getSelectionModel().select(index));
    }

    /** Milliseconds from running {@code action} on the FX thread to the end of the pulse that lays out its result. */
    private static long timed(Scene scene, Runnable action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // Runs once the pulse (CSS, layout, handing the frame to the renderer) is over.
                Platform.runLater(() -> done.complete((System.nanoTime() - start) / 1_000_000));
            };
            action.run();
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /**
     * Opens the interview from the Guide and presses Next until it ends: the first figure is the interview's first
     * screen, then one per screen change. A Next that a question without an answer holds back is not counted; "I
     * don't know" is ticked and Next pressed again.
     */
    private static List<Long> walkInterview(Scene scene) throws Exception {
        say("walk-interview");
        List<Long> screens = new ArrayList<>();
        screens.add(timed(scene, () -> press(scene, "#interviewButton")));
        for (int i = 0; i < 60 && onFx(() -> interviewShown(scene)); i++) {
            Thread.sleep(300);
            String question = onFx(() -> ((Label) scene.lookup("#questionLabel")).getText());
            long ms = timed(scene, () -> press(scene, "#interviewNext"));
            boolean moved = onFx(() -> !interviewShown(scene)
                    || !question.equals(((Label) scene.lookup("#questionLabel")).getText()));
            if (moved) {
                screens.add(ms);
            } else {
                onFx(() -> press(scene, "#dontKnow"));
            }
        }
        return screens;
    }

    /** The interview is built ahead and waits hidden in the window: shown only while open. */
    private static boolean interviewShown(Scene scene) {
        Node interview = scene.lookup("#interview");
        return interview != null && interview.isVisible();
    }

    private static boolean press(Scene scene, String id) {
        ((ButtonBase) scene.lookup(id)).fire();
        return true;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> question) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.call());
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(30, TimeUnit.SECONDS);
    }

    /** Types a given name into the Details form, one key about every 120 ms, as the case's other sections hear of it. */
    private static void typeName(TabPane tabs) throws Exception {
        CompletableFuture<TextField> field = new CompletableFuture<>();
        Platform.runLater(() -> {
            Node node = tabs.getScene().lookup("#childGivenNames");
            field.complete(node instanceof TextField text ? text : null);
        });
        TextField given = field.get(10, TimeUnit.SECONDS);
        if (given == null) {
            say("walk: no #childGivenNames to type into");
            return;
        }
        say("walk-typing");
        for (char c : " Mei Lin".toCharArray()) {
            Platform.runLater(() -> {
                given.requestFocus();
                given.end();
                given.appendText(String.valueOf(c));
            });
            Thread.sleep(120);
        }
        Thread.sleep(800);
    }

    private static void say(String line) {
        System.err.println(line);
        System.err.flush();
    }
}
