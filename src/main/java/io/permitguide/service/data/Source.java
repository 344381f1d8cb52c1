package io.permitguide.service.data;

import java.time.LocalDate;

/**
 * Where a rule or figure comes from. {@code key} names the source's title in the {@code sources} bundle
 * ({@code source.<key>}); {@code reference} is a citation or address; {@code lastChecked} is when the
 * project last compared the app with it.
 */
public record Source(String key, String reference, LocalDate lastChecked) {
    public String titleKey() {
        return "source." + key;
    }
}
