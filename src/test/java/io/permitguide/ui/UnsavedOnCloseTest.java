package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window when the last save fails keeps the edits unless the family chooses to lose them (issue 18, item 9). */
class UnsavedOnCloseTest extends ApplicationTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dataFolder;

    private Stage stage;

    @Override
    public void start(Stage shared) throws Exception {
        // A window of its own, as the app's: these tests close it, and TestFX shares its stage between test classes.
        stage = new Stage();
        FamilyCase c = new FamilyCase();
        c.setTitle("Lily");
        new CaseStore(dataFolder).save(c);
        AppSession session = new AppSession(dataFolder);
        session.load();
        new MainWindow(session, stage).open();
        stage.show();
    }

    /** Saving can no longer work, even as root: the cases folder has become a plain file. */
    private Path breakTheCasesFolder() throws Exception {
        Path cases = dataFolder.resolve("cases");
        Path aside = dataFolder.resolve("cases-aside");
        Files.move(cases, aside);
        Files.writeString(cases, "not a folder");
        return aside;
    }

    /** The edit's own save fails a moment later and says so; the family reads it and goes on. */
    private void typeWhileSavingFails() throws Exception {
        clickOn("#childFamilyName").write("Wang");
        clickWhenShown(EN.get("dialog.ok"));
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() throws Exception {
        interact(() -> stage.hide());
    }

    private void askToClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private void clickWhenShown(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(text).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedLastSaveKeepsTheWindowOpenAndTheEditsAreSavedOnceTheDiskWorks() throws Exception {
        Path aside = breakTheCasesFolder();
        typeWhileSavingFails();

        askToClose();
        clickWhenShown(EN.get("dialog.cancel"));

        assertTrue(stage.isShowing(), "the window stays open with the edits");
        Files.delete(dataFolder.resolve("cases"));
        Files.move(aside, dataFolder.resolve("cases"));
        askToClose();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals("Wang", new CaseStore(dataFolder).loadAll().cases().get(0).getChild().getFamilyName());
    }

    @Test
    void closingWithoutSavingIsTheFamilysChoice() throws Exception {
        breakTheCasesFolder();
        typeWhileSavingFails();

        askToClose();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(EN.get("dialog.unsaved.close")).tryQuery().isPresent());
        String header = lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                .map(javafx.scene.control.DialogPane::getHeaderText).filter(h -> h != null).findFirst().orElse("");
        assertTrue(header.contains("Lily") && header.contains("could not be saved"), header);
        clickWhenShown(EN.get("dialog.unsaved.close"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }
}
