package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Before issue 18 an OutOfMemoryError killed the read-ahead and the window waited for it for good. */
    @Test
    void aReadAheadThatDiesOfAnErrorLetsTheWindowReadForItself() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        CaseStore dying = new CaseStore(data) {
            @Override
            public LoadResult loadAll() {
                throw new OutOfMemoryError("a 200 MB case");
            }
        };
        Runnable readAhead = StartupCases.readAhead(data, dying);
        Thread thread = new Thread(readAhead);
        thread.start();
        thread.join();

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> StartupCases.take(data, new CaseStore(data)));

        assertEquals(List.of("Summer trip"), titles(result));
    }

    @Test
    void aReadAheadThatNeverRunsHoldsTheWindowBackOnlyBriefly() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        StartupCases.readAhead(data); // registered, but its thread never gets to it

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> StartupCases.take(data, new CaseStore(data), Duration.ofMillis(200)));

        assertEquals(List.of("Summer trip"), titles(result));
    }

    @Test
    void theWindowsStoreSavesOverWhatTheReadAheadRead() throws Exception {
        new CaseStore(data).save(CaseStoreTest.sampleCase());
        StartupCases.readAhead(data).run();
        CaseStore windowStore = new CaseStore(data);
        FamilyCase loaded = StartupCases.take(data, windowStore).cases().get(0);

        loaded.setTitle("Edited");
        windowStore.save(loaded);

        assertEquals(List.of("Edited"), titles(new CaseStore(data).loadAll()));
    }

    private static List<String> titles(LoadResult result) {
        return result.cases().stream().map(FamilyCase::getTitle).sorted().toList();
    }
}
