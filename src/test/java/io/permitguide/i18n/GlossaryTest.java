package io.permitguide.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts follow i18n/GLOSSARY.md: no bundle uses a variant the glossary rejects. */
class GlossaryTest {
    private static final Path I18N = Path.of("i18n");

    /** The rejected variants of one column (3 = Chinese, 4 = English) of the glossary's table. */
    private static List<String> rejected(int column) throws IOException {
        List<String> variants = new ArrayList<>();
        for (String line : Files.readAllLines(I18N.resolve("GLOSSARY.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (!line.startsWith("| ") || cells.length < 7 || cells[1].strip().equals("term (EN)")) {
                continue;
            }
            for (String variant : cells[column].split(" / ")) {
                if (!variant.isBlank() && !variant.strip().equals("-")) {
                    variants.add(variant.strip());
                }
            }
        }
        return variants;
    }

    private static List<String> uses(String language, List<String> variants) throws IOException {
        List<String> found = new ArrayList<>();
        for (String base : Messages.BUNDLES) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(I18N.resolve(base + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String key : texts.stringPropertyNames()) {
                for (String variant : variants) {
                    if (texts.getProperty(key).contains(variant)) {
                        found.add(base + "_" + language + ": " + key + " uses \"" + variant + "\"");
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theChineseTextsNeverUseARejectedVariant() throws IOException {
        List<String> variants = rejected(3);
        assertTrue(variants.containsAll(List.of("大陆", "打印照片", "本国领事馆", "申请材料包", "材料包", "回国")), variants.toString());
        List<String> found = uses("zh", variants);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void theEnglishTextsNeverUseARejectedVariant() throws IOException {
        List<String> variants = rejected(4);
        assertTrue(variants.contains("printed photo"), variants.toString());
        List<String> found = uses("en", variants);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
