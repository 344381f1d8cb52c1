package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBackupsTest {
    @TempDir
    Path data;

    /** A clock the test moves forward by hand. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-25T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void editsOverTimeLeaveAFewEarlierVersionsAndARestoreBringsOneBack() throws Exception {
        StepClock clock = new StepClock();
        CaseStore store = new CaseStore(data, clock);
        FamilyCase c = CaseStoreTest.sampleCase();
        for (int i = 0; i < 30; i++) {
            c.setNotes("edit " + i);
            store.save(c);
            clock.advance(Duration.ofMinutes(4));
        }
        List<Backup> backups = store.backups(c);
        assertEquals(CaseBackups.KEPT, backups.size(), "only the newest few are kept");
        assertTrue(backups.get(0).savedAt().isAfter(backups.get(1).savedAt()), "newest first");

        FamilyCase restored = store.restore(c, backups.get(1));
        String restoredNotes = restored.getNotes();
        assertTrue(restoredNotes.startsWith("edit ") && !restoredNotes.equals("edit 29"), restoredNotes);
        assertEquals(c.getId(), restored.getId());
        assertEquals(restoredNotes, store.loadAll().cases().get(0).getNotes(), "the restored version is now the saved one");
        assertTrue(store.backups(c).stream().anyMatch(b -> {
            try {
                return CaseFileCodec.read(b.file()).getNotes().equals("edit 29");
            } catch (CaseFileException e) {
                return false;
            }
        }), "the version replaced by the restore is itself kept");
    }

    @Test
    void rapidSavesDoNotFloodTheBackups() throws Exception {
        StepClock clock = new StepClock();
        CaseStore store = new CaseStore(data, clock);
        FamilyCase c = CaseStoreTest.sampleCase();
        for (int i = 0; i < 50; i++) {
            c.setNotes("keystroke " + i);
            store.save(c);
            clock.advance(Duration.ofMillis(500));
        }
        assertEquals(1, store.backups(c).size());
    }
}
