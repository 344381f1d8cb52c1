package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows or two copies of the app on one data folder: no save is ever lost silently (issue 18, item 3). */
@org.junit.jupiter.api.Tag("slow")
class SaveConflictTest {
    @TempDir
    Path data;

    @Test
    void aSaveOverAFileChangedSinceItWasReadIsRefused() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        CaseStore first = new CaseStore(data);
        CaseStore second = new CaseStore(data);
        FamilyCase inFirst = first.loadAll().cases().get(0);
        FamilyCase inSecond = second.loadAll().cases().get(0);

        inFirst.getParents().get(0).setPassportNumber("E99999999"); // the corrected passport number
        first.save(inFirst);
        inSecond.setNotes("typed in the other window");

        assertThrows(CaseChangedOnDiskException.class, () -> second.save(inSecond));
        assertEquals("E99999999", new CaseStore(data).loadAll().cases().get(0).getParents().get(0).getPassportNumber(),
                "the first window's save is still on disk");
    }

    @Test
    void reloadGivesTheVersionOnDiskAndSavesGoOnFromIt() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        CaseStore first = new CaseStore(data);
        CaseStore second = new CaseStore(data);
        FamilyCase inFirst = first.loadAll().cases().get(0);
        FamilyCase inSecond = second.loadAll().cases().get(0);
        inFirst.setNotes("first");
        first.save(inFirst);
        inSecond.setNotes("second");
        assertThrows(CaseChangedOnDiskException.class, () -> second.save(inSecond));

        FamilyCase reloaded = second.reload(inSecond);
        assertEquals("first", reloaded.getNotes());
        reloaded.setNotes("first, then second");
        second.save(reloaded);

        assertEquals("first, then second", new CaseStore(data).loadAll().cases().get(0).getNotes());
    }

    @Test
    void keepBothSavesTheRefusedVersionAsANewCase() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        CaseStore first = new CaseStore(data);
        CaseStore second = new CaseStore(data);
        FamilyCase inFirst = first.loadAll().cases().get(0);
        FamilyCase inSecond = second.loadAll().cases().get(0);
        String id = inFirst.getId();
        inFirst.setNotes("first");
        first.save(inFirst);
        inSecond.setNotes("second");
        assertThrows(CaseChangedOnDiskException.class, () -> second.save(inSecond));

        FamilyCase onDisk = second.reload(inSecond);
        second.saveAsCopy(inSecond);

        assertEquals("first", onDisk.getNotes());
        assertFalse(inSecond.getId().equals(id));
        Set<String> notes = new CaseStore(data).loadAll().cases().stream().map(FamilyCase::getNotes).collect(Collectors.toSet());
        assertEquals(Set.of("first", "second"), notes);
    }

    @Test
    void aSaveOverAFileThisStoreNeverReadIsRefused() throws Exception {
        FamilyCase c = CaseStoreTest.sampleCase();
        new CaseStore(data).save(c);
        FamilyCase sameFile = CaseStoreTest.sampleCase();
        sameFile.setId(c.getId());

        assertThrows(CaseChangedOnDiskException.class, () -> new CaseStore(data).save(sameFile));
    }

    @Test
    void idsThatShareAFileNameGetANewIdOnImport() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase first = CaseStoreTest.sampleCase();
        first.setId("a/b");
        store.save(first);
        FamilyCase imported = CaseStoreTest.sampleCase();
        imported.setId("a_b");
        imported.setTitle("Imported");

        assertTrue(store.giveUnusedIdForImport(imported));
        store.save(imported);

        assertEquals(2, new CaseStore(data).loadAll().cases().size(), "both cases kept");
        FamilyCase fresh = CaseStoreTest.sampleCase();
        assertFalse(store.giveUnusedIdForImport(fresh), "an id whose file is free is kept");
    }

    /** Two JVMs add their own notes to one case as fast as they can; every save either stays in the file or was refused. */
    @Test
    void twoProcessesEditingOneCaseLoseNoSave() throws Exception {
        FamilyCase shared = CaseStoreTest.sampleCase();
        shared.setId("shared");
        shared.setNotes("");
        new CaseStore(data).save(shared);
        int edits = 150;
        List<Process> processes = new ArrayList<>();
        for (String name : List.of("A", "B")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentEditor.class.getName(), data.toString(), name,
                    Integer.toString(edits)).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process process : processes) {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            outputs.add(out);
        }
        for (Process process : processes) {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
        }
        List<String> saved = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            try (BufferedReader out = outputs.get(i)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("saved ")) {
                        saved.add(line.substring(6));
                    } else if (line.startsWith("refused ")) {
                        refused += Integer.parseInt(line.substring(8));
                    }
                }
            }
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
        }

        List<String> inFile = List.of(new CaseStore(data).loadAll().cases().get(0).getNotes().trim().split(" "));

        assertEquals(2 * edits, saved.size());
        List<String> lost = saved.stream().filter(token -> !inFile.contains(token)).toList();
        assertEquals(List.of(), lost, "saves reported done but missing from the file (" + refused + " saves were refused)");
        System.out.println("Two processes: " + saved.size() + " saves kept, " + refused + " refused and redone");
    }
}
