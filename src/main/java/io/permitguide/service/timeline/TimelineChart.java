package io.permitguide.service.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A case's dates as a picture, without drawing it: the date range of a horizontal axis, the marks on it (today, the
 * last day to apply, the expected collection, the issue and expiry, the trip), the bars (the validity window and the
 * trip) and the month ticks, each with its place on the axis from 0 (left) to 1 (right). The window and the packet
 * both draw this one model, so the two pictures agree. Texts are keys; the drawer says them in its language.
 *
 * @param start           first day of the axis (null for an empty chart)
 * @param end             last day of the axis (null for an empty chart)
 * @param marks           the dates, left to right
 * @param bars            the spans, validity first
 * @param ticks           the first day of each month on the axis
 * @param emptyMessageKey the text to show instead of a chart when the case has no dates yet; null otherwise
 */
public record TimelineChart(LocalDate start, LocalDate end, List<Mark> marks, List<Bar> bars, List<Tick> ticks,
                            String emptyMessageKey) {
    /** What to say when there is nothing but today to draw. */
    public static final String EMPTY_KEY = "timeline.chart.empty";

    /** What a mark is; its short label is {@code timeline.chart.mark.<KIND>}. */
    public enum MarkKind {
        TODAY, LAST_DAY_TO_APPLY, APPLIED, EXPECTED_COLLECTION, COLLECTED, ISSUE, EXPIRY, DEPARTURE, RETURN, EXIT, ENTRY;

        public String labelKey() {
            return "timeline.chart.mark." + name();
        }
    }

    /** What a bar is; its label is {@code timeline.chart.bar.<KIND>}. */
    public enum BarKind {
        VALIDITY, TRIP;

        public String labelKey() {
            return "timeline.chart.bar." + name();
        }
    }

    /**
     * One date on the axis.
     *
     * @param estimate  true when the date rests on an unpublished holiday schedule or was proposed, not typed
     * @param conflicts the date conflicts this date is the cause of (drawn in red, their texts beside it)
     */
    public record Mark(MarkKind kind, LocalDate date, double position, boolean estimate, List<Conflict> conflicts) {
        public Mark {
            conflicts = List.copyOf(conflicts);
        }

        public String labelKey() {
            return kind.labelKey();
        }

        public boolean inConflict() {
            return !conflicts.isEmpty();
        }
    }

    /** A span from {@code from} to {@code to} (not before it), placed from {@code startPosition} to {@code endPosition}. */
    public record Bar(BarKind kind, LocalDate from, LocalDate to, double startPosition, double endPosition,
                      boolean estimate, List<Conflict> conflicts) {
        public Bar {
            conflicts = List.copyOf(conflicts);
        }

        public String labelKey() {
            return kind.labelKey();
        }

        public boolean inConflict() {
            return !conflicts.isEmpty();
        }
    }

    /**
     * The first day of a month on the axis.
     *
     * @param labelled  true when the month should be named; on a long axis only every few months are
     * @param showsYear true when the name should carry the year (the first named month and every January)
     */
    public record Tick(LocalDate date, double position, boolean labelled, boolean showsYear) {
    }

    /** Which mark a conflict is about: the date it names first. */
    private static final Map<ConflictCode, MarkKind> CONFLICT_MARKS = Map.of(
            ConflictCode.RETURN_AFTER_EXPIRY, MarkKind.RETURN,
            ConflictCode.TRIP_LONGER_THAN_VALIDITY, MarkKind.RETURN,
            ConflictCode.RETURN_BEFORE_DEPARTURE, MarkKind.RETURN,
            ConflictCode.DEPARTURE_BEFORE_COLLECTION, MarkKind.DEPARTURE,
            ConflictCode.DEPARTURE_AFTER_EXPIRY, MarkKind.DEPARTURE,
            ConflictCode.APPLY_DEADLINE_PASSED, MarkKind.LAST_DAY_TO_APPLY,
            ConflictCode.EXPIRY_BEFORE_ISSUE, MarkKind.EXPIRY,
            ConflictCode.EXPIRED_WHILE_ABROAD, MarkKind.EXPIRY);
    /** Recorded dates a {@link ConflictCode#RECORDED_DATE_IN_FUTURE} may be about, in the order the timeline checks them. */
    private static final List<MarkKind> RECORDED = List.of(MarkKind.COLLECTED, MarkKind.ISSUE, MarkKind.EXIT, MarkKind.ENTRY);
    private static final List<ConflictCode> TRIP_CONFLICTS = List.of(ConflictCode.RETURN_BEFORE_DEPARTURE,
            ConflictCode.TRIP_LONGER_THAN_VALIDITY, ConflictCode.RETURN_AFTER_EXPIRY, ConflictCode.DEPARTURE_AFTER_EXPIRY);
    private static final List<ConflictCode> VALIDITY_CONFLICTS = List.of(ConflictCode.EXPIRY_BEFORE_ISSUE);

    public TimelineChart {
        marks = List.copyOf(marks);
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** The chart of one timeline (the one of the case's analysis). */
    public static TimelineChart of(PermitTimeline t) {
        List<Dated> dates = dates(t);
        if (dates.stream().allMatch(d -> d.kind == MarkKind.TODAY)) {
            return new TimelineChart(null, null, List.of(), List.of(), List.of(), EMPTY_KEY);
        }
        LocalDate first = dates.stream().map(Dated::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().map(Dated::date).max(Comparator.naturalOrder()).orElseThrow();
        // A margin on both sides, so the first and last marks do not sit on the edge of the picture.
        long pad = Math.max(2, (long) Math.ceil(ChronoUnit.DAYS.between(first, last) * 0.04));
        LocalDate start = first.minusDays(pad);
        LocalDate end = last.plusDays(pad);
        Axis axis = new Axis(start, end);

        List<Mark> marks = new ArrayList<>();
        for (Dated d : dates) {
            marks.add(new Mark(d.kind, d.date, axis.position(d.date), d.estimate, conflictsOf(d, t)));
        }
        marks.sort(Comparator.comparingDouble(Mark::position));

        List<Bar> bars = new ArrayList<>();
        if (t.issueDate() != null && t.expiry() != null) {
            bars.add(bar(BarKind.VALIDITY, t.issueDate(), t.expiry(), t.expiryProposed(), VALIDITY_CONFLICTS, t, axis));
        }
        if (t.plannedDeparture() != null && t.plannedReturn() != null) {
            bars.add(bar(BarKind.TRIP, t.plannedDeparture(), t.plannedReturn(), false, TRIP_CONFLICTS, t, axis));
        }
        return new TimelineChart(start, end, marks, bars, ticks(axis), null);
    }

    public boolean isEmpty() {
        return emptyMessageKey != null;
    }

    /** The place of {@code date} on the axis: 0 at the start, 1 at the end (outside that range for dates outside it). */
    public double position(LocalDate date) {
        return new Axis(start, end).position(date);
    }

    public boolean hasConflicts() {
        return marks.stream().anyMatch(Mark::inConflict);
    }

    private record Dated(MarkKind kind, LocalDate date, boolean estimate) {
    }

    private record Axis(LocalDate start, LocalDate end) {
        double position(LocalDate date) {
            long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
            return ChronoUnit.DAYS.between(start, date) / (double) span;
        }
    }

    /** The dates worth a mark: a plan (last day to apply, expected collection) only until what it plans for is done. */
    private static List<Dated> dates(PermitTimeline t) {
        List<Dated> dates = new ArrayList<>();
        dates.add(new Dated(MarkKind.TODAY, t.today(), false));
        boolean underway = t.appliedOn() != null || t.collectedOn() != null || t.issueDate() != null;
        boolean inHand = t.collectedOn() != null || t.issueDate() != null;
        if (!underway) {
            add(dates, MarkKind.LAST_DAY_TO_APPLY, t.lastDayToApply(), t.lastDayToApplyEstimate());
        }
        add(dates, MarkKind.APPLIED, t.appliedOn(), false);
        if (!inHand) {
            add(dates, MarkKind.EXPECTED_COLLECTION, t.expectedCollection(), t.collectionEstimate());
        }
        add(dates, MarkKind.COLLECTED, t.collectedOn(), false);
        add(dates, MarkKind.ISSUE, t.issueDate(), false);
        add(dates, MarkKind.EXPIRY, t.expiry(), t.expiryProposed());
        add(dates, MarkKind.DEPARTURE, t.plannedDeparture(), false);
        add(dates, MarkKind.RETURN, t.plannedReturn(), false);
        add(dates, MarkKind.EXIT, t.exitDate(), false);
        add(dates, MarkKind.ENTRY, t.entryDate(), false);
        return dates;
    }

    private static void add(List<Dated> dates, MarkKind kind, LocalDate date, boolean estimate) {
        if (date != null) {
            dates.add(new Dated(kind, date, estimate));
        }
    }

    private static List<Conflict> conflictsOf(Dated d, PermitTimeline t) {
        List<Conflict> found = new ArrayList<>();
        for (Conflict conflict : t.conflicts()) {
            if (CONFLICT_MARKS.get(conflict.code()) == d.kind || isRecordedTooEarly(conflict, d, t)) {
                found.add(conflict);
            }
        }
        return found;
    }

    /** A date recorded as done but after today: the first recorded date that is, as the timeline reports it. */
    private static boolean isRecordedTooEarly(Conflict conflict, Dated d, PermitTimeline t) {
        if (conflict.code() != ConflictCode.RECORDED_DATE_IN_FUTURE || !RECORDED.contains(d.kind)) {
            return false;
        }
        LocalDate named = conflict.dates().get(0);
        for (MarkKind kind : RECORDED) {
            LocalDate date = recorded(kind, t);
            if (named.equals(date)) {
                return kind == d.kind;
            }
        }
        return false;
    }

    private static LocalDate recorded(MarkKind kind, PermitTimeline t) {
        return switch (kind) {
            case COLLECTED -> t.collectedOn();
            case ISSUE -> t.issueDate();
            case EXIT -> t.exitDate();
            case ENTRY -> t.entryDate();
            default -> null;
        };
    }

    private static Bar bar(BarKind kind, LocalDate a, LocalDate b, boolean estimate, List<ConflictCode> codes,
                           PermitTimeline t, Axis axis) {
        // Dates typed the wrong way round still give a bar; the conflict says what is wrong.
        LocalDate from = a.isAfter(b) ? b : a;
        LocalDate to = a.isAfter(b) ? a : b;
        List<Conflict> conflicts = t.conflicts().stream().filter(c -> codes.contains(c.code())).toList();
        return new Bar(kind, from, to, axis.position(from), axis.position(to), estimate, conflicts);
    }

    /** Month starts on the axis; on a long axis every second, third or twelfth month is named, always January. */
    private static List<Tick> ticks(Axis axis) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = axis.start().withDayOfMonth(1).plusMonths(1); !m.isAfter(axis.end()); m = m.plusMonths(1)) {
            months.add(m);
        }
        int step = months.size() <= 8 ? 1 : months.size() <= 16 ? 2 : months.size() <= 30 ? 3 : 12;
        List<Tick> ticks = new ArrayList<>();
        boolean yearShown = false;
        for (LocalDate m : months) {
            boolean labelled = (m.getMonthValue() - 1) % step == 0;
            boolean showsYear = labelled && (!yearShown || m.getMonthValue() == 1);
            yearShown |= labelled;
            ticks.add(new Tick(m, axis.position(m), labelled, showsYear));
        }
        return ticks;
    }
}
