package io.permitguide.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInputTest {
    @Test
    void yearFirstFormsInBothLanguagesAreRead() {
        LocalDate expected = LocalDate.of(2026, 3, 5);
        for (String text : new String[] {"2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日", " 2026 - 3 - 5 "}) {
            assertEquals(Optional.of(expected), DateInput.parse(text), text);
        }
    }

    @Test
    void ambiguousAndImpossibleDatesAreNotGuessed() {
        for (String text : new String[] {"5/3/2026", "03/05/2026", "2026-02-30", "2026-13-01", "tomorrow", ""}) {
            assertTrue(DateInput.parse(text).isEmpty(), text);
        }
    }

    @Test
    void datesAreWrittenIsoSoBothLanguagesReadThemTheSame() {
        assertEquals("2026-03-05", DateInput.format(LocalDate.of(2026, 3, 5)));
        assertEquals("", DateInput.format(null));
    }
}
