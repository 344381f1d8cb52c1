package io.permitguide.service.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One conflict between the case's dates.
 *
 * @param code  what is wrong; gives the message and advice keys
 * @param dates       the dates involved, in the order the message uses them ({0}, {1})
 * @param aboutPermit true when the dates are an Entry-Exit Permit's; other documents are named generally
 */
public record Conflict(ConflictCode code, List<LocalDate> dates, boolean aboutPermit) {
    /** Texts of a conflict about another document than the permit end in this. */
    private static final String OTHER_DOCUMENT = ".document";

    public Conflict {
        dates = List.copyOf(dates);
    }

    static Conflict of(ConflictCode code, boolean aboutPermit, LocalDate... dates) {
        return new Conflict(code, List.of(dates), aboutPermit);
    }

    public String messageKey() {
        return code.messageKey() + suffix();
    }

    public String adviceKey() {
        return code.adviceKey() + suffix();
    }

    private String suffix() {
        return !aboutPermit && code.namesThePermit() ? OTHER_DOCUMENT : "";
    }

    /** The dates as message arguments. */
    public Object[] arguments() {
        return dates.stream().map(LocalDate::toString).toArray();
    }
}
