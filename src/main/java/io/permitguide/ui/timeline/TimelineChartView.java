package io.permitguide.ui.timeline;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.Conflict;
import io.permitguide.service.timeline.TimelineChart;
import io.permitguide.service.timeline.TimelineChart.Bar;
import io.permitguide.service.timeline.TimelineChart.Mark;
import io.permitguide.service.timeline.TimelineChart.MarkKind;
import io.permitguide.service.timeline.TimelineChart.Tick;
import io.permitguide.service.timeline.TimelineChartLabels;
import io.permitguide.service.timeline.TimelineTexts;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;

/**
 * The case's dates as a horizontal chart ({@link TimelineChart}): labelled marks above an axis, the validity window
 * and the trip as bars below it, month names under them and today as a dashed line. Conflicting dates are red, with
 * the conflict and its advice as tooltip. Drawn with shapes and labels, so the words are real text; the chart as a
 * whole reads out every date in words. It fills the width it is given and lays itself out again when that changes.
 */
public final class TimelineChartView extends Region {
    private static final double AXIS_GAP = 12;
    private static final double LABEL_GAP = 6;
    private static final double BAR_HEIGHT = 18;
    private static final double BAR_GAP = 5;
    private static final double DOT_RADIUS = 5;
    private static final double TICK_LABEL_HEIGHT = 18;

    private TimelineChart chart = new TimelineChart(null, null, List.of(), List.of(), List.of(), null);
    private final List<MarkNodes> marks = new ArrayList<>();
    private final List<BarNodes> bars = new ArrayList<>();
    private final List<TickNodes> ticks = new ArrayList<>();
    private final Line axis = new Line();
    private final Line todayLine = new Line();
    private final Label empty = new Label();

    private record MarkNodes(Mark mark, Label label, Line stem, Circle dot) {
    }

    private record BarNodes(Bar bar, Rectangle rect, Label label) {
    }

    private record TickNodes(Tick tick, Line line, Label label) {
    }

