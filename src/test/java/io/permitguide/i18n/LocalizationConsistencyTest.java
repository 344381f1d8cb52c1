package io.permitguide.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages, and every key the code or the views ask for exists. A missing key
 * would show a raw key or crash a view at a user's desk.
 */
class LocalizationConsistencyTest {
    private static final Path I18N = Path.of("i18n");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        for (String base : Messages.BUNDLES) {
            Set<String> en = load(I18N.resolve(base + "_en.properties")).stringPropertyNames();
            Set<String> zh = load(I18N.resolve(base + "_zh.properties")).stringPropertyNames();
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            assertTrue(onlyEn.isEmpty() && onlyZh.isEmpty(), base + ": only in English " + onlyEn + ", only in Chinese " + onlyZh);
        }
    }

    @Test
    void everyBundleFileOnDiskIsMergedIntoTheMessages() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            Set<String> onDisk = new TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_en.properties")).map(n -> n.substring(0, n.length() - "_en.properties".length())).toList());
            assertEquals(onDisk, new TreeSet<>(Messages.BUNDLES));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String base : Messages.BUNDLES) {
            for (String key : load(I18N.resolve(base + "_en.properties")).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(base + ":" + key);
                }
            }
        }
        assertTrue(twice.isEmpty(), "keys defined twice: " + twice);
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        List<String> untranslated = new ArrayList<>();
        Pattern han = Pattern.compile("\\p{IsHan}");
        for (String base : Messages.BUNDLES) {
            Properties zh = load(I18N.resolve(base + "_zh.properties"));
            for (String key : zh.stringPropertyNames()) {
                String text = zh.getProperty(key);
                if (text.matches(".*\\p{IsLatin}{4,}.*") && !han.matcher(text).find() && !key.startsWith("source.") && !key.endsWith(".reference")) {
                    untranslated.add(base + ":" + key + "=" + text);
                }
            }
        }
        assertTrue(untranslated.size() <= 12, "Chinese texts without any Chinese: " + untranslated);
    }

    @Test
    void textsWithPlaceholdersKeepTheirApostrophes() throws IOException {
        // MessageFormat reads a single ' as a quote and drops it: "the bureau's" would print as "the bureaus".
        List<String> broken = new ArrayList<>();
        for (String base : Messages.BUNDLES) {
            for (String language : List.of("en", "zh")) {
                Properties texts = load(I18N.resolve(base + "_" + language + ".properties"));
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                        broken.add(base + "_" + language + ":" + key);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "use ’ or '' in: " + broken);
    }

    @Test
    void everyKeyUsedInTheViewsExists() throws IOException {
        Messages en = Messages.of(Language.EN);
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> views = Files.walk(Path.of("resources", "fxml"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = key.matcher(Files.readString(view));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(view.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Messages en = Messages.of(Language.EN);
        List<String> missing = new ArrayList<>();
        Pattern call = Pattern.compile("(?:messages|messages\\(\\)|Messages\\.of\\([^)]*\\))\\.get\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void everyEnumShownToTheUserHasAName() {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        List<Class<? extends Enum<?>>> shown = List.of(io.permitguide.model.Sex.class, io.permitguide.model.ParentRole.class,
                io.permitguide.model.MarriagePlace.class, io.permitguide.model.Whereabouts.class, io.permitguide.model.TravelFrequency.class,
                io.permitguide.model.TripPurpose.class, io.permitguide.model.ApplicationType.class, io.permitguide.model.ItemState.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertTrue(en.containsKey("enum." + type.getSimpleName() + "." + value.name()), value.toString());
                assertTrue(!en.of(value).equals(zh.of(value)), "translated: " + value);
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
