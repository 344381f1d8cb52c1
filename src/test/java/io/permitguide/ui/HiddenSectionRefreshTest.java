package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.ui.details.DetailsController;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A section that is not on screen shows the case as it is now once the user opens it. */
class HiddenSectionRefreshTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        new CaseStore(dataFolder).save(new FamilyCase());
        AppSession session = new AppSession(dataFolder);
        session.load();
        window = new MainWindow(session, stage);
        window.open();
        stage.show();
    }

    @Test
    void theGuideShowsADepartureTypedInDetailsWhileItWasHidden() throws Exception {
        // The other sections are built in the background after the first frame, and so are the later parts of Details.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.controller().sectionController("Guide") != null
                && window.controller().sectionController("Details") instanceof DetailsController details && details.complete());
        MainController main = window.controller();
        Node details = main.sectionContent("Details");
        Node guide = main.sectionContent("Guide");

        DatePicker typedInto = from(details).lookup("#departure").queryAs(DatePicker.class);
        // As typed (the field lies below the form's visible part): the form takes each change of the text.
        interact(() -> typedInto.getEditor().setText("2026-07-15"));
        WaitForAsyncUtils.waitForFxEvents();

        // What a click on the tab or View > Guide does (a click can land on a window left by an earlier test).
        interact(() -> main.showSection("Guide"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Guide", main.selectedSection());
        DatePicker shown = from(guide).lookup("#departure").queryAs(DatePicker.class);
        assertNotNull(shown);
        assertEquals(LocalDate.of(2026, 7, 15), shown.getValue());
    }

    @Test
    void thePacketBuiltAheadDrawsItsPagesOnlyOnceOpened() throws Exception {
        MainController main = window.controller();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.sectionController("Packet") != null);
        Node packet = main.sectionContent("Packet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> from(packet).lookup("#previewPages").tryQuery().isPresent());
        VBox pages = from(packet).lookup("#previewPages").queryAs(VBox.class);
        Thread.sleep(2000); // drawing the pages takes about a second: none are drawn while the tab stays closed
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pages.getChildren().isEmpty(), "no pages drawn for a section nobody opened");

        interact(() -> main.showSection("Packet"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pages.getChildren().isEmpty() && pages.isVisible());
    }
}
