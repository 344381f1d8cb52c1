package io.permitguide.service.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled city data follows its sources, and the validator refuses data that would show an unsourced or undated value. */
class CityProfilesTest {
    private static final CityProfiles CITIES = CityProfiles.bundled();
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH);

    private static CityProfile city(String id) {
        return CITIES.find(id).orElseGet(CITIES::fallback);
    }

    @Test
    void everyCitySourceHasItsTitlesInBothLanguagesAndBothDates() {
        for (CityProfile p : CITIES.all()) {
            for (Source s : p.sources()) {
                for (Messages m : List.of(EN, ZH)) {
                    assertTrue(m.has(s.titleKey()) && m.has(s.shortTitleKey()), p.id() + " " + s.key());
                }
                assertTrue(s.referenceZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        p.id() + " " + s.key() + ": the Chinese reference is Chinese");
                assertFalse(s.evidence().isBlank(), p.id() + " " + s.key());
                assertTrue(s.lastChecked() != null);
            }
        }
    }

    @Test
    void beijingRestrictsDestinationsAsTheFamilyWasToldIn2023() {
        CityProfile beijing = city("beijing");
        assertEquals(DestinationPolicy.PASSPORT_COUNTRY_ONLY, beijing.destinationPolicy());
        assertEquals("fieldReport", beijing.sourceOf(CityFigure.DESTINATION).orElseThrow().key());
        assertTrue(beijing.sourceOf(CityFigure.DESTINATION).orElseThrow().evidence().endsWith("2023"));
    }

    @Test
    void shanghaiOnlyHasASecondHandReportOnDestinationsSoItIsUnclear() {
        assertEquals(DestinationPolicy.UNCLEAR, city("shanghai").destinationPolicy());
    }

    @Test
    void theYearPermitIsReportedInGuangdongAndItsFeeComesFromTheNdrcNotice() {
        for (String id : List.of("shenzhen", "guangzhou")) {
            ValidityOption year = city(id).validity().stream().filter(ValidityOption::multipleEntry).findFirst().orElseThrow();
            assertEquals(12, year.months());
            assertTrue(year.reportedOnly());
            assertEquals("fieldReport", year.source());
            assertEquals("ndrcFee2017", year.feeSource(), id + ": 80 yuan is the NDRC fee, not a family's report");
        }
        assertTrue(EN.get("city.guangzhou.notes").contains("Guangdong"));
        assertFalse(EN.get("city.guangzhou.notes").contains("in Guangzhou"));
        assertFalse(EN.get("city.shenzhen.notes").contains("most families"), "one comment is not most families");
    }

    @Test
    void theLegalTimeLimitHasASourceInEveryCity() {
        for (CityProfile p : CITIES.all()) {
            assertTrue(p.sourceOf(CityFigure.LEGAL_LIMIT).isPresent(), p.id());
        }
    }

    @Test
    void valuesNoSourceBacksAreShownAsNotConfirmed() {
        String unconfirmed = EN.get("guide.figure.unconfirmed", "").strip();
        List<String> shenzhen = CityFigureText.costLines(city("shenzhen"), EN);
        String processing = shenzhen.stream().filter(l -> l.startsWith(EN.get("guide.figure.processing", 5))).findFirst().orElseThrow();
        assertTrue(processing.endsWith(unconfirmed), processing);
        List<String> beijingWhere = CityFigureText.whereLines(city("beijing"), EN);
        assertEquals(2, beijingWhere.size());
        beijingWhere.forEach(line -> assertTrue(line.endsWith(unconfirmed), line));
        String zhUnconfirmed = ZH.get("guide.figure.unconfirmed", "");
        assertTrue(CityFigureText.whereLines(city("guangzhou"), ZH).get(0).endsWith(zhUnconfirmed));
    }

    @Test
    void aSourcedValueNamesItsSourceAndTheDateOfTheEvidence() {
        List<String> beijing = CityFigureText.costLines(city("beijing"), EN);
        String processing = beijing.stream().filter(l -> l.startsWith(EN.get("guide.figure.processing", 7))).findFirst().orElseThrow();
        assertTrue(processing.contains(EN.get("source.fieldReport.short")) && processing.contains("2019-2023"), processing);
        String fee = beijing.stream().filter(l -> l.startsWith(EN.get("guide.figure.fee", 15))).findFirst().orElseThrow();
        assertTrue(fee.contains("2017-07-01"), fee);
        String shanghaiPhotos = CityFigureText.costLines(city("shanghai"), ZH).stream()
                .filter(l -> l.startsWith(ZH.get("guide.figure.photos", 3))).findFirst().orElseThrow();
        assertTrue(shanghaiPhotos.contains(ZH.get("source.shanghaiGuides2023.short")), shanghaiPhotos);
    }

    // ---- the validator ----

    private static DataFileException broken(String from, String to) throws Exception {
        String json = Files.readString(Path.of("resources/data/cities.json"));
        String changed = json.replaceFirst(from, to);
        assertFalse(changed.equals(json), "the test's pattern " + from + " matched nothing");
        return assertThrows(DataFileException.class,
                () -> CityProfiles.parse(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "cities.json"));
    }

    @Test
    void theValidatorRefusesASourceWithoutTheDateOfItsEvidence() throws Exception {
        assertTrue(broken("\"evidence\": \"2019-2023\",", "").getMessage().contains("evidence"));
        assertTrue(broken("\"evidence\": \"2019-2023\"", "\"evidence\": \"recently\"").getMessage().contains("evidence"));
        assertTrue(broken("\"evidence\": \"2019-2023\"", "\"evidence\": \"2027\"").getMessage().contains("after its lastChecked"));
        assertTrue(broken("\"evidence\": \"2019-2023\"", "\"evidence\": \"2023-2019\"").getMessage().contains("ends before"));
    }

    @Test
    void theValidatorRefusesASourceWithoutAChineseReference() throws Exception {
        assertTrue(broken("\"referenceZh\": \"[^\"]*\",", "").getMessage().contains("referenceZh"));
    }

    @Test
    void theValidatorRefusesAFigureOrFeeThatNamesNoSourceOfTheCity() throws Exception {
        assertTrue(broken("\"feeSource\": \"ndrcFee2017\"", "\"feeSource\": \"hearsay\"").getMessage().contains("hearsay"));
        assertTrue(broken("\"PROCESSING_DAYS\": \"fieldReport\"", "\"PROCESSING_DAYS\": \"hearsay\"").getMessage().contains("hearsay"));
        assertTrue(broken("\"PROCESSING_DAYS\": ", "\"WAITING_TIME\": ").getMessage().contains("WAITING_TIME"));
    }

    @Test
    void theValidatorRefusesTheSameSourceTwiceInOneCity() throws Exception {
        String json = Files.readString(Path.of("resources/data/cities.json"));
        int start = json.indexOf("{\n    \"key\": \"serviceGuide\"");
        int end = json.indexOf('}', start) + 1;
        String twice = json.substring(0, end) + "," + json.substring(start);
        DataFileException e = assertThrows(DataFileException.class,
                () -> CityProfiles.parse(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "cities.json"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void theValidatorRefusesAFirmDestinationPolicyWithoutASource() throws Exception {
        assertTrue(broken("\"DESTINATION\": \"fieldReport\",", "").getMessage().contains("DESTINATION"));
    }

    @Test
    void evidenceDatesComeInTheDocumentedForms() {
        LocalDate checked = LocalDate.of(2026, 12, 2);
        for (String good : List.of("2007", "2017-07-01", "2019-2023", "2023-05", "2023-05-20/2023-10-22")) {
            assertEquals(null, new Source("k", "r", "参考", good, checked).problem(), good);
        }
        for (String bad : List.of("", "2019–2023", "2017-13-01", "2026-12-03", "about 2020")) {
            assertTrue(new Source("k", "r", "参考", bad, checked).problem() != null, bad);
        }
        assertEquals("2023-05-20 – 2023-10-22", new Source("k", "r", "参考", "2023-05-20/2023-10-22", checked).evidenceText());
    }
}
