package io.permitguide.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.printing.PdfPrinter;
import io.permitguide.ui.BackgroundWork;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.FileDialogs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview: the pages as they will print, another language drawn anew, and a PDF saved where chosen. */
class ChecklistPreviewTest extends ApplicationTest {
    @TempDir
    Path dir;

    private final FamilyCase familyCase = GuidanceCases.usual();
    private final Messages messages = Messages.of(Language.EN);
    private ChecklistPreview preview;

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 900, 600));
        stage.show();
        preview = ChecklistPreview.open(new CaseContext(familyCase, messages, () -> { }, stage));
    }

    @AfterEach
    void realDialogsAgain() {
        FileDialogs.replaceDialog(null);
    }

    private int waitForPages() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.pageCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return preview.pageCount();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void showsThePagesWithTheirCountAndDrawsThemAgainInAnotherLanguage() throws Exception {
        int pages = waitForPages();
        assertEquals(pages, lookup(".preview-page").queryAllAs(ImageView.class).size());
        assertEquals(messages.get("checklist.preview.pages", pages), lookup("#pageCountLabel").queryAs(Label.class).getText());
        assertTrue(lookup("#pageCountLabel").queryAs(Label.class).getText().matches("\\d+ pages?"), "a plural that fits");
        String both = text(preview.shownPdf());
        assertTrue(both.contains("Materials for the Entry-Exit Permit") && both.contains("办理出入境通行证所需材料"), both);

        clickOn("#languageChoice");
        clickOn(messages.get("checklist.language.ZH"));
        int chinesePages = waitForPages();

        String chinese = text(preview.shownPdf());
        assertTrue(chinese.contains("办理出入境通行证所需材料"), chinese);
        assertFalse(chinese.contains("Materials for"), "Chinese only: " + chinese);
        assertEquals(messages.get("checklist.preview.pages", chinesePages), lookup("#pageCountLabel").queryAs(Label.class).getText());
        assertEquals(chinesePages, lookup(".preview-page").queryAll().size());
    }

    @Test
    void savesThePdfWhereChosenAndSaysWhere() throws Exception {
        waitForPages();
        interact(() -> lookup("#languageChoice").queryAs(ComboBox.class).setValue(PacketLanguage.EN));
        waitForPages();
        Path chosen = dir.resolve("for the bureau.pdf");
        FileDialogs.replaceDialog((chooser, owner, save) -> save ? chosen.toFile() : null);

        clickOn("#saveButton");

        waitForStatus(messages.get("checklist.saved", chosen.toAbsolutePath().toString()));
        assertTrue(Files.exists(chosen), "written where chosen");
        String saved = text(Files.readAllBytes(chosen));
        assertTrue(saved.contains("Materials for the Entry-Exit Permit") && !saved.contains("办理出入境通行证所需材料"),
                "the language on screen: " + saved);
        assertTrue(status().contains(chosen.toString()));
        assertFalse(lookup("#saveButton").queryButton().isDisabled(), "can be saved again");
    }

    @Test
    void savingWaitsInTheBackgroundWithAProgressBoxWhileThePreviewKeepsAnswering() throws Exception {
        waitForPages();
        Path chosen = dir.resolve("checklist.pdf");
        FileDialogs.replaceDialog((chooser, owner, save) -> save ? chosen.toFile() : null);
        CountDownLatch slowDisk = new CountDownLatch(1);
        // The background thread is busy with something slow: the save has to wait its turn there.
        interact(() -> BackgroundWork.run(null, "busy", () -> slowDisk.await(30, TimeUnit.SECONDS), done -> { }, failed -> { }));
        try {
            clickOn("#saveButton");

            String writing = messages.get("work.writing", chosen.getFileName());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> lookup("#backgroundWorkLabel").tryQuery()
                    .map(label -> writing.equals(((Label) label).getText())).orElse(false)).get());
            assertFalse(Files.exists(chosen), "not written on the window's thread");
            assertTrue(lookup("#saveButton").queryButton().isDisabled(), "one save at a time");
            interact(() -> lookup("#languageChoice").queryAs(ComboBox.class).setValue(PacketLanguage.ZH));
            assertTrue(waitForPages() > 0, "the window still answers: the pages are drawn in the other language");
        } finally {
            slowDisk.countDown();
        }
        waitForStatus(messages.get("checklist.saved", chosen.toAbsolutePath().toString()));
        assertTrue(Files.size(chosen) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#backgroundWorkLabel").tryQuery().isEmpty(), "the progress box is gone");
    }

    @Test
    void aSaveThatFailsSaysWhyInTheInterfaceLanguage() throws Exception {
        waitForPages();
        Path notAFolder = Files.writeString(dir.resolve("a file"), "x");
        File chosen = notAFolder.resolve("checklist.pdf").toFile();
        FileDialogs.replaceDialog((chooser, owner, save) -> save ? chosen : null);

        clickOn("#saveButton");

        String prefix = messages.get("error.export", chosen, "");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().startsWith(prefix));
        assertFalse(chosen.exists());
        assertFalse(lookup("#saveButton").queryButton().isDisabled(), "another place can be tried");
    }

    private String status() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#statusLabel").queryAs(Label.class).getText()).get();
    }

    private void waitForStatus(String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> expected.equals(status()));
        } catch (TimeoutException e) {
            assertEquals(expected, status());
        }
    }

    @Test
    void printsTheCopiesAskedForAndNamesThePrinter() throws Exception {
        Assumptions.assumeTrue(PdfPrinter.printerNames().contains("PDF"), "no CUPS printer named PDF (run .ci/cups.sh)");
        waitForPages();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#printButton").queryButton().isDisabled());
        interact(() -> lookup("#printerChoice").queryAs(ComboBox.class).setValue("PDF"));
        clickOn("#copiesSpinner .text-field").eraseText(1).write("2");

        clickOn("#printButton");

        String sent = messages.get("checklist.print.sentCopies", 2, "PDF");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sent.equals(lookup("#statusLabel").queryAs(Label.class).getText()));
        assertEquals("2 copies of the checklist were sent to the printer PDF.", sent);
    }
}
