package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Another copy of the app saved the case this window is editing: the user chooses, nothing is lost (issue 18, item 3). */
class SaveConflictWindowTest extends ApplicationTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dataFolder;

    private Stage stage;

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() throws Exception {
        interact(() -> stage.hide());
    }

    @Override
    public void start(Stage shared) throws Exception {
        // A window of its own, as the app's: TestFX shares its stage between test classes.
        stage = new Stage();
        FamilyCase c = new FamilyCase();
        c.setTitle("Lily");
        new CaseStore(dataFolder).save(c);
        AppSession session = new AppSession(dataFolder);
        session.load();
        MainWindow window = new MainWindow(session, stage);
        window.open();
        stage.show();
    }

    /** The other copy of the app: reads the case and saves a corrected passport number. */
    private void anotherCopySaves() throws Exception {
        CaseStore other = new CaseStore(dataFolder);
        FamilyCase theirs = other.loadAll().cases().get(0);
        theirs.getParents().get(0).setPassportNumber("E99999999");
        other.save(theirs);
    }

    private DialogPane conflictDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("another window or another copy"), dialog.getHeaderText());
        return dialog;
    }

    /** On a busy machine the dialog's pane exists a moment before its window is drawn. */
    private void clickWhenShown(String buttonText) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(buttonText).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(buttonText);
    }

    @Test
    void keepBothSavesThisWindowsEditsAsACopyBesideTheOtherVersion() throws Exception {
        anotherCopySaves();
        clickOn("#childFamilyName").write("Wang");
        conflictDialog();

        clickWhenShown(EN.get("error.conflict.keepBoth"));
        WaitForAsyncUtils.waitForFxEvents();

        List<FamilyCase> onDisk = new CaseStore(dataFolder).loadAll().cases();
        assertEquals(Set.of("Lily", "Lily (copy)"), onDisk.stream().map(FamilyCase::getTitle).collect(Collectors.toSet()));
        FamilyCase theirs = onDisk.stream().filter(c -> c.getTitle().equals("Lily")).findFirst().orElseThrow();
        FamilyCase mine = onDisk.stream().filter(c -> c.getTitle().equals("Lily (copy)")).findFirst().orElseThrow();
        assertEquals("E99999999", theirs.getParents().get(0).getPassportNumber());
        assertEquals("Wang", mine.getChild().getFamilyName());
    }

    @Test
    void reloadShowsTheVersionSavedElsewhereAndLaterEditsSaveOverIt() throws Exception {
        anotherCopySaves();
        clickOn("#childFamilyName").write("Wang");
        conflictDialog();

        clickWhenShown(EN.get("error.conflict.reload"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#childGivenNames").write("Lily");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the window saves a moment after typing
        WaitForAsyncUtils.waitForFxEvents();

        List<FamilyCase> onDisk = new CaseStore(dataFolder).loadAll().cases();
        assertEquals(1, onDisk.size());
        assertEquals("E99999999", onDisk.get(0).getParents().get(0).getPassportNumber(), "the other copy's save is kept");
        assertEquals("Lily", onDisk.get(0).getChild().getGivenNames(), "edits after the reload are saved");
    }
}
