package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** A file that {@code remind} set aside overnight is shown when the window next opens, once (issue 18, item 2). */
class DamagedByRemindShownTest extends ApplicationTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dataFolder;

    @Override
    public void start(Stage stage) throws Exception {
        CaseStore remind = new CaseStore(dataFolder);
        FamilyCase good = new FamilyCase();
        good.setTitle("Good case");
        remind.save(good);
        Files.writeString(remind.casesDir().resolve("from-a-newer-version.json"),
                "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"x\",\"trip\":{\"purpose\":\"SPACE_TRAVEL\"}}}");
        remind.loadAll(); // as remind does in the night: the file goes to damaged/

        AppSession session = new AppSession(dataFolder);
        session.load(); // nothing is set aside by this start
        MainWindow window = new MainWindow(session, stage);
        window.open();
        stage.show();
        window.controller().afterShown(List.of());
    }

    @Test
    void theFileIsListedWithItsReasonAndAWayToTheFolderThenNotAgain() throws Exception {
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("from-a-newer-version.json"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains(EN.get("error.caseFile.DAMAGED")), dialog.getContentText());
        assertTrue(dialog.getButtonTypes().stream().map(ButtonType::getText).anyMatch(EN.get("error.setAside.openFolder")::equals));

        assertEquals(List.of(), new CaseStore(dataFolder).takeUnreportedSetAside(), "reported once");
    }
}
