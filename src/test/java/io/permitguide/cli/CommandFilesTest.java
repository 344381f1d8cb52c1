package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the commands read and write: never the case itself, a device, a pipe or a link; clear messages. */
class CommandFilesTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dir;

    private Path data;
    private Path caseFile;
    private byte[] caseBytes;
    private String previousData;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        previousData = System.getProperty(DataFolder.PROPERTY);
        data = dir.resolve("data");
        System.setProperty(DataFolder.PROPERTY, data.toString());
        FamilyCase familyCase = new FamilyCase();
        familyCase.setTitle("Mia");
        familyCase.getResidence().setCity("beijing");
        familyCase.getTrip().setDepartureDate(LocalDate.parse("2024-02-20"));
        caseFile = dir.resolve("mia.json");
        caseBytes = CaseFileCodec.encode(familyCase);
        Files.write(caseFile, caseBytes);
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
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertRefused(String key, Path output, String... command) throws Exception {
        assertEquals(2, run(command), out + "\n" + err);
        assertTrue(err.toString().contains(EN.get(key, output)), err.toString());
        assertFalse(err.toString().contains("Usage"), "a file error is not a usage error: " + err);
        assertArrayEquals(caseBytes, Files.readAllBytes(caseFile), "the case is untouched");
    }

    @Test
    void packetAndCalendarNeverWriteOverTheCaseItself() throws Exception {
        assertRefused("cli.error.output.isInput", caseFile, "packet", caseFile.toString(), "-o", caseFile.toString(), "--lang", "en");
        assertRefused("cli.error.output.isInput", caseFile, "calendar", caseFile.toString(), "-o", caseFile.toString(),
                "--today", "2024-02-01", "--lang", "en");
        // The same file under another spelling of its name.
        Path other = dir.resolve("sub/../mia.json");
        Files.createDirectories(dir.resolve("sub"));
        assertRefused("cli.error.output.isInput", other, "packet", caseFile.toString(), "-o", other.toString(), "--lang", "en");
    }

    @Test
    void anotherCaseFileOrTheSavedCasesAreRefused() throws Exception {
        Path otherCase = dir.resolve("leo.pgcase");
        Files.write(otherCase, caseBytes);
        assertRefused("cli.error.output.isCase", otherCase, "packet", caseFile.toString(), "-o", otherCase.toString(), "--lang", "en");

        CaseStore store = new CaseStore(data);
        store.save(CaseFileCodec.read(caseFile));
        Path inCases = store.casesDir().resolve("packet.pdf");
        assertRefused("cli.error.output.inCases", inCases, "packet", caseFile.toString(), "-o", inCases.toString(), "--lang", "en");
        assertFalse(Files.exists(inCases));
    }

    @Test
    void aDeviceAFolderOrALinkIsRefused() throws Exception {
        Path device = Path.of("/dev/null");
        assertRefused("cli.error.output.notAFile", device, "calendar", caseFile.toString(), "-o", device.toString(),
                "--today", "2024-02-01", "--lang", "en");
        assertFalse(Files.isRegularFile(device), "still a device");

        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertRefused("cli.error.output.folder", folder, "calendar", caseFile.toString(), "-o", folder.toString(),
                "--today", "2024-02-01", "--lang", "en");

        Path target = Files.writeString(dir.resolve("target.pdf"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), target);
        assertRefused("cli.error.output.symlink", link, "packet", caseFile.toString(), "-o", link.toString(), "--lang", "en");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("keep", Files.readString(target));
    }

    @Test
    void aFifoAsTheCaseFileIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(2, run("assess", fifo.toString(), "--lang", "en"));
            assertEquals(2, run("calendar", fifo.toString(), "-o", dir.resolve("c.ics").toString(), "--lang", "en"));
        });
        assertTrue(err.toString().contains(EN.get("cli.error.notAFile", fifo)), err.toString());
        assertFalse(err.toString().contains("Usage"), err.toString());
    }

    @Test
    void aMissingOrDamagedCaseGetsItsMessageWithoutTheUsageText() throws Exception {
        assertEquals(2, run("checklist", dir.resolve("none.json").toString(), "--lang", "en"));
        assertTrue(err.toString().contains(EN.get("cli.error.noSuchFile", dir.resolve("none.json"))), err.toString());
        assertFalse(err.toString().contains("Usage"), err.toString());
        Files.writeString(caseFile, "{not json");
        assertEquals(2, run("timeline", caseFile.toString(), "--lang", "en"));
        assertFalse(err.toString().contains("Usage"), err.toString());
        // A usage mistake still shows how to use the command.
        assertEquals(2, run("timeline", "--lang", "en"));
        assertTrue(err.toString().contains("Usage"), err.toString());
    }

    @Test
    void aCalendarThatCannotBeWrittenSaysWhyInTheUsersLanguage() throws Exception {
        // A file where a folder should be: the write fails whoever runs the test (root included).
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Path ics = blocker.resolve("mia.ics");
        assertEquals(1, run("calendar", caseFile.toString(), "-o", ics.toString(), "--today", "2024-02-01", "--lang", "zh"));
        String message = err.toString();
        assertTrue(message.startsWith(Messages.of(Language.ZH).get("cli.error.writeFailed", ics, "")), message);
        assertFalse(message.contains(".tmp") || message.contains("Exception") || message.contains("Usage"), message);
    }
}
