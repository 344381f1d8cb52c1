package io.permitguide.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file records what happened (a file set aside) without the passport or ID numbers involved. */
class LogPrivacyTest {
    static final String PASSPORT = "X9Q7Z3K1";
    static final String CHINESE_ID = "11010519491231002X";

    @TempDir
    Path data;

    @Test
    void logsNameTheProblemButNeverTheNumbers() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LogProbe.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        List<Path> logs;
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            logs = files.toList();
        }
        assertFalse(logs.isEmpty(), "the app writes a log file");
        String all = String.join("\n", logs.stream().map(LogPrivacyTest::read).toList());
        assertTrue(all.contains("damaged-by-hand.json"), "the log says which file was set aside: " + all);
        assertFalse(all.contains(PASSPORT), all);
        assertFalse(all.contains(CHINESE_ID), all);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