    public TimelineChartView() {
        getStyleClass().add("timeline-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        axis.getStyleClass().add("chart-axis");
        todayLine.getStyleClass().add("chart-today-line");
        empty.getStyleClass().add("chart-empty");
        empty.setWrapText(true);
        setMinWidth(0);
    }

    /** Shows {@code chart} with the texts of {@code messages}. */
    public void show(TimelineChart newChart, Messages messages) {
        this.chart = newChart;
        marks.clear();
        bars.clear();
        ticks.clear();
        List<Node> nodes = new ArrayList<>();
        if (newChart.isEmpty()) {
            empty.setText(messages.get(newChart.emptyMessageKey()));
            nodes.add(empty);
            setAccessibleText(messages.get("timeline.chart.accessible", empty.getText()));
            getChildren().setAll(nodes);
            requestLayout();
            return;
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern(messages.get("timeline.chart.monthFormat"), messages.getLocale());
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern(messages.get("timeline.chart.monthYearFormat"),
                messages.getLocale());
        for (Tick tick : newChart.ticks()) {
            Line line = styled(new Line(), "chart-tick");
            Label label = styled(new Label(tick.labelled() ? (tick.showsYear() ? monthYear : month).format(tick.date()) : ""),
                    "chart-tick-label");
            ticks.add(new TickNodes(tick, line, label));
            nodes.add(line);
            nodes.add(label);
        }
        for (Bar bar : newChart.bars()) {
            Rectangle rect = styled(new Rectangle(), "chart-bar", "chart-bar-" + bar.kind().name().toLowerCase(java.util.Locale.ROOT));
            Label label = styled(new Label(messages.get(bar.labelKey())), "chart-bar-label");
            mark(bar.inConflict(), bar.estimate(), rect, label);
            tooltip(bar.conflicts(), messages, rect, label);
            bars.add(new BarNodes(bar, rect, label));
            nodes.add(rect);
            nodes.add(label);
        }
        nodes.add(axis);
        nodes.add(todayLine);
        for (Mark mark : newChart.marks()) {
            String date = mark.estimate() ? messages.get("timeline.chart.estimateDate", mark.date().toString())
                    : mark.date().toString();
            Label label = styled(new Label(messages.get(mark.labelKey()) + "\n" + date), "chart-label");
            label.setTextAlignment(TextAlignment.CENTER);
            label.setId("chart-" + mark.kind().name());
            Line stem = styled(new Line(), "chart-stem");
            Circle dot = styled(new Circle(DOT_RADIUS), "chart-dot");
            if (mark.kind() == MarkKind.TODAY) {
                for (Node n : List.of(label, stem, dot)) {
                    n.getStyleClass().add("chart-today");
                }
            }
            mark(mark.inConflict(), mark.estimate(), label, stem, dot);
            tooltip(mark.conflicts(), messages, label, dot);
            marks.add(new MarkNodes(mark, label, stem, dot));
            nodes.add(stem);
            nodes.add(dot);
            nodes.add(label);
        }
        getChildren().setAll(nodes);
        setAccessibleText(accessibleText(newChart, messages));
        requestLayout();
    }

    public TimelineChart chart() {
        return chart;
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        node.setFocusTraversable(false);
        return node;
    }

    private static void mark(boolean conflict, boolean estimate, Node... nodes) {
        for (Node node : nodes) {
            if (conflict) {
                node.getStyleClass().add("chart-conflict");
            }
            if (estimate) {
                node.getStyleClass().add("chart-estimate");
            }
        }
    }

    private static void tooltip(List<Conflict> conflicts, Messages messages, Node... nodes) {
        if (conflicts.isEmpty()) {
            return;
        }
        String text = conflicts.stream()
                .map(c -> messages.get("timeline.chart.conflictTip", TimelineTexts.conflict(c, messages),
                        TimelineTexts.advice(c, messages)))
                .collect(Collectors.joining("\n\n"));
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        for (Node node : nodes) {
            if (node instanceof Control control) {
                control.setTooltip(tip);
            } else {
                Tooltip.install(node, tip);
            }
        }
    }

    /** Every date in words, in the order of the axis, each conflict after its date, then the spans. */
    static String accessibleText(TimelineChart chart, Messages messages) {
        DateTimeFormatter words = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.getLocale());
        List<String> sentences = new ArrayList<>();
        for (Mark mark : chart.marks()) {
            String date = words.format(mark.date());
            if (mark.estimate()) {
                date = messages.get("timeline.chart.accessible.estimate", date);
            }
            sentences.add(messages.get("timeline.chart.accessible.mark", messages.get(mark.labelKey()), date));
            for (Conflict conflict : mark.conflicts()) {
                sentences.add(TimelineTexts.conflict(conflict, messages));
            }
        }
        for (Bar bar : chart.bars()) {
            sentences.add(messages.get("timeline.chart.accessible.bar", messages.get(bar.labelKey()),
                    words.format(bar.from()), words.format(bar.to())));
        }
        String separator = messages.getLocale().getLanguage().equals("zh") ? "" : " ";
        return messages.get("timeline.chart.accessible", String.join(separator, sentences));
    }

    // ---- layout ----

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 240;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 640;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + (chart.isEmpty() ? empty.prefHeight(inner) : geometry(inner).height());
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    /** Where the parts go for an inner width: the label rows, the axis and the bars. */
    private record Geometry(List<TimelineChartLabels.Place> places, double laneHeight, int lanes, double axisY,
                            double barsTop, double ticksTop) {
        double height() {
            return ticksTop + TICK_LABEL_HEIGHT;
        }

        double labelTop(int lane) {
            return (lanes - 1 - lane) * laneHeight;
        }
    }

    private Geometry geometry(double width) {
        double[] centres = new double[marks.size()];
        double[] widths = new double[marks.size()];
        double laneHeight = 0;
        for (int i = 0; i < marks.size(); i++) {
            Label label = marks.get(i).label();
            centres[i] = marks.get(i).mark().position() * width;
            widths[i] = Math.min(width, label.prefWidth(-1));
            laneHeight = Math.max(laneHeight, label.prefHeight(widths[i]) + LABEL_GAP);
        }
        List<TimelineChartLabels.Place> places = TimelineChartLabels.place(centres, widths, width, 8);
        int lanes = TimelineChartLabels.lanes(places);
        double axisY = lanes * laneHeight + AXIS_GAP;
        double barsTop = axisY + DOT_RADIUS + 6;
        double ticksTop = barsTop + bars.size() * (BAR_HEIGHT + BAR_GAP) + 2;
        return new Geometry(places, laneHeight, lanes, axisY, barsTop, ticksTop);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        if (chart.isEmpty()) {
            empty.resizeRelocate(left, top, width, empty.prefHeight(width));
            return;
        }
        Geometry g = geometry(width);
        double axisY = top + g.axisY();
        setLine(axis, left, axisY, left + width, axisY);

        for (TickNodes t : ticks) {
            double x = left + t.tick().position() * width;
            setLine(t.line(), x, axisY - 3, x, top + g.ticksTop());
            Label label = t.label();
            double w = label.prefWidth(-1);
            label.resizeRelocate(clamp(x - w / 2, left, left + width - w), top + g.ticksTop(), w, TICK_LABEL_HEIGHT);
        }
        for (int i = 0; i < bars.size(); i++) {
            BarNodes b = bars.get(i);
            double x1 = left + b.bar().startPosition() * width;
            double x2 = left + b.bar().endPosition() * width;
            double y = top + g.barsTop() + i * (BAR_HEIGHT + BAR_GAP);
            b.rect().setX(x1);
            b.rect().setY(y);
            b.rect().setWidth(Math.max(2, x2 - x1));
            b.rect().setHeight(BAR_HEIGHT);
            Label label = b.label();
            double w = label.prefWidth(-1);
            // Inside the bar when it fits, else beside it where there is room.
            double x = w + 8 <= x2 - x1 ? x1 + 4 : (x2 + 4 + w <= left + width ? x2 + 4 : Math.max(left, x1 - 4 - w));
            label.resizeRelocate(x, y, w, BAR_HEIGHT);
        }
        double bottom = top + g.ticksTop();
        todayLine.setVisible(false);
        for (int i = 0; i < marks.size(); i++) {
            MarkNodes m = marks.get(i);
            TimelineChartLabels.Place place = g.places().get(i);
            double x = left + m.mark().position() * width;
            double labelTop = top + g.labelTop(place.lane());
            double w = Math.min(width, m.label().prefWidth(-1));
            double h = g.laneHeight() - LABEL_GAP;
            m.label().resizeRelocate(left + place.left(), labelTop, w, h);
            setLine(m.stem(), x, labelTop + h, x, axisY);
            m.dot().setCenterX(x);
            m.dot().setCenterY(axisY);
            if (m.mark().kind() == MarkKind.TODAY) {
                setLine(todayLine, x, axisY, x, bottom);
                todayLine.setVisible(true);
            }
        }
    }

    private static void setLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
