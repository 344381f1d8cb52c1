package io.permitguide.service.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One conflict between the case's dates.
 *
 * @param code  what is wrong; gives the message and advice keys
 * @param dates the dates involved, in the order the message uses them ({0}, {1})
 */
public record Conflict(ConflictCode code, List<LocalDate> dates) {
    public Conflict {
        dates = List.copyOf(dates);
    }

    static Conflict of(ConflictCode code, LocalDate... dates) {
        return new Conflict(code, List.of(dates));
    }

    public String messageKey() {
        return code.messageKey();
    }

    public String adviceKey() {
        return code.adviceKey();
    }

    /** The dates as message arguments. */
    public Object[] arguments() {
        return dates.stream().map(LocalDate::toString).toArray();
    }
}
