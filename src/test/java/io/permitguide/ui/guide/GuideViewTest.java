package io.permitguide.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import io.permitguide.ui.form.YesNo;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A family answers the questions page by page and reads the result; the answers land in the case. Runs in
 * English here and in Chinese in {@link GuideViewChineseTest}.
 */
class GuideViewTest extends ApplicationTest {
    private final FamilyCase familyCase = startingCase();
    private final AtomicInteger saves = new AtomicInteger();
    protected final Messages messages = Messages.of(language());

    protected Language language() {
        return Language.EN;
    }

    /** Empty by default; a test that needs a prefilled case changes it before the view opens. */
    protected FamilyCase startingCase() {
        return new FamilyCase();
    }

    @Override
    public void start(Stage stage) {
        Views.Loaded<SectionController> loaded = Views.load("Guide", messages);
        loaded.controller().show(new CaseContext(familyCase, messages, saves::incrementAndGet, stage));
        stage.setScene(new Scene(loaded.root(), 1000, 760));
        stage.show();
    }

    /** The text of every label inside the box, one per line. */
    private String texts(String box) {
        return lookup(box).queryAs(VBox.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = lookup(id).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }

    @Test
    void answeringTheUsualCaseRecommendsTheEntryExitPermit() {
        assertTrue(lookup("#nationalityPage").query().isVisible(), "an unanswered case starts with the questions");
        clickOn("#nextButton");
        assertTrue(lookup("#birthCountryError").queryAs(Label.class).isVisible(), "a deciding question must be answered");
        assertEquals(messages.get("guide.required"), lookup("#birthCountryError").queryAs(Label.class).getText());

        choose("#birthCountry", "CN");
        choose("#parent1Nationality", "CN");
        choose("#parent2Nationality", "GB");
        choose("#sameNationalityAtBirth", YesNo.YES);
        choose("#chineseParentSettled", YesNo.NO);
        choose("#passportCountry", "GB");
        choose("#hasChinesePassport", YesNo.NO);
        choose("#onHukou", YesNo.NO);
        clickOn("#nextButton");
        assertTrue(lookup("#residencePage").query().isVisible() && !lookup("#nationalityPage").query().isVisible(), "page 2");
        choose("#whereabouts", Whereabouts.IN_MAINLAND);
        clickOn("#residenceCity").write("Beijing");
        clickOn("#nextButton");
        assertTrue(lookup("#tripPage").query().isVisible(), "page 3");
        clickOn("#departure").write("2027-03-01");
        clickOn("#returnDate").write("2027-02-01");
        clickOn("#departure");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#returnDateError").queryAs(Label.class).isVisible(), "return before departure is flagged at once");
        clickOn("#returnDate");
        interact(() -> lookup("#returnDate").queryAs(javafx.scene.control.DatePicker.class).getEditor().clear());
        write("2027-04-01");
        clickOn("#nextButton");

        assertEquals(messages.of(DocumentCode.ENTRY_EXIT_PERMIT), lookup("#documentLabel").queryAs(Label.class).getText());
        String sources = texts("#sourcesBox");
        assertTrue(sources.contains(messages.get("source.mpsRules2007")) && sources.contains("2026-12-02") && sources.contains("2007"), sources);
        assertTrue(texts("#whereBox").contains(messages.get("city.beijing.bureau")), texts("#whereBox"));
        assertTrue(lookup("#confirmLabel").queryAs(Label.class).isVisible());
        assertFalse(lookup("#questions").query().isVisible());
        assertTrue(lookup("#resultPane").query().isVisible());
        assertEquals("CN", familyCase.getChild().getBirthCountry());
        assertEquals(Boolean.FALSE, familyCase.getParents().get(0).getSettledAbroadAtBirth(), "asked about the Chinese parent");
        assertEquals(Boolean.TRUE, familyCase.getParents().get(1).getSameNationalityAtChildBirth(), "one answer for both parents");
        assertEquals("beijing", familyCase.getResidence().getCity());
        assertEquals(java.time.LocalDate.of(2027, 4, 1), familyCase.getTrip().getReturnDate());
        assertTrue(saves.get() > 0, "answers are saved as they are given");

        // The result now lists each city figure with its source, so the button sits below the fold.
        interact(() -> lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        clickOn("#restartButton");
        assertTrue(lookup("#nationalityPage").query().isVisible());
    }

    @Test
    void aChildOnAHukouIsAskedWhereTheHukouIs() {
        assertFalse(lookup("#hukouCityRow").query().isVisible(), "not asked before it matters");
        choose("#onHukou", YesNo.YES);
        choose("#birthCountry", "CN");
        choose("#parent1Nationality", "CN");
        choose("#parent2Nationality", "US");
        clickOn("#nextButton");
        assertTrue(lookup("#hukouCityRow").query().isVisible());
        clickOn("#hukouCity").write("Yibin");
        assertEquals("Yibin", familyCase.getChild().getHukouCity());
    }

    @Test
    void theNationalitiesAtTheBirthAndTheForeignNationalityAtBirthAreAskedWhenTheyMatter() {
        assertFalse(lookup("#parent1NationalityAtBirthRow").query().isVisible(), "not asked before it matters");
        assertFalse(lookup("#foreignNationalityAtBirthRow").query().isVisible(), "not asked for a child born in the mainland");
        choose("#parent1Nationality", "US");
        choose("#parent2Nationality", "DE");
        choose("#sameNationalityAtBirth", YesNo.NO);
        assertTrue(lookup("#parent1NationalityAtBirthRow").query().isVisible());
        choose("#parent1NationalityAtBirth", "CN");
        assertEquals("CN", familyCase.getParents().get(0).getNationalityAtChildBirth());
        assertEquals(Boolean.FALSE, familyCase.getParents().get(1).getSameNationalityAtChildBirth());
        choose("#birthCountry", "US");
        assertTrue(lookup("#foreignNationalityAtBirthRow").query().isVisible());
        choose("#foreignNationalityAtBirth", YesNo.YES);
        assertEquals(Boolean.TRUE, familyCase.getChild().getForeignNationalityAtBirth());
        // The Chinese parent (at the birth) is parent 1 here: the settled-abroad answer lands there, not on parent 2.
        choose("#chineseParentSettled", YesNo.YES);
        assertEquals(Boolean.TRUE, familyCase.getParents().get(0).getSettledAbroadAtBirth());
        assertEquals(null, familyCase.getParents().get(1).getSettledAbroadAtBirth());
        interact(() -> lookup("#hasChinesePassport").query().requestFocus());
        push(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(lookup("#foreignNationalityAtBirth").query().isFocused(), "reachable with the keyboard");
    }

    @Test
    void theSettledAbroadQuestionIsAboutTheChineseParentWhicheverIsListedFirst() {
        choose("#parent1Nationality", "DE");
        choose("#parent2Nationality", "CN");
        choose("#chineseParentSettled", YesNo.YES);
        assertEquals(Boolean.TRUE, familyCase.getParents().get(1).getSettledAbroadAtBirth());
        assertEquals(null, familyCase.getParents().get(0).getSettledAbroadAtBirth());
    }
}
