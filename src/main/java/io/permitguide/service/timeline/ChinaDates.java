package io.permitguide.service.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Permit dates are dates in mainland China: a permit printed "valid until 2025-03-31" stops working at
 * midnight in Beijing, wherever the family's computer thinks it is.
 */
public final class ChinaDates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDates() {
    }

    /** Today's date in China at the clock's instant; the clock's own zone plays no part. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The system clock, for callers outside tests. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
