package io.permitguide.service.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date only from "yyyy-MM-dd" text with a four-digit year. Jackson's own reader also takes a number as days
 * since 1970 ({@code 20261231} became the year 57443) and arrays; a file with those is refused, naming the field.
 * Four-digit years keep every date arithmetic of the services (years, working days) far from LocalDate's limits.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser.currentToken(), parser,
                    "a date must be written as text yyyy-MM-dd, not %s", parser.currentToken());
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null; // an unanswered date, as a hand-made file may write it
        }
        if (SHAPE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                // falls through: no such day (2026-02-30)
            }
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date of the form yyyy-MM-dd");
    }
}
