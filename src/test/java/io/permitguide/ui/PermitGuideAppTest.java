package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app started as the launcher starts it: the window comes up with the opening view (both languages), then the
 * main view takes its place in the same window, lists the saved case and opens its Details.
 */
class PermitGuideAppTest extends FxRobot {
    @TempDir
    Path dataFolder;

    private String previousData;
    private Stage stage;
    private final List<Parent> roots = new CopyOnWriteArrayList<>();
    private final List<String> openingLines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTheApp() throws Exception {
        FamilyCase familyCase = new FamilyCase();
        familyCase.setTitle("Mia's summer");
        new CaseStore(dataFolder).save(familyCase);
        previousData = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, dataFolder.toString());

        FxToolkit.registerPrimaryStage();
        // A stage of its own, as the launcher gives the app one; the test toolkit's primary stage stays as it is.
        interact(() -> {
            stage = new Stage();
            stage.sceneProperty().addListener((obs, old, scene) -> watch(scene));
            new PermitGuideApp().start(stage);
        });
    }

    /** Records every root the window shows, and the text of the first one, as it happens. */
    private void watch(Scene scene) {
        if (scene == null) {
            return;
        }
        record(scene.getRoot());
        scene.rootProperty().addListener((obs, old, root) -> record(root));
    }

    private void record(Parent root) {
        roots.add(root);
        if (roots.size() == 1) {
            root.lookupAll(".label").forEach(n -> openingLines.add(((Label) n).getText()));
        }
    }

    @AfterEach
    void stopTheApp() {
        interact(stage::close);
        if (previousData == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, previousData);
        }
    }

    @Test
    void theWindowOpensAtOnceThenShowsTheSavedCase() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#childFamilyName").tryQuery().isPresent());

        assertEquals("opening", roots.get(0).getId(), "the first thing on screen is the opening view");
        assertEquals(List.of(Messages.of(Language.EN).get("startup.opening"), Messages.of(Language.ZH).get("startup.opening")),
                openingLines);
        Node main = roots.get(roots.size() - 1);
        assertEquals("root", main.getId(), "then the main view, in the same window");
        ListView<?> cases = lookup("#caseList").queryAs(ListView.class);
        assertEquals(1, cases.getItems().size());
        assertTrue(stage.getTitle().contains("Mia's summer"), "the title names the open case: " + stage.getTitle());
    }
}
