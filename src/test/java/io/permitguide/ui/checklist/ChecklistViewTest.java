package io.permitguide.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Tick items, add, edit and remove own ones, write notes; save and load the case again: everything is kept. */
class ChecklistViewTest extends ApplicationTest {
    @TempDir
    Path dir;

    private final FamilyCase familyCase = GuidanceCases.usual();
    private final Messages messages = Messages.of(Language.EN);
    private final AtomicInteger saves = new AtomicInteger();
    private Stage stage;
    private CaseContext context;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        show(familyCase);
        stage.show();
    }

    private void show(FamilyCase c) {
        Views.Loaded<SectionController> loaded = Views.load("Checklist", messages);
        context = new CaseContext(c, messages, saves::incrementAndGet, stage);
        loaded.controller().show(context);
        context.addListener((CaseContext.Listener) loaded.controller()); // as the main window does: told of other sections' edits
        stage.setScene(new Scene(loaded.root(), 1000, 760));
    }

    /** Rows below the window's edge are reached as a keyboard user reaches them: focus, then a key. */
    private void focus(String query) {
        interact(() -> lookup(query).query().requestFocus());
    }

    private String progress() {
        return lookup("#progressLabel").queryAs(Label.class).getText();
    }

    @Test
    void tickedAndOwnItemsSurviveASaveAndReload() throws Exception {
        String before = progress();
        clickOn("#state-foreignPassport");
        clickOn(messages.of(ItemState.COPIED));
        clickOn("#addNote-birthCertificate");
        write("original at grandma's");
        focus("#ownItemField");
        write("Letter from the kindergarten");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!before.equals(progress()), "progress moves");

        Path file = dir.resolve("case.json");
        CaseFileCodec.write(familyCase, file);
        FamilyCase reloaded = CaseFileCodec.read(file);
        interact(() -> show(reloaded));

        assertEquals(ItemState.COPIED, lookup("#state-foreignPassport").queryAs(ComboBox.class).getValue());
        assertEquals("original at grandma's", reloaded.getChecklist().getItems().get("birthCertificate").getNote());
        assertEquals("original at grandma's", lookup("#note-birthCertificate").queryAs(TextField.class).getText(),
                "a note once written is shown as a field");
        assertEquals("Letter from the kindergarten", reloaded.getChecklist().getCustomItems().get(0).getLabel());
        String ownId = reloaded.getChecklist().getCustomItems().get(0).getId();
        assertEquals("Letter from the kindergarten", lookup("#label-" + ownId).queryAs(TextField.class).getText(), "the own item is listed");
    }

    @Test
    void thePresenceOfTheChildIsACheckBoxThatMarksItDoneAndSaves() {
        assertTrue(lookup("#state-childInPerson").tryQuery().isEmpty(), "no paper states for a visit in person");
        CheckBox done = lookup("#done-childInPerson").queryAs(CheckBox.class);
        assertFalse(done.isSelected());
        String before = progress();
        int savesBefore = saves.get();

        clickOn("#done-childInPerson");

        assertTrue(done.isSelected());
        assertEquals(ItemState.HAVE, familyCase.getChecklist().getItems().get("childInPerson").getState());
        assertTrue(saves.get() > savesBefore, "the tick is saved");
        assertTrue(!before.equals(progress()), "the tick counts as ready: " + before + " -> " + progress());
        clickOn("#done-childInPerson");
        assertEquals(ItemState.TO_GET, familyCase.getChecklist().getItems().get("childInPerson").getState());
        assertEquals(before, progress());
    }

    @Test
    void anOwnItemCanBeRenamedAndRemovedFromTheKeyboard() {
        focus("#ownItemField");
        write("Letter from school");
        type(KeyCode.ENTER);
        String id = familyCase.getChecklist().getCustomItems().get(0).getId();

        focus("#label-" + id);
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        write("Letter from the kindergarten");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Letter from the kindergarten", familyCase.getChecklist().getCustomItems().get(0).getLabel());
        Node delete = lookup("#delete-" + id).query();
        assertEquals("Remove your own item: Letter from the kindergarten", delete.getAccessibleText());

        focus("#delete-" + id);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(familyCase.getChecklist().getCustomItems().isEmpty(), "removed from the case");
        assertTrue(lookup("#label-" + id).tryQuery().isEmpty(), "and from the list");
        assertTrue(lookup("#ownItemField").query().isFocused(), "the cursor waits in the field for a new item");
    }

    @Test
    void anOwnItemClearedKeepsItsNameAndSaysWhy() {
        focus("#ownItemField");
        write("Letter from school");
        type(KeyCode.ENTER);
        String id = familyCase.getChecklist().getCustomItems().get(0).getId();
        Label message = lookup("#labelError-" + id).queryAs(Label.class);
        assertFalse(message.isVisible(), "no message while the item has a name");

        focus("#label-" + id);
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", lookup("#label-" + id).queryAs(TextField.class).getText(), "the field stays as the user left it");
        assertTrue(message.isVisible());
        assertEquals(messages.get("checklist.ownItem.blank"), message.getText());
        assertEquals(messages.get("checklist.ownItem.blank"), message.getAccessibleText(), "a screen reader hears it too");
        assertEquals("Letter from school", familyCase.getChecklist().getCustomItems().get(0).getLabel(), "the case keeps the last name");

        write("Letter from the kindergarten ");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(message.isVisible(), "a name again: the message goes");
        assertEquals("Letter from the kindergarten", familyCase.getChecklist().getCustomItems().get(0).getLabel());
    }

    @Test
    void anOwnItemSavedWithoutANameAsksForOne() {
        CustomItem nameless = new CustomItem();
        familyCase.getChecklist().getCustomItems().add(nameless);
        interact(() -> context.changed(this));

        assertEquals("", lookup("#label-" + nameless.getId()).queryAs(TextField.class).getText());
        assertEquals(messages.get("checklist.ownItem.blank"), lookup("#labelError-" + nameless.getId()).queryAs(Label.class).getText());
    }

    @Test
    void showingTheRowsAgainIsNotAnEditAndLeavesTheOldRowsBehind() throws Exception {
        interact(() -> {
            CustomItem own = new CustomItem();
            own.setLabel("Letter from school");
            familyCase.getChecklist().getCustomItems().add(own);
            familyCase.getChecklist().progressOf("foreignPassport").setNote("expires in March");
            context.changed(this);
        });
        String ownId = familyCase.getChecklist().getCustomItems().get(0).getId();
        WeakReference<Node> oldLabel = new WeakReference<>(lookup("#label-" + ownId).query());
        WeakReference<Node> oldNote = new WeakReference<>(lookup("#note-foreignPassport").query());
        WeakReference<Node> oldState = new WeakReference<>(lookup("#state-foreignPassport").query());
        int savesBefore = saves.get();

        for (int i = 0; i < 5; i++) {
            interact(() -> context.changed(this)); // another section's edit: the rows are made anew
        }
        interact(() -> lookup("#showHidden").queryAs(CheckBox.class).fire());

        assertEquals(savesBefore + 5, saves.get(), "filling the rows is not an edit: only the other section's edits are saved");
        assertEquals("Letter from school", lookup("#label-" + ownId).queryAs(TextField.class).getText());
        assertEquals("expires in March", lookup("#note-foreignPassport").queryAs(TextField.class).getText());
        for (int i = 0; i < 50 && (oldLabel.get() != null || oldNote.get() != null || oldState.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(oldLabel.get(), "nothing holds the old own-item field");
        assertNull(oldNote.get(), "nothing holds the old note field");
        assertNull(oldState.get(), "nothing holds the old state choice");

        focus("#note-foreignPassport");
        type(KeyCode.END);
        write(", renew first");
        assertEquals("expires in March, renew first", familyCase.getChecklist().getItems().get("foreignPassport").getNote());
        assertTrue(saves.get() > savesBefore + 5, "an edit in a rebuilt row is saved");
    }

    @Test
    void anEditElsewhereThatLeavesTheChecklistAsItWasKeepsTheRowsAndTheFocus() {
        clickOn("#addNote-foreignPassport");
        Node note = lookup("#note-foreignPassport").query();
        interact(() -> {
            familyCase.getChild().setFamilyName("Wang"); // typed in Details: nothing on the checklist changes
            context.changed(this);
        });
        assertSame(note, lookup("#note-foreignPassport").query(), "the same row");
        assertTrue(note.isFocused(), "the cursor stays where it was");

        interact(() -> {
            familyCase.getChecklist().progressOf("foreignPassport").setNote("expires in March");
            context.changed(this); // the checklist itself changed: its rows are shown anew
        });
        assertEquals("expires in March", lookup("#note-foreignPassport").queryAs(TextField.class).getText());
    }

    @Test
    void theNoteFieldAppearsOnlyWhenANoteIsWanted() {
        assertTrue(lookup("#note-foreignPassport").tryQuery().isEmpty(), "no empty note fields");
        clickOn("#addNote-foreignPassport");
        TextField note = lookup("#note-foreignPassport").queryAs(TextField.class);
        assertTrue(note.isFocused(), "the cursor is in the new field");
        assertTrue(lookup("#addNote-foreignPassport").tryQuery().isEmpty());
        write("expires in March");
        assertEquals("expires in March", familyCase.getChecklist().getItems().get("foreignPassport").getNote());
    }

    @Test
    void aHiddenItemLeavesTheListAndComesBack() {
        clickOn("#hide-applicationForm");
        assertTrue(lookup("#state-applicationForm").tryQuery().isEmpty());
        assertTrue(familyCase.getChecklist().getHidden().contains("applicationForm"));
        interact(() -> lookup("#showHidden").queryAs(CheckBox.class).fire());
        clickOn("#hide-applicationForm");
        assertTrue(familyCase.getChecklist().getHidden().isEmpty());
    }
}
