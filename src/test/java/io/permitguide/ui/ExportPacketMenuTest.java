package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.packet.PacketCases;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.ui.packet.PacketController;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export packet runs the Packet tab's own export: its language choice, its password dialog, its message. */
class ExportPacketMenuTest extends ApplicationTest {
    @TempDir
    Path dataFolder;

    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        AppSession session = new AppSession(dataFolder);
        session.load();
        FamilyCase familyCase = PacketCases.usual();
        session.cases().add(familyCase);
        window = new MainWindow(session, stage);
        window.open();
        stage.show();
    }

    @Test
    void theMenuOpensThePacketTabAndUsesItsExport() throws Exception {
        MainController main = window.controller();
        // Open the Packet tab once to choose Chinese only, then leave it for another tab.
        interact(main::onShowPacket);
        PacketController packet = (PacketController) main.sectionController("Packet");
        AtomicInteger asked = new AtomicInteger();
        interact(() -> {
            packet.setFileChooser(context -> {
                asked.incrementAndGet();
                return null;
            });
            @SuppressWarnings("unchecked")
            ComboBox<PacketLanguage> languages = lookup("#languageChoice").queryAs(ComboBox.class);
            languages.setValue(PacketLanguage.ZH);
            main.onShowDetails();
        });

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, asked.get(), "the tab's export asked where to save");
        assertEquals("Packet", main.selectedSection());
        assertTrue(main.sectionController("Packet") == packet, "the same tab, with its language choice");
    }
}
