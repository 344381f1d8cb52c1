package io.permitguide.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Tick items, add one, save and load the case again: everything is kept. */
class ChecklistViewTest extends ApplicationTest {
    @TempDir
    Path dir;

    private final FamilyCase familyCase = GuidanceCases.usual();
    private final Messages messages = Messages.of(Language.EN);
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        show(familyCase);
        stage.show();
    }

    private void show(FamilyCase c) {
        Views.Loaded<SectionController> loaded = Views.load("Checklist", messages);
        loaded.controller().show(new CaseContext(c, messages, () -> { }, stage));
        stage.setScene(new Scene(loaded.root(), 1000, 760));
    }

    @Test
    void tickedAndOwnItemsSurviveASaveAndReload() throws Exception {
        String before = lookup("#progressLabel").queryAs(Label.class).getText();
        clickOn("#state-foreignPassport");
        clickOn(messages.of(ItemState.COPIED));
        clickOn("#note-birthCertificate").write("original at grandma's");
        // The add field sits below the list, outside the window: typed and added by keyboard, as a user tabbing there would.
        interact(() -> lookup("#ownItemField").queryAs(javafx.scene.control.TextField.class).requestFocus());
        write("Letter from the kindergarten");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!before.equals(lookup("#progressLabel").queryAs(Label.class).getText()), "progress moves");

        Path file = dir.resolve("case.json");
        CaseFileCodec.write(familyCase, file);
        FamilyCase reloaded = CaseFileCodec.read(file);
        interact(() -> show(reloaded));

        assertEquals(ItemState.COPIED, lookup("#state-foreignPassport").queryAs(ComboBox.class).getValue());
        assertEquals("original at grandma's", reloaded.getChecklist().getItems().get("birthCertificate").getNote());
        assertEquals("Letter from the kindergarten", reloaded.getChecklist().getCustomItems().get(0).getLabel());
        assertTrue(lookup("Letter from the kindergarten").tryQuery().isPresent(), "the own item is listed");
    }

    @Test
    void aHiddenItemLeavesTheListAndComesBack() {
        clickOn("#hide-applicationForm");
        assertTrue(lookup("#state-applicationForm").tryQuery().isEmpty());
        assertTrue(familyCase.getChecklist().getHidden().contains("applicationForm"));
        interact(() -> lookup("#showHidden").queryAs(javafx.scene.control.CheckBox.class).fire());
        clickOn("#hide-applicationForm");
        assertTrue(familyCase.getChecklist().getHidden().isEmpty());
    }
}
