package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.permitguide.model.FamilyCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectedCaseFileTest {
    @TempDir
    Path dir;

    @Test
    void aProtectedExportOpensWithItsPasswordOnly() throws Exception {
        FamilyCase original = CaseStoreTest.sampleCase();
        Path file = dir.resolve("lily.json");
        CaseFileCodec.writeProtected(original, file, "correct horse".toCharArray());

        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(onDisk.contains("A1234567"), "the passport number is not readable in the file");
        assertFalse(onDisk.contains("Wang"), "nor the name");

        CaseFileException plain = assertThrows(CaseFileException.class, () -> CaseFileCodec.read(file));
        assertEquals(CaseFileProblem.PROTECTED, plain.problem());
        CaseFileException wrong = assertThrows(CaseFileException.class, () -> CaseFileCodec.read(file, "wrong horse".toCharArray()));
        assertEquals(CaseFileProblem.WRONG_PASSWORD, wrong.problem());

        FamilyCase opened = CaseFileCodec.read(file, "correct horse".toCharArray());
        assertEquals(original.getId(), opened.getId());
        assertEquals("A1234567", opened.getChild().getForeignPassports().get(0).getNumber());
    }

    @Test
    void aChangedProtectedFileIsRefusedNotMisread() throws Exception {
        Path file = dir.resolve("lily.json");
        CaseFileCodec.writeProtected(CaseStoreTest.sampleCase(), file, "correct horse".toCharArray());
        String text = Files.readString(file);
        int at = text.indexOf("\"data\"") + 12;
        char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(file, text.substring(0, at) + flipped + text.substring(at + 1));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileCodec.read(file, "correct horse".toCharArray()));
        assertEquals(CaseFileProblem.WRONG_PASSWORD, e.problem());
    }

    @Test
    void aPlainFileIsReadEvenWhenAPasswordIsGiven() throws Exception {
        Path file = dir.resolve("plain.json");
        CaseFileCodec.write(CaseStoreTest.sampleCase(), file);
        assertEquals("Wang", CaseFileCodec.read(file, "anything".toCharArray()).getChild().getFamilyName());
    }
}
