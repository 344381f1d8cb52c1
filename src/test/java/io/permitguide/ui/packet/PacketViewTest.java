package io.permitguide.ui.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.PacketCases;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.ui.BackgroundWork;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PacketViewTest {
    /** 2026-03-02 in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private final FamilyCase familyCase = PacketCases.usual();
    private PacketController controller;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.of(Language.EN);
        Views.Loaded<PacketController> loaded = Views.load("Packet", messages);
        controller = loaded.controller();
        controller.setClock(CLOCK);
        controller.show(new CaseContext(familyCase, messages, () -> { }, stage));
        stage.setScene(new Scene(loaded.root(), 900, 700));
        stage.show();
    }

    private void awaitPreview() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller.previewPageCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Exports and waits until the file is written (the export runs in the background). */
    private void export(FxRobot robot, Path pdf) throws Exception {
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(controller.exportTo(pdf, new char[0])));
        assertEquals(Worker.State.SUCCEEDED, finished(task.get()));
    }

    /** Waits for the task to end (its state is read on the FX thread) and gives its final state. */
    private static Worker.State finished(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(task::getState).get();
    }

    @Test
    void previewWaitsForTypingToPauseThenDrawsOnce(FxRobot robot) throws Exception {
        awaitPreview();
        int before = controller.previewsShown();
        // Five keystrokes in another section, 100 ms apart: each tells the packet the case changed.
        for (String name : List.of("Z", "ZH", "ZHO", "ZHOU", "ZHOU2")) {
            robot.interact(() -> {
                familyCase.getChild().setFamilyName(name);
                controller.caseChanged(this);
            });
            Thread.sleep(100);
            assertTrue(controller.previewPageCount() > 0, "no new drawing starts while the user types");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller.previewsShown() > before);
        Thread.sleep(2 * (long) PacketController.TYPING_PAUSE.toMillis());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, controller.previewsShown(), "one drawing after the pause, for the last keystroke");
        assertTrue(controller.previewPageCount() > 0);
    }

    @Test
    void pagesOfTheOldCaseAreGreyedOutWhileTheNewOnesAreDrawnThenReplaced(FxRobot robot) throws Exception {
        awaitPreview();
        VBox pages = robot.lookup("#previewPages").queryAs(VBox.class);
        List<javafx.scene.Node> old = List.copyOf(pages.getChildren());
        assertCurrent(robot, pages);

        // A change the user makes in another section, then opens the packet: the old pages are not shown as current.
        AtomicReference<String> statusWhilePreparing = new AtomicReference<>();
        robot.interact(() -> {
            familyCase.getChild().setFamilyName("ZHOU");
            controller.shownAfterChanges();
            statusWhilePreparing.set(robot.lookup("#statusLabel").queryLabeled().getText());
            assertFalse(pages.isVisible(), "the old pages are hidden while the new ones are drawn");
        });
        assertEquals("Preparing the preview…", statusWhilePreparing.get());

        awaitPreview();
        assertTrue(pages.getChildren().stream().noneMatch(old::contains), "the new pages replace the old");
        assertCurrent(robot, pages);
    }

    private static void assertCurrent(FxRobot robot, VBox pages) {
        assertTrue(pages.isVisible());
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().endsWith("ready to export"));
    }

    @Test
    void exportRunsInTheBackgroundWithProgressAndTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        awaitPreview();
        // Hold the background worker so the export is still running while the window is checked.
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> BackgroundWork.run(null, "hold", () -> release.await(20, TimeUnit.SECONDS), r -> { }, e -> { }));
        Path pdf = dir.resolve("later.pdf");
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(controller.exportTo(pdf, new char[0])));

        // The FX thread runs other work meanwhile; after the delay a progress box says what is being written.
        assertEquals("answered", WaitForAsyncUtils.asyncFx(() -> "answered").get(2, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#backgroundWorkLabel").tryQuery().isPresent());
        assertEquals("Writing later.pdf…", robot.lookup("#backgroundWorkLabel").queryLabeled().getText());
        assertFalse(Files.exists(pdf));

        release.countDown();
        assertEquals(Worker.State.SUCCEEDED, finished(task.get()));
        assertTrue(Files.exists(pdf));
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().contains("later.pdf"));
        assertTrue(robot.lookup("#backgroundWorkLabel").tryQuery().isEmpty(), "the progress box is gone");
    }

    @Test
    void previewShowsEveryPageOfThePacket(FxRobot robot) throws Exception {
        awaitPreview();
        VBox pages = robot.lookup("#previewPages").queryAs(VBox.class);
        assertEquals(controller.previewPageCount(), pages.getChildren().size());
        ImageView first = (ImageView) pages.getChildren().get(0);
        // A4 is 1 : 1.414 tall.
        assertEquals(1.414, first.getImage().getHeight() / first.getImage().getWidth(), 0.01);
        assertEquals("Page 1 of " + pages.getChildren().size(), first.getAccessibleText());
    }

    @Test
    void exportAsksWhereAndForAPasswordTwiceThenSaysWhereTheFileWent(FxRobot robot) throws Exception {
        awaitPreview();
        Path pdf = dir.resolve("mia.pdf");
        robot.interact(() -> controller.setFileChooser(context -> pdf.toFile()));
        robot.clickOn("#exportButton");
        robot.clickOn("#passwordField").write("kept-safe-1");
        robot.clickOn("#passwordRepeatField").write("kept-safe-2");
        robot.clickOn(Messages.of(Language.EN).get("dialog.ok"));
        // Two different passwords: the dialog stays and nothing is written.
        assertEquals(Messages.of(Language.EN).get("dialog.password.mismatch"), robot.lookup("#passwordError").queryLabeled().getText());
        assertFalse(Files.exists(pdf));
        robot.doubleClickOn("#passwordRepeatField").eraseText(11).write("kept-safe-1");
        robot.clickOn(Messages.of(Language.EN).get("dialog.ok"));

        // The file is written in the background; the confirmation follows.
        String written = Messages.of(Language.EN).get("cli.packet.written", pdf.toAbsolutePath());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> written.equals(WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#statusLabel").queryLabeled().getText()).get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(node -> node instanceof Labeled l && written.equals(l.getText())), "confirmation names the file");
        assertEquals(written, robot.lookup("#statusLabel").queryLabeled().getText());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf.toFile()).close());
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "kept-safe-1")) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("A12345678"));
            assertTrue(text.contains("申请人（儿童）"));
        }
    }

    @Test
    void chineseOnlyChoiceExportsChineseOnly(FxRobot robot) throws Exception {
        awaitPreview();
        @SuppressWarnings("unchecked")
        ComboBox<PacketLanguage> choice = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(PacketLanguage.ZH));
        awaitPreview();
        Path pdf = dir.resolve("zh.pdf");
        export(robot, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("申请人（儿童）"));
            assertFalse(text.contains("Applicant (the child)"));
        }
    }
}
