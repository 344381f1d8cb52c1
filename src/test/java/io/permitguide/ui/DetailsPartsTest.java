package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.ui.details.DetailsController;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Details form comes in parts: the child's with the view, the parents' and the household's right after. Once
 * added, a later part shows the case, takes edits into it, shows its problems, and follows the child's part in the
 * keyboard's order.
 */
class DetailsPartsTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    private AppSession session;
    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        FamilyCase familyCase = new FamilyCase();
        familyCase.getParents().get(0).setFamilyName("Wang");
        familyCase.getTrip().setDepartureDate(LocalDate.of(2027, 3, 1));
        familyCase.getResidence().setPhone("12ab");
        new CaseStore(dataFolder).save(familyCase);
        session = new AppSession(dataFolder);
        session.load();
        window = new MainWindow(session, stage);
        window.open();
        stage.show();
    }

    @Test
    void theLaterPartsShowTheCaseTakeEditsAndFollowTheChildsPartInTheKeyboardOrder() throws Exception {
        MainController main = window.controller();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> main.sectionController("Details") instanceof DetailsController details && details.complete());
        WaitForAsyncUtils.waitForFxEvents();
        Node form = main.sectionContent("Details");

        assertEquals("Wang", from(form).lookup("#parent1FamilyName").queryTextInputControl().getText());
        assertEquals(LocalDate.of(2027, 3, 1), from(form).lookup("#departure").queryAs(DatePicker.class).getValue());
        assertTrue(from(form).lookup("#phoneError").queryAs(Label.class).isVisible(), "a problem in a later part shows under its field");

        interact(() -> from(form).lookup("#parent2FamilyName").queryTextInputControl().setText("Smith"));
        assertEquals("Smith", session.cases().get(0).getParents().get(1).getFamilyName());
        interact(() -> from(form).lookup("#phone").queryTextInputControl().setText("+86 10 1234"));
        assertTrue(!from(form).lookup("#phoneError").queryAs(Label.class).isVisible(), "fixed in the field, the message goes");

        interact(() -> from(form).lookup("#hadPermitBefore").query().requestFocus());
        push(KeyCode.TAB);
        assertEquals("parent1Role", form.getScene().getFocusOwner().getId(), "Tab goes from the child's last field to the parents' first");
    }
}
