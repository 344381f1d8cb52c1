package io.permitguide.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.interview.Question;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.ui.AppSession;
import io.permitguide.ui.MainWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A family's first start, as they meet it: the welcome, then the interview for the usual case (a Chinese parent and
 * a British one, a child born in Beijing on a British passport, a trip from the mainland), one question per screen,
 * the questions that cannot matter skipped, Back keeping the answers, Enter as Next, ending on the Guide's answer.
 * In English here, in Chinese in {@link InterviewFlowChineseTest}.
 */
class InterviewFlowTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    protected final Messages messages = Messages.of(language());
    private MainWindow window;
    private Stage stage;

    protected Language language() {
        return Language.EN;
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        new SettingsStore(dataFolder).save(new SettingsStore.Settings(language(), null, null));
        openWindow(stage);
    }

    private void openWindow(Stage target) throws Exception {
        AppSession session = new AppSession(dataFolder);
        session.load();
        window = new MainWindow(session, target);
        window.open();
        target.show();
    }

    @Test
    void theFirstStartWelcomesAndTheInterviewEndsOnTheEntryExitPermit() throws Exception {
        assertEquals(messages.get("welcome.title"), text("#welcomeTitle"));
        assertEquals(messages.get("welcome.what"), text("#welcomeWhat"));
        assertEquals(messages.get("welcome.who"), text("#welcomeWho"));
        assertTrue(lookup("#startButton").query().isFocused(), "Enter starts");
        assertFalse(lookup("#noSelectionLabel").query().isVisible());

        clickOn("#startButton");
        assertTrue(lookup("#welcomeTitle").tryQuery().isEmpty(), "the welcome gives way to the interview");
        assertEquals(1, caseList().getItems().size(), "the case is created");
        FamilyCase familyCase = caseList().getItems().get(0);

        assertQuestion("interview.q.birth_country", 1);
        assertEquals(messages.get("interview.why.birth_country"), text("#whyLabel"));
        assertTrue(lookup("#firstCountry").query().isFocused(), "the cursor is in the first answer, not in "
                + stage.getScene().getFocusOwner());
        push(KeyCode.ENTER);
        assertTrue(lookup("#requiredLabel").query().isVisible(), "an answer or \"I don't know\" is asked for");
        assertQuestion("interview.q.birth_country", 1);
        choose("#firstCountry", "CN");
        push(KeyCode.ENTER);

        assertQuestion("interview.q.parent_nationalities", 2);
        assertEquals(messages.get("interview.slot.parent_nationalities.1"), text("#firstCountryLabel"));
        choose("#firstCountry", "CN");
        choose("#secondCountry", "GB");
        push(KeyCode.ENTER);

        assertQuestion("interview.q.same_nationality_at_birth", 3);
        assertEquals(messages.get("choice.yes"), lookup("#firstChoice").queryAs(RadioButton.class).getText());
        clickOn("#firstChoice");
        push(KeyCode.ENTER);

        // Born in China: neither the nationalities at the birth nor settling abroad can matter.
        assertQuestion("interview.q.passport_country", 4);
        assertEquals(messages.get("interview.dontKnow.passport_country"), lookup("#dontKnow").queryAs(javafx.scene.control.CheckBox.class).getText());
        choose("#firstCountry", "GB");
        push(KeyCode.ENTER);

        assertQuestion("interview.q.has_chinese_passport", 5);
        clickOn("#secondChoice");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.has_travel_document", 6);
        clickOn("#secondChoice");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.whereabouts", 7);
        assertEquals(messages.of(Whereabouts.IN_MAINLAND), lookup("#firstChoice").queryAs(RadioButton.class).getText());
        clickOn("#firstChoice");
        push(KeyCode.ENTER);

        // In the mainland: the country abroad is not asked.
        assertQuestion("interview.q.residence_city", 8);
        assertTrue(lookup("#city").query().isFocused() || lookup("#city").queryAs(ComboBox.class).getEditor().isFocused());
        write(messages.get("city.beijing.name"));
        push(KeyCode.ENTER);

        assertQuestion("interview.q.on_hukou", 9);
        clickOn("#secondChoice");
        push(KeyCode.ENTER);

        // No hukou: where it is is not asked.
        assertQuestion("interview.q.name_matches", 10);
        clickOn("#interviewBack");
        assertQuestion("interview.q.on_hukou", 9);
        assertTrue(lookup("#secondChoice").queryAs(RadioButton.class).isSelected(), "Back keeps the answer");
        assertTrue(lookup("#secondChoice").query().isFocused(), "and the cursor is on it");
        clickOn("#interviewBack");
        assertQuestion("interview.q.residence_city", 8);
        assertEquals(messages.get("city.beijing.name"), lookup("#city").queryAs(ComboBox.class).getEditor().getText());
        push(KeyCode.ENTER);
        push(KeyCode.ENTER);

        assertQuestion("interview.q.name_matches", 10);
        clickOn("#dontKnow");
        assertTrue(lookup("#dontKnowHint").query().isVisible(), "\"I don't know\" says what follows");
        clickOn("#firstChoice");
        assertFalse(lookup("#dontKnow").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "an answer takes it back");
        push(KeyCode.ENTER);

        assertQuestion("interview.q.destination", 11);
        choose("#firstCountry", "GB");
        push(KeyCode.ENTER);

        assertQuestion("interview.q.trip_dates", 12);
        assertEquals(messages.get("interview.slot.trip_dates.1"), text("#firstDateLabel"));
        LocalDate departure = LocalDate.now().plusMonths(3);
        write(departure.toString());
        clickOn("#secondDate").write(departure.plusWeeks(3).toString());
        push(KeyCode.ENTER);

        assertQuestion("interview.q.frequency", 13);
        assertTrue(text("#questionNumber").equals(messages.get("interview.progress", 13, 13)), text("#questionNumber"));
        assertEquals(messages.get("interview.finish"), lookup("#interviewNext").queryAs(javafx.scene.control.Button.class).getText());
        push(KeyCode.ENTER);

        assertTrue(lookup("#interview").match(Node::isVisible).tryQuery().isEmpty(), "the interview is closed");
        assertEquals("Guide", window.controller().selectedSection(), "on the Guide");
        // The Timeline has a #documentLabel too: read the one in the tab on screen.
        Node guide = lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        assertEquals(messages.of(DocumentCode.ENTRY_EXIT_PERMIT), from(guide).lookup("#documentLabel").queryLabeled().getText());

        // The answers are the case's own: Details shows them, and the file has them.
        assertEquals("CN", familyCase.getChild().getBirthCountry());
        assertEquals("GB", familyCase.getParents().get(1).getNationality());
        assertEquals("beijing", familyCase.getResidence().getCity());
        assertEquals(Boolean.FALSE, familyCase.getChild().getOnHukou());
        assertEquals(departure, familyCase.getTrip().getDepartureDate());
        interact(() -> window.controller().showSection("Details"));
        Node details = lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        // The trip is in a part of the form added after its first frame.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> from(details).lookup("#departure").tryQuery().isPresent());
        assertEquals("GB", from(details).lookup("#passportCountry").queryAs(ComboBox.class).getValue());
        assertEquals(departure, from(details).lookup("#departure").queryAs(DatePicker.class).getValue());
    }

    @Test
    void theInterviewIsBuiltAheadAndOpensAsTheOneTheFamilyFills() throws Exception {
        // Built while the family reads the welcome: in the window and styled, but neither shown nor reachable.
        // Its buttons are reachable by lookup once the scroll pane's skin holds them (the pulse after it is added).
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#interviewNext").tryQuery().isPresent());
        Node ahead = lookup("#interview").query();
        assertFalse(ahead.isVisible());
        javafx.scene.control.Button next = lookup("#interviewNext").queryAs(javafx.scene.control.Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> next.getSkin() != null);

        clickOn("#startButton");
        assertSame(ahead, lookup("#interview").match(Node::isVisible).query(), "the interview built ahead is the one opened");
        assertQuestion("interview.q.birth_country", 1);
        assertTrue(lookup("#firstCountry").query().isFocused(), "the cursor is in the first answer");
        assertFalse(from(ahead).lookup(".viewport").query().isCache(), "a new screen repaints only what changed");
        choose("#firstCountry", "CN");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.parent_nationalities", 2);
        assertEquals("CN", caseList().getItems().get(0).getChild().getBirthCountry(), "its answers are the case's");

        clickOn("#toFormLink");
        assertTrue(lookup("#interview").match(Node::isVisible).tryQuery().isEmpty(), "closed");
        // A fresh one for the next case, hidden again: the answers of this one are not carried over.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#interview").tryQuery().isPresent());
        Node fresh = lookup("#interview").query();
        assertNotSame(ahead, fresh);
        assertFalse(fresh.isVisible());
        assertFalse(fresh.isManaged(), "it takes no room in the window while hidden");
    }

    @Test
    void theGuideOpensTheInterviewAndALaterStartOpensOnTheLastCase() throws Exception {
        clickOn("#startButton");
        clickOn("#toFormLink");
        assertTrue(lookup("#interview").match(Node::isVisible).tryQuery().isEmpty());
        assertTrue(lookup("#childFamilyName").query().isVisible(), "the whole form instead");
        clickOn("#childFamilyName").write("Wang");

        interact(() -> window.controller().showSection("Guide"));
        clickOn("#interviewButton");
        assertQuestion("interview.q.birth_country", 1);

        clickOn("#addButton");
        assertQuestion("interview.q.birth_country", 1);
        assertTrue(lookup("#firstCountry").query().isFocused(), "Add puts the cursor in the first question");
        FamilyCase second = caseList().getSelectionModel().getSelectedItem();
        interact(() -> caseList().getSelectionModel().select(0));
        assertTrue(lookup("#interview").match(Node::isVisible).tryQuery().isEmpty(), "another case closes the interview");
        interact(() -> caseList().getSelectionModel().select(second));
        interact(() -> window.controller().afterShown(java.util.List.of()));
        WaitForAsyncUtils.waitForFxEvents();

        Stage next = org.testfx.api.FxToolkit.registerStage(Stage::new);
        interact(() -> {
            stage.close();
            try {
                openWindow(next);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.getId(), (caseList().getSelectionModel().getSelectedItem()).getId(), "the last case used");
        assertTrue(lookup("#welcomeTitle").tryQuery().isEmpty(), "no welcome once there are cases");
        interact(next::close);
    }

    @SuppressWarnings("unchecked")
    private ListView<FamilyCase> caseList() {
        return lookup("#caseList").queryAs(ListView.class);
    }

    private void assertQuestion(String key, int number) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get(key), text("#questionLabel"));
        String shown = text("#questionNumber");
        assertTrue(java.util.stream.IntStream.rangeClosed(number, Question.values().length)
                .anyMatch(total -> shown.equals(messages.get("interview.progress", number, total))), shown);
    }

    private String text(String id) {
        Node node = lookup(id).query();
        assertNotNull(node, id);
        return ((Label) node).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = lookup(id).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }
}
