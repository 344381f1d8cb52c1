package io.permitguide.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import io.permitguide.ui.form.YesNo;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A case that already answers the deciding questions opens on its result, and changing an answer changes it. */
class GuidePrefilledTest extends ApplicationTest {
    private final FamilyCase familyCase = GuidanceCases.usual();
    private final Messages messages = Messages.of(Language.EN);

    @Override
    public void start(Stage stage) {
        Views.Loaded<SectionController> loaded = Views.load("Guide", messages);
        loaded.controller().show(new CaseContext(familyCase, messages, () -> { }, stage));
        stage.setScene(new Scene(loaded.root(), 1000, 760));
        stage.show();
    }

    @Test
    void theResultIsShownWithoutGoingThroughTheQuestions() {
        assertTrue(lookup("#resultPane").query().isVisible());
        assertFalse(lookup("#questions").query().isVisible());
        assertEquals(messages.of(DocumentCode.ENTRY_EXIT_PERMIT), lookup("#documentLabel").queryAs(Label.class).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sayingTheChildHoldsATravelDocumentChangesTheRecommendation() {
        clickOn("#restartButton");
        assertEquals(YesNo.NO, lookup("#hasChinesePassport").queryAs(ComboBox.class).getValue(), "answers are prefilled");
        ComboBox<YesNo> held = lookup("#hasTravelDocument").queryAs(ComboBox.class);
        interact(() -> held.setValue(YesNo.YES));
        clickOn("#resultButton");
        assertEquals(messages.of(DocumentCode.TRAVEL_DOCUMENT), lookup("#documentLabel").queryAs(Label.class).getText());
        assertEquals(Boolean.TRUE, familyCase.getChild().getHasTravelDocument());
    }
}
