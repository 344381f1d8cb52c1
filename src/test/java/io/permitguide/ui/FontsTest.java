package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.storage.SettingsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window's text on a machine with no font at all but the app's own (as a fresh machine without a Chinese font):
 * Latin punctuation has Latin widths, not the full width of a CJK glyph, and Chinese (a name typed in English, every
 * label in Chinese) is drawn, from the bundled CJK font. Each language starts the real window in a JVM of its own with
 * fontconfig pointed at an empty font folder: JavaFX reads its font fallbacks once per process, so a test JVM that
 * drew text before would not say what a user sees.
 */
class FontsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void latinPunctuationIsNarrowAndChineseIsDrawnFromTheBundledFont(Language language) throws Exception {
        List<Measured> fonts = measureInFreshWindow(language);
        assertFalse(fonts.isEmpty());
        for (Measured font : fonts) {
            double em = font.size();
            // A CJK glyph is one em wide; a missing glyph (a box) is drawn narrower and looks the same for every character.
            assertEquals(em, font.han(), em * 0.1, font + ": 中 is a CJK glyph");
            assertEquals(em, font.ming(), em * 0.1, font + ": 名 is a CJK glyph");
            assertTrue(font.hanDiffersFromMing(), font + ": 中 and 名 are drawn as themselves, not as boxes");
            if (language == Language.ZH) {
                // Chinese punctuation (。、) must come from the CJK face: where the system has other fonts with those
                // characters (Noto Sans Yi, Mongolian ...), JavaFX's fallback took them, narrow and raised.
                assertTrue(font.name().startsWith(Fonts.CJK_FAMILY), font + ": the Chinese interface is set in the CJK face");
            } else {
                assertTrue(font.name().startsWith(Fonts.LATIN_FAMILY), font + ": the English interface is set in the Latin face");
                assertTrue(font.apostrophe() < 0.4 * em, font + ": ’ has a Latin width");
                assertTrue(font.ellipsis() < 0.9 * em, font + ": … has a Latin width");
            }
        }
    }

    private List<Measured> measureInFreshWindow(Language language) throws Exception {
        Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        Path config = Files.writeString(dir.resolve("fonts.conf"), """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>
                """.formatted(noFonts, dir.resolve("cache")));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(Probe.class.getName(), dir.resolve("data").toString(), language.name()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> line.startsWith("font|")).map(Measured::parse).toList();
    }

    /** Widths in pixels of a few characters in one of the window's fonts. */
    record Measured(String name, double size, double apostrophe, double ellipsis, double han, double ming,
            boolean hanDiffersFromMing) {
        static Measured parse(String line) {
            String[] f = line.split("\\|");
            return new Measured(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Boolean.parseBoolean(f[7]));
        }
    }

    /** Starts the window as the app does (the opening view, then the main view) and measures the fonts it uses. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Path data = Path.of(args[0]);
            new SettingsStore(data).save(new SettingsStore.Settings(Language.valueOf(args[1]), null, null));
            CompletableFuture<List<String>> lines = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    lines.complete(measure(data));
                } catch (Throwable e) {
                    lines.completeExceptionally(e);
                }
            });
            lines.get(40, TimeUnit.SECONDS).forEach(System.out::println);
            System.exit(0);
        }

        private static List<String> measure(Path data) throws IOException {
            Stage stage = new Stage();
            MainWindow.showOpening(stage);
            AppSession session = new AppSession(data);
            session.load();
            new MainWindow(session, stage).open(MainWindow.loadView(session));
            Set<Font> fonts = new LinkedHashSet<>();
            collect(stage.getScene().getRoot(), fonts);
            // Where a family types a Chinese name or picks a date: with the window's stylesheets, as in its sections.
            Stage inputs = new Stage();
            inputs.setScene(new Scene(new VBox(new TextField("周小明"), new DatePicker())));
            inputs.getScene().getStylesheets().setAll(stage.getScene().getStylesheets());
            inputs.show();
            collect(inputs.getScene().getRoot(), fonts);
            List<String> lines = new ArrayList<>();
            for (Font font : fonts) {
                lines.add(String.join("|", "font", font.getName(), String.valueOf(font.getSize()),
                        String.valueOf(width("’", font)), String.valueOf(width("…", font)), String.valueOf(width("中", font)),
                        String.valueOf(width("名", font)), String.valueOf(!Arrays.equals(pixels("中", font), pixels("名", font)))));
            }
            return lines;
        }

        private static void collect(Node node, Set<Font> fonts) {
            node.applyCss();
            node.lookupAll("*").forEach(n -> {
                if (n instanceof Labeled labeled) {
                    fonts.add(labeled.getFont());
                } else if (n instanceof TextField field) {
                    fonts.add(field.getFont());
                }
            });
        }

        private static double width(String text, Font font) {
            Text node = new Text(text);
            node.setFont(font);
            return node.getLayoutBounds().getWidth();
        }

        private static int[] pixels(String text, Font font) {
            Text node = new Text(text);
            node.setFont(font);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            WritableImage image = node.snapshot(parameters, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
            return argb;
        }
    }
}
