package io.permitguide.service.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.Launcher;
import io.permitguide.service.storage.DataFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two starts on one data folder, as two processes: the second hands its file to the first and exits. */
class SingleWindowTest {
    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    /** Stands for the open window: claims the data folder, then prints what later starts send it. */
    public static final class WindowStandIn {
        public static void main(String[] args) throws Exception {
            SingleWindow.decideInBackground(Path.of(args[0]), List.of(), Duration.ofSeconds(10));
            if (SingleWindow.handedOver()) {
                System.out.println("handed over");
                return;
            }
            SingleWindow.onOpenRequest(files -> {
                System.out.println("received " + files);
                System.out.flush();
            });
            System.out.println("window");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(p -> p.toHandle().destroyForcibly());
    }

    private Process java(Path data, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        // The real launcher starts JavaFX before it learns it is the second start: headless here, as in the UI tests.
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(DataFolder.ENV, data.toString());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void aSecondStartHandsItsFileToTheOpenWindowAndExits() throws Exception {
        Path data = dir.resolve("data");
        Process window = java(data, WindowStandIn.class, data.toString());
        BufferedReader windowSays = lines(window);
        assertEquals("window", windowSays.readLine());

        Path file = Files.writeString(dir.resolve("小明.pgcase"), "{}");
        // The real launcher, as the desktop starts it on a double-click.
        Process second = java(data, Launcher.class, file.toString());
        assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second start exits");
        assertEquals(0, second.exitValue());
        assertEquals("received [" + file.toAbsolutePath() + "]", windowSays.readLine());

        // Started again with no file: it only brings the window to the front.
        Process third = java(data, Launcher.class);
        assertTrue(third.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue());
        assertEquals("received []", windowSays.readLine());
        assertTrue(window.isAlive());
    }

    @Test
    void aKilledWindowDoesNotBlockTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Process first = java(data, WindowStandIn.class, data.toString());
        assertEquals("window", lines(first).readLine());
        Path socket = data.resolve(SingleWindow.SOCKET_FILE);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50); // it listens on a thread of its own
        }
        first.toHandle().destroyForcibly();
        first.waitFor();
        assertTrue(Files.exists(socket), "the killed window left its socket file");

        long start = System.nanoTime();
        Process next = java(data, WindowStandIn.class, data.toString());
        BufferedReader nextSays = lines(next);
        assertEquals("window", nextSays.readLine(), "the next start becomes the window");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8), "without waiting for the dead one");

        Process later = java(data, WindowStandIn.class, data.toString());
        assertEquals("handed over", lines(later).readLine());
        assertEquals("received []", nextSays.readLine());
    }
}
