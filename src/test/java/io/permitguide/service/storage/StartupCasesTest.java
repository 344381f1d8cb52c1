package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCasesTest {
    @TempDir
    Path data;

    @Test
    void theWindowGetsTheCasesReadAheadOnceThenReadsForItself() throws Exception {
        CaseStore store = new CaseStore(data);
        store.save(CaseStoreTest.sampleCase());
        Runnable readAhead = StartupCases.readAhead(data);
        readAhead.run();
        // A case saved after the read-ahead is missing from its result, which shows where the answer came from.
        FamilyCase later = CaseStoreTest.sampleCase();
        later.setTitle("Later");
        store.save(later);

        List<String> first = titles(StartupCases.take(data, store));
        List<String> second = titles(StartupCases.take(data, store));

        assertEquals(List.of("Summer trip"), first);
        assertEquals(2, second.size(), "the read-ahead is handed out once; later loads read the folder");
    }

    @Test
    void anotherDataFolderIsReadDirectly(@TempDir Path other) throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        StartupCases.readAhead(data).run();

        LoadResult result = StartupCases.take(other, new CaseStore(other));

        assertTrue(result.cases().isEmpty(), "the other folder has no cases; the read-ahead's case must not appear");
    }

    private static List<String> titles(LoadResult result) {
        return result.cases().stream().map(FamilyCase::getTitle).sorted().toList();
    }
}
