package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Passport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreTest {
    @TempDir
    Path data;

    static FamilyCase sampleCase() {
        FamilyCase c = new FamilyCase();
        c.setTitle("Summer trip");
        c.getChild().setFamilyName("Wang");
        c.getChild().setGivenNames("Lily");
        c.getChild().setChineseName("王丽丽");
        c.getChild().setBirthDate(LocalDate.of(2019, 3, 5));
        c.getChild().getForeignPassports().add(new Passport("US", "A1234567", LocalDate.of(2029, 6, 30)));
        c.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
        return c;
    }

    @Test
    void aSavedCaseLoadsBackEqualInEveryField() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase saved = sampleCase();
        store.save(saved);
        LoadResult result = store.loadAll();
        assertEquals(1, result.cases().size());
        assertEquals(withoutSaveTime(CaseFileCodec.encode(saved)), withoutSaveTime(CaseFileCodec.encode(result.cases().get(0))));
        assertTrue(result.setAside().isEmpty());
    }

    /** The envelope records when it was written; everything else must match. */
    private static String withoutSaveTime(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).replaceAll("\"savedAt\" : \"[^\"]*\"", "");
    }

    @Test
    void datesAreWrittenAsIsoTextInAVersionedEnvelope() throws Exception {
        String json = new String(CaseFileCodec.encode(sampleCase()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\" : \"permit-guide-case\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(json.contains("\"birthDate\" : \"2019-03-05\""), json);
    }

    @Test
    void aDamagedFileIsSetAsideAndTheOthersStillLoad() throws Exception {
        CaseStore store = new CaseStore(data);
        store.save(sampleCase());
        Path broken = store.casesDir().resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"child\":");
        Path notOurs = store.casesDir().resolve("other.json");
        Files.writeString(notOurs, "{\"name\":\"something else\"}");
        Path wrongTypes = store.casesDir().resolve("wrong-types.json");
        Files.writeString(wrongTypes, "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"x\",\"child\":{\"birthDate\":\"5th of May\"}}}");
        Path newer = store.casesDir().resolve("newer.json");
        Files.writeString(newer, "{\"format\":\"permit-guide-case\",\"version\":99,\"familyCase\":{}}");

        LoadResult result = store.loadAll();

        assertEquals(1, result.cases().size());
        assertEquals(4, result.setAside().size());
        assertFalse(Files.exists(broken));
        for (SetAsideFile file : result.setAside()) {
            assertTrue(Files.exists(file.movedTo()), "kept, not deleted: " + file.movedTo());
        }
        assertEquals(Set.of(CaseFileProblem.NOT_JSON, CaseFileProblem.BAD_DATE, CaseFileProblem.NOT_A_CASE, CaseFileProblem.NEWER_VERSION),
                Set.copyOf(result.setAside().stream().map(SetAsideFile::problem).toList()));
        assertEquals(1, store.loadAll().cases().size(), "a second start finds the good case again and nothing else");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void caseFilesAndTheirFolderAreReadableOnlyByTheUser() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase c = sampleCase();
        store.save(c);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(store.pathOf(c)));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                Files.getPosixFilePermissions(store.casesDir()));
    }

    @Test
    void savingReplacesTheFileWithoutLeavingTemporaryFiles() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase c = sampleCase();
        store.save(c);
        c.getChild().setGivenNames("Lily Mei");
        store.save(c);
        try (var files = Files.list(store.casesDir())) {
            assertEquals(1, files.count());
        }
        assertEquals("Lily Mei", store.loadAll().cases().get(0).getChild().getGivenNames());
    }

    @Test
    void aDeletedCaseIsMovedAsideNotErased() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase c = sampleCase();
        store.save(c);
        store.delete(c);
        assertTrue(store.loadAll().cases().isEmpty());
        try (var files = Files.list(data.resolve("deleted"))) {
            assertEquals(1, files.count());
        }
    }

    /** Killed saves left full copies of the case as temporary files, never cleaned (issue 18, item 7). */
    @Test
    void staleTemporaryFilesOfKilledSavesAreRemovedAtTheNextLoad() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase c = sampleCase();
        store.save(c);
        Path stale = store.casesDir().resolve("." + store.pathOf(c).getFileName() + ".123.tmp");
        Path young = store.casesDir().resolve("." + store.pathOf(c).getFileName() + ".456.tmp");
        Files.write(stale, CaseFileCodec.encode(c));
        Files.write(young, CaseFileCodec.encode(c));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5 * 60_000));

        new CaseStore(data).loadAll();

        assertFalse(Files.exists(stale), "a temporary file older than a minute is a killed save's");
        assertTrue(Files.exists(young), "a young one may be another process's save in progress");
    }

    /** The data folder and backups/ were created 0755 (issue 18, item 9). */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theDataFolderAndEveryFolderInItAreCreatedForTheUserOnly() throws Exception {
        Path fresh = data.resolve("new-home").resolve("permit-guide");
        CaseStore store = new CaseStore(fresh, java.time.Clock.systemUTC());
        FamilyCase c = sampleCase();
        store.save(c);
        c.setNotes("second");
        store.save(c); // keeps the first as a backup
        Set<PosixFilePermission> owner = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        for (Path dir : List.of(fresh.getParent(), fresh, fresh.resolve("cases"), fresh.resolve("backups"))) {
            assertEquals(owner, Files.getPosixFilePermissions(dir), dir.toString());
        }
        try (var backups = Files.walk(fresh.resolve("backups"))) {
            for (Path path : backups.toList()) {
                assertEquals(Files.isDirectory(path) ? owner : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(path), path.toString());
            }
        }
    }
}
