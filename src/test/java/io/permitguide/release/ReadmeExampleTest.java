package io.permitguide.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.storage.CaseFileCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example case is a real case file: the app's own loader reads it, with what the README says is in it. */
class ReadmeExampleTest {
    private static final Path README = Path.of("README.md").toAbsolutePath();

    static String exampleCase() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## Case file format");
        assertTrue(section >= 0, "the README has a section on the case format");
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section), "the case format section has a ```json example");
        return block.group(1);
    }

    @Test
    void theExampleIsACaseFileTheAppReads() throws Exception {
        String json = exampleCase();
        assertTrue(json.startsWith("{"), "the example is the file alone, nothing printed before it");
        FamilyCase example = CaseFileCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("Lily – winter in Germany", example.getTitle());
        assertEquals("王丽梅", example.getChild().getChineseName());
        assertEquals(LocalDate.of(2019, 3, 5), example.getChild().getBirthDate());
        assertEquals("DE", example.getChild().getForeignPassports().get(0).getCountry());
        assertEquals(LocalDate.of(2027, 1, 20), example.getTrip().getDepartureDate());
    }

    @Test
    void theExampleIsTheCaseOfTheScreenshots() throws Exception {
        FamilyCase screenshots = CaseFileCodec.decode(
                Files.readAllBytes(README.resolveSibling("installer/screenshots/lily.pgcase")));
        FamilyCase example = CaseFileCodec.decode(exampleCase().getBytes(StandardCharsets.UTF_8));
        assertEquals(new String(CaseFileCodec.encode(screenshots), StandardCharsets.UTF_8).replaceAll("\"savedAt\" : \"[^\"]*\"", ""),
                new String(CaseFileCodec.encode(example), StandardCharsets.UTF_8).replaceAll("\"savedAt\" : \"[^\"]*\"", ""));
    }
}
