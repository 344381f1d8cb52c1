package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.details.DetailsController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view, in both languages: each control a user can reach says what it is to a screen reader (its own
 * text, accessible text, or a label pointing at it) and can take the keyboard focus.
 */
class AccessibilityTest extends ApplicationTest {
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1000, 700));
        stage.show();
    }

    static List<String> sectionViews() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources", "fxml"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fxml")).map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> !n.equals("Main")).sorted().toList();
        }
    }

    @Test
    void everyControlInEverySectionIsNamedAndFocusable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String view : sectionViews()) {
                FamilyCase familyCase = new FamilyCase();
                List<Views.Loaded<SectionController>> shown = new ArrayList<>();
                interact(() -> {
                    Views.Loaded<SectionController> loaded = Views.load(view, messages);
                    shown.add(loaded);
                    loaded.controller().show(new CaseContext(familyCase, messages, () -> { }, stage));
                    stage.getScene().setRoot(loaded.root());
                });
                // The Details form adds its later parts after its first frame.
                Views.Loaded<SectionController> loaded = shown.get(0);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !(loaded.controller() instanceof DetailsController details) || details.complete());
                interact(() -> {
                    loaded.root().applyCss();
                    loaded.root().layout();
                    check(view + "/" + language, loaded.root(), labelTargets(loaded.root()), problems);
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<Node> labelTargets(Parent root) {
        Set<Node> targets = new java.util.HashSet<>();
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Label label && label.getLabelFor() != null) {
                targets.add(label.getLabelFor());
            }
        }
        return targets;
    }

    private static void check(String where, Node node, Set<Node> labelled, List<String> problems) {
        if (node instanceof Control control && isInteractive(control)) {
            boolean named = hasText(control.getAccessibleText()) || labelled.contains(control)
                    || (control instanceof Labeled labeled && hasText(labeled.getText()));
            if (!named) {
                problems.add(where + ": " + describe(control) + " has no accessible name");
            }
            if (!control.isFocusTraversable() && !(control instanceof ButtonBase) && control.isVisible()) {
                problems.add(where + ": " + describe(control) + " cannot be reached with Tab");
            }
        }
        if (node instanceof Parent parent && !(node instanceof Control control && isCompound(control))) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(where, child, labelled, problems);
            }
        }
    }

    /** Controls whose insides (the editor of a date picker, the cells of a list) are named through the control. */
    private static boolean isCompound(Control control) {
        return control instanceof javafx.scene.control.ComboBoxBase || control instanceof javafx.scene.control.ListView
                || control instanceof javafx.scene.control.TableView || control instanceof javafx.scene.control.TreeView
                || control instanceof javafx.scene.control.Spinner;
    }

    private static boolean isInteractive(Control control) {
        return !(control instanceof Label || control instanceof ScrollPane || control instanceof ScrollBar || control instanceof SplitPane
                || control instanceof TabPane || control instanceof javafx.scene.control.Separator
                || control instanceof javafx.scene.control.ProgressIndicator || control instanceof javafx.scene.control.ToolBar
                || control instanceof javafx.scene.control.TitledPane || control.getStyleClass().contains("cell"));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Control control) {
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : " #" + control.getId());
    }
}
