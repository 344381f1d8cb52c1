package io.permitguide.service.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The permit's state with the date that matters next and the days until it (China dates).
 *
 * @param state    where the permit stands
 * @param deadline the date counted down to: last day to apply, expected collection or expiry; null if unknown
 *                 or when nothing is ahead (used up, expired)
 * @param daysLeft days from today to {@code deadline} (0 on the day itself, negative once passed); null without
 *                 a deadline
 */
public record PermitStatus(PermitState state, LocalDate deadline, Integer daysLeft) {

    static PermitStatus of(PermitState state, LocalDate deadline, LocalDate today) {
        return new PermitStatus(state, deadline, deadline == null ? null : (int) ChronoUnit.DAYS.between(today, deadline));
    }

    public boolean hasCountdown() {
        return daysLeft != null;
    }
}
