package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving in a loop is killed (SIGKILL) at random moments. After every kill the case must load and
 * be exactly a version that was saved, never older than the last save the process reported complete.
 */
@org.junit.jupiter.api.Tag("slow")
class KillDuringSaveTest {
    /** 25 in the default test run; {@code -Dpermitguide.kills=300} for a longer run. */
    static final int KILLS = Integer.getInteger("permitguide.kills", 25);

    @TempDir
    Path data;

    /** Every field written for a version is derived from its number, so a mixed or partial file is caught. */
    static void stamp(FamilyCase familyCase, int version) {
        familyCase.setTitle("version " + version);
        familyCase.getChild().setGivenNames("Lily" + version);
        familyCase.setNotes(("note " + version + " ").repeat(400));
    }

    @Test
    void everyKillLeavesTheLastSavedOrTheNextVersion() throws Exception {
        Random random = new Random(20261125);
        int start = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            AtomicInteger lastSaved = new AtomicInteger(-1);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), data.toString(), Integer.toString(start))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> out.lines().filter(l -> l.startsWith("saved ")).forEach(l -> {
                lastSaved.set(Integer.parseInt(l.substring(6)));
                firstSave.countDown();
            }));
            reader.start();
            assertTrue(firstSave.await(30, TimeUnit.SECONDS), "the child process saves");
            Thread.sleep(50 + random.nextInt(400));
            // Through the handle: Process.destroyForcibly() would also close our end of the pipe and lose unread lines.
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            // Lines still in the pipe are read to its end, so "last reported saved" is really the last one.
            reader.join(60_000);
            assertFalse(reader.isAlive(), "the child's output was read to the end");

            LoadResult result = new CaseStore(data).loadAll();
            assertTrue(result.setAside().isEmpty(), "kill " + kill + " left an unreadable file: " + result.setAside());
            assertEquals(1, result.cases().size());
            FamilyCase loaded = result.cases().get(0);
            int version = Integer.parseInt(loaded.getTitle().substring("version ".length()));
            FamilyCase expected = new FamilyCase();
            stamp(expected, version);
            assertEquals(expected.getNotes(), loaded.getNotes(), "kill " + kill + ": a consistent version");
            assertEquals(expected.getChild().getGivenNames(), loaded.getChild().getGivenNames());
            int saved = lastSaved.get();
            assertTrue(version == saved || version == saved + 1,
                    "kill " + kill + ": loaded version " + version + ", last reported saved " + saved);
            start = version + 1;
        }
        // Killed saves leave their temporary files; the next start a minute later removes them all.
        new CaseStore(data, java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(2))).loadAll();
        try (var files = java.nio.file.Files.list(data.resolve("cases"))) {
            assertEquals(java.util.List.of("crash-test.json"), files.map(f -> f.getFileName().toString()).toList(), "no temporary files left");
        }
    }
}
