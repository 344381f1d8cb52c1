package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a password-protected export: a wrong password is said so, the right one brings the case in. */
class ProtectedImportTest extends ApplicationTest {
    @TempDir
    Path dataFolder;
    @TempDir
    Path elsewhere;

    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        AppSession session = new AppSession(dataFolder);
        session.load();
        window = new MainWindow(session, stage);
        window.open();
        stage.show();
    }

    @Test
    void theRightPasswordImportsTheCase() throws Exception {
        FamilyCase exported = new FamilyCase();
        exported.setTitle("From the other computer");
        exported.getChild().setFamilyName("Li");
        Path file = elsewhere.resolve("li.json");
        CaseFileCodec.writeProtected(exported, file, "family-secret".toCharArray());

        WaitForAsyncUtils.asyncFx(() -> window.controller().importFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#passwordField").write("not-it");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.of(Language.EN).get("error.caseFile.WRONG_PASSWORD"), lookup("#passwordError").queryAs(Label.class).getText());

        clickOn("#passwordField").write("family-secret");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = lookup("#caseList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertEquals("Li", ((FamilyCase) list.getItems().get(0)).getChild().getFamilyName());
    }
}
