package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** A damaged case file does not stop the app: the user is told which file and why, in their language. */
class DamagedFileOnStartTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    @Override
    public void start(Stage stage) throws Exception {
        CaseStore store = new CaseStore(dataFolder);
        FamilyCase good = new FamilyCase();
        good.setTitle("Good case");
        store.save(good);
        Files.writeString(store.casesDir().resolve("cut-short.json"), "{\"format\":\"permit-guide-case\",\"vers");
        new SettingsStore(dataFolder).save(new SettingsStore.Settings(Language.ZH, null, null));

        AppSession session = new AppSession(dataFolder);
        session.load();
        MainWindow window = new MainWindow(session, stage);
        window.open();
        stage.show();
        window.controller().afterShown(List.of());
    }

    @Test
    void theOtherCasesOpenAndTheDamagedFileIsNamedInChinese() {
        assertEquals(1, lookup("#caseList").queryAs(ListView.class).getItems().size());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = dialog.getContentText();
        assertTrue(text.contains("cut-short.json"), text);
        assertTrue(text.contains(Messages.of(Language.ZH).get("error.caseFile.NOT_JSON")), text);
        assertTrue(Files.exists(dataFolder.resolve("damaged")), "moved aside, not deleted");
    }
}
