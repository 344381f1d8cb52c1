package io.permitguide.service.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    @Test
    void theBundledRulesLoadAndEveryTextExistsInBothLanguages() {
        RuleBook book = RuleBook.bundled();
        assertTrue(book.rules().size() > 20);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (Rule rule : book.rules()) {
                assertTrue(messages.containsKey(rule.textKey()), language + " " + rule.textKey());
                rule.sources().forEach(s -> assertTrue(messages.containsKey(book.source(s).titleKey()), s));
                String pattern = messages.getString(rule.textKey());
                int placeholders = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                assertEquals(rule.args().size(), placeholders, language + " " + rule.textKey() + " quotes as many values as the rule names");
                if (!rule.args().isEmpty()) {
                    // With values, the text goes through MessageFormat, which would swallow a single apostrophe.
                    assertFalse(pattern.replace("''", "").contains("'"), language + " " + rule.textKey() + " needs '' for an apostrophe");
                }
            }
        }
    }

    private static DataFileException broken(String from, String to) throws Exception {
        String json = Files.readString(Path.of("resources/data/rules.json")).replaceFirst(from, to);
        return assertThrows(DataFileException.class,
                () -> RuleBook.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rules.json"));
    }

    @Test
    void aMistakeInTheRulesNamesTheFileAndTheProblem() throws Exception {
        DataFileException unknownFact = broken("\"HAS_CHINESE_PARENT\"", "\"HAS_CHINESE_PARNET\"");
        assertTrue(unknownFact.getMessage().startsWith("rules.json: ") && unknownFact.getMessage().contains("HAS_CHINESE_PARNET"),
                unknownFact.getMessage());
        DataFileException unknownSource = broken("\"sources\": \\[\\s*\"nationalityLaw1980\"", "\"sources\": [\"lawOfNowhere\"");
        assertTrue(unknownSource.getMessage().contains("lawOfNowhere"), unknownSource.getMessage());
        DataFileException duplicate = broken("\"id\": \"bornAbroadParentSettled\"", "\"id\": \"noChineseParent\"");
        assertTrue(duplicate.getMessage().contains("defined twice"), duplicate.getMessage());
        DataFileException unknownDetail = broken("\"args\": \\[", "\"args\": [\"FLIGHT_NUMBER\", ");
        assertTrue(unknownDetail.getMessage().contains("FLIGHT_NUMBER"), unknownDetail.getMessage());
        DataFileException notJson = broken("\\{", "[[");
        assertTrue(notJson.getMessage().startsWith("rules.json: "), notJson.getMessage());
    }
}
