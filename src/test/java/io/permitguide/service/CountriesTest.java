package io.permitguide.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The country lists of the forms: every country once, in the order a reader of the interface language expects. */
class CountriesTest {
    @Test
    void englishNamesAreInAlphabeticalOrderWhateverTheirAccents() {
        List<String> codes = Countries.sortedCodes(Language.EN);
        assertEquals(Countries.codes().size(), codes.size());
        assertTrue(codes.indexOf("DE") < codes.indexOf("GH"), "Germany before Ghana");
        assertTrue(codes.indexOf("AX") < codes.indexOf("AL"), "Åland Islands among the A's, before Albania");
        assertInCollatorOrder(codes, Language.EN);
    }

    @Test
    void chineseNamesAreInPinyinOrder() {
        List<String> codes = Countries.sortedCodes(Language.ZH);
        assertEquals(Countries.codes().size(), codes.size());
        // 美国 (mei) before 英国 (ying) before 中国 (zhong)
        assertTrue(codes.indexOf("US") < codes.indexOf("GB"));
        assertTrue(codes.indexOf("GB") < codes.indexOf("CN"));
        assertInCollatorOrder(codes, Language.ZH);
    }

    private static void assertInCollatorOrder(List<String> codes, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        List<String> names = codes.stream().map(code -> Countries.name(code, language)).toList();
        assertEquals(names.stream().sorted(Comparator.comparing(name -> name, collator)).toList(), names);
    }
}
