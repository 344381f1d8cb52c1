package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.PacketCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code packet}, run as the launcher runs it. */
class PacketCommandTest {
    @TempDir
    Path dir;

    private String previousData;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path caseFile;

    @BeforeEach
    void setUp() throws Exception {
        previousData = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, dir.resolve("data").toString());
        caseFile = dir.resolve("mia.json");
        CaseFileCodec.write(PacketCases.usual(), caseFile);
    }

    @AfterEach
    void restore() {
        if (previousData == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, previousData);
        }
    }

    private int run(String... args) {
        return PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheBilingualPacket() throws Exception {
        Path pdf = dir.resolve("out/mia.pdf");
        assertEquals(0, run("packet", caseFile.toString(), "-o", pdf.toString(), "--today", "2026-03-02"), err.toString());
        assertTrue(out.toString().contains(pdf.toString()));
        String text = textOf(pdf, null);
        assertTrue(text.contains("MILLER"));
        assertTrue(text.contains("米雅"));
        assertTrue(text.contains("Applicant (the child)"));
        assertTrue(text.contains("申请人（儿童）"));
        assertTrue(text.contains("2026-03-02"));
    }

    @Test
    void englishOnlyWhenAsked() throws Exception {
        Path pdf = dir.resolve("en.pdf");
        assertEquals(0, run("packet", caseFile.toString(), "-o", pdf.toString(), "--lang", "en"), err.toString());
        String text = textOf(pdf, null);
        assertTrue(text.contains("Applicant (the child)"));
        assertFalse(text.contains("申请人（儿童）"));
    }

    @Test
    void passwordFromFileProtectsThePdf() throws Exception {
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, "correct horse\n");
        Path pdf = dir.resolve("locked.pdf");
        assertEquals(0, run("packet", caseFile.toString(), "-o", pdf.toString(), "--password-file", secret.toString()),
                err.toString());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf.toFile()).close());
        assertTrue(textOf(pdf, "correct horse").contains("A12345678"));
    }

    @Test
    void missingCaseIsAClearErrorAndWritesNothing() {
        Path pdf = dir.resolve("never.pdf");
        int code = run("packet", dir.resolve("nope.json").toString(), "-o", pdf.toString(), "--lang", "en");
        assertEquals(2, code);
        assertTrue(err.toString().contains("No such file: " + dir.resolve("nope.json")), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void unwritableOutputIsAClearErrorAndLeavesNoFile() throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "not a folder");
        Path pdf = blocker.resolve("mia.pdf");
        int code = run("packet", caseFile.toString(), "-o", pdf.toString(), "--lang", "en");
        assertEquals(1, code);
        assertTrue(err.toString().contains("Could not write " + pdf), err.toString());
        assertTrue(err.toString().contains(Messages.of(Language.EN).get("packet.error.PATH_THROUGH_FILE")), err.toString());
        assertEquals("not a folder", Files.readString(blocker));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a-file", "mia.json"), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("data")).sorted().toList());
        }
    }

    @Test
    void outputThatIsAFolderIsRefusedAndTheFolderKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("keep.txt"), "keep");
        assertEquals(2, run("packet", caseFile.toString(), "-o", folder.toString(), "--lang", "zh"));
        assertTrue(err.toString().contains(Messages.of(Language.ZH).get("cli.error.output.folder", folder)), err.toString());
        assertFalse(err.toString().contains("Exception"), "no raw exception text: " + err);
        assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void emptyPasswordFileIsRefused() throws Exception {
        Path secret = dir.resolve("empty.txt");
        Files.writeString(secret, "");
        Path pdf = dir.resolve("x.pdf");
        assertEquals(2, run("packet", caseFile.toString(), "-o", pdf.toString(), "--lang", "en",
                "--password-file", secret.toString()));
        assertTrue(err.toString().contains("is empty"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    private static String textOf(Path pdf, String password) throws Exception {
        try (PDDocument document = password == null ? Loader.loadPDF(pdf.toFile()) : Loader.loadPDF(pdf.toFile(), password)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
