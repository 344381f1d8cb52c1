package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.timeline.ChinaDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it: add a case, type, switch language, restart, find everything kept. */
class MainWindowTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    private Stage stage;
    private AppSession session;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        openWindow(stage);
    }

    private void openWindow(Stage target) {
        session = new AppSession(dataFolder);
        try {
            session.load();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        window = new MainWindow(session, target);
        window.open();
        target.show();
    }

    @Test
    void theWindowGetsTheAppsIconOnceItIsDecoded() throws Exception {
        // Decoded in the background, so the main view does not wait for it.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertEquals(64, stage.getIcons().get(0).getWidth(), "the 64-pixel icon");
    }

    @Test
    void theCaseListFollowsTyping() {
        addCaseAndOpenTheForm();
        clickOn("#childFamilyName").write("Wang");

        ListCell<?> after = selectedCell();
        String title = after.lookup(".case-cell-title") instanceof Label label ? label.getText() : "";
        assertTrue(title.toUpperCase(java.util.Locale.ROOT).contains("WANG"), "the list names the case as typed: " + title);
        String status = after.lookup(".case-cell-status") instanceof Label label ? label.getText() : "";
        LocalDate today = ChinaDates.today(ChinaDates.systemClock());
        assertEquals(CaseListStatus.of(CaseAnalyzer.of(currentCase(), today), Messages.of(Language.EN)).text(), status);
    }

    @Test
    void aLongStatusFitsTheCaseListAndItsTooltipHasItWhole() {
        clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = lookup("#caseList").queryAs(ListView.class);
        String status = selectedCell().lookup(".case-cell-status") instanceof Label label ? label.getText() : "";
        assertTrue(status.length() > 30, "a new case's status is long: " + status);
        assertTrue(list.lookupAll(".scroll-bar").stream()
                .filter(bar -> bar instanceof javafx.scene.control.ScrollBar scroll
                        && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .noneMatch(javafx.scene.Node::isVisible), "no sideways scroll bar under the case list");
        assertTrue(selectedCell().getTooltip().getText().endsWith(status), "the whole status, also where the list cuts it");
    }

    private ListCell<?> selectedCell() {
        FamilyCase selected = currentCase();
        return lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() == selected).findFirst().orElseThrow();
    }

    @Test
    void aCaseTypedInEnglishIsKeptAfterSwitchingToChineseAndRestarting() throws Exception {
        addCaseAndOpenTheForm();
        clickOn("#childFamilyName").write("Wang");
        clickOn("#childGivenNames").write("Lily");
        assertEquals("Cases", lookup("#casesLabel").queryAs(Label.class).getText());

        chooseLanguage("#chineseItem");
        assertEquals(Messages.of(Language.ZH).get("cases.title"), lookup("#casesLabel").queryAs(Label.class).getText());
        assertEquals("Wang", lookup("#childFamilyName").queryAs(TextField.class).getText(), "the form shows the case after the switch");
        assertTrue(stage.getTitle().contains("WANG") || stage.getTitle().contains("Wang"), "title names the case: " + stage.getTitle());

        restart();

        assertEquals(Messages.of(Language.ZH).get("cases.title"), lookup("#casesLabel").queryAs(Label.class).getText(),
                "the language is remembered");
        ListView<?> list = lookup("#caseList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        FamilyCase kept = (FamilyCase) list.getItems().get(0);
        assertEquals("Wang", kept.getChild().getFamilyName());
        assertEquals("Lily", kept.getChild().getGivenNames());
        assertEquals("Lily", lookup("#childGivenNames").queryAs(TextField.class).getText());
        assertEquals(1, new CaseStore(dataFolder).loadAll().cases().size(), "one file on disk");
        chooseLanguage("#englishItem");
    }

    @Test
    void aDateThatIsNotADateStaysAsTypedWithAMessage() {
        addCaseAndOpenTheForm();
        clickOn("#childBirthDate").write("5.3.2019");
        clickOn("#childFamilyName");
        WaitForAsyncUtils.waitForFxEvents();
        var picker = lookup("#childBirthDate").queryAs(javafx.scene.control.DatePicker.class);
        assertEquals("5.3.2019", picker.getEditor().getText());
        Label error = lookup("#childBirthDateError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(Messages.of(Language.EN).get("validation.dateFormat"), error.getText());

        clickOn("#childBirthDate");
        interact(() -> picker.getEditor().clear());
        write("2019-03-05");
        clickOn("#childFamilyName");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!error.isVisible());
        assertEquals(java.time.LocalDate.of(2019, 3, 5), currentCase().getChild().getBirthDate());
    }

    @Test
    void aPassportNumberWithForbiddenCharactersIsFlaggedAndKept() {
        addCaseAndOpenTheForm();
        clickOn("#passportNumber").write("E12#45");
        Label error = lookup("#passportNumberError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(Messages.of(Language.EN).get("validation.documentNumberCharacters"), error.getText());
        assertEquals("E12#45", currentCase().getChild().mainPassport().orElseThrow().getNumber());
    }

    @Test
    void theSectionShownStaysShownAfterSwitchingTheLanguage() {
        addCaseAndOpenTheForm();
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Timeline", window.controller().selectedSection(), "Ctrl+4 opens the Timeline");

        chooseLanguage("#chineseItem");
        assertEquals("Timeline", window.controller().selectedSection(), "the switch keeps the section");
        assertEquals(Messages.of(Language.ZH).get("section.timeline"),
                lookup("#sections").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem().getText());

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Guide", window.controller().selectedSection(), "Ctrl+2 opens the Guide");
        chooseLanguage("#englishItem");
    }

    /** Add opens the interview; these tests type into the whole form. */
    private void addCaseAndOpenTheForm() {
        clickOn("#addButton");
        // The interview comes up after the new case's first frame; on a busy machine that is a moment later.
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("#toFormLink").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the interview did not open", e);
        }
        clickOn("#toFormLink");
    }

    private FamilyCase currentCase() {
        return (FamilyCase) lookup("#caseList").queryAs(ListView.class).getSelectionModel().getSelectedItem();
    }

    private void chooseLanguage(String itemId) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        AtomicReference<RadioMenuItem> item = new AtomicReference<>();
        bar.getMenus().forEach(menu -> menu.getItems().forEach(i -> findItem(i, itemId.substring(1), item)));
        interact(() -> item.get().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void findItem(javafx.scene.control.MenuItem candidate, String id, AtomicReference<RadioMenuItem> found) {
        if (id.equals(candidate.getId()) && candidate instanceof RadioMenuItem radio) {
            found.set(radio);
        }
        if (candidate instanceof javafx.scene.control.Menu menu) {
            menu.getItems().forEach(i -> findItem(i, id, found));
        }
    }

    private void restart() {
        interact(() -> {
            session.flushSaves();
            stage.close();
            Stage again = new Stage();
            stage = again;
            openWindow(again);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isDirectory(dataFolder.resolve("cases")));
    }
}
