package io.permitguide.service.packet;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.TimelineChart;
import io.permitguide.service.timeline.TimelineChart.Bar;
import io.permitguide.service.timeline.TimelineChart.BarKind;
import io.permitguide.service.timeline.TimelineChart.Mark;
import io.permitguide.service.timeline.TimelineChart.MarkKind;
import io.permitguide.service.timeline.TimelineChart.Tick;
import io.permitguide.service.timeline.TimelineChartLabels;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The key dates as a picture on the packet's dates page, drawn from the same {@link TimelineChart} as the window's
 * chart: labelled marks above an axis, the validity window and the trip as bars, month names, today dashed.
 * Conflicting dates are red and their labels start with "!", so they still stand out on a grey-scale printer.
 */
final class PacketTimelineChart {
    static final Color CONFLICT = new Color(0xB4, 0x23, 0x18);
    private static final Color VALIDITY = new Color(0xCF, 0xEB, 0xD6);
    private static final Color TRIP = new Color(0xD2, 0xE4, 0xF8);
    private static final Color ESTIMATE_EDGE = new Color(0x3A, 0x8A, 0x4F);
    /** The size of the marks' labels; no other text of the packet has it. */
    static final float LABEL_SIZE = 7.8f;
    private static final PageLayout.Style LABEL = new PageLayout.Style(LABEL_SIZE, PageLayout.INK, false);
    private static final PageLayout.Style TICK = new PageLayout.Style(7, PageLayout.MUTED, false);
    private static final float BAR_HEIGHT = 9;
    private static final float BAR_GAP = 3;
    private static final float DOT = 5;
    private static final float INSET = 6;

    private final PageLayout layout;
    private final TimelineChart chart;
    private final List<Language> languages;

    private PacketTimelineChart(PageLayout layout, TimelineChart chart, List<Language> languages) {
        this.layout = layout;
        this.chart = chart;
        this.languages = languages;
    }

    /** Draws {@code chart} below the layout's cursor, on a new page if it does not fit; nothing for an empty chart. */
    static void draw(PageLayout layout, TimelineChart chart, List<Language> languages) throws IOException {
        if (!chart.isEmpty()) {
            new PacketTimelineChart(layout, chart, languages).draw();
        }
    }

    /** One mark's label lines: its name in each language, then its date. */
    private List<String> lines(Mark mark) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Language language : languages) {
            String name = Messages.of(language).get(mark.labelKey());
            if (lines.isEmpty() && mark.inConflict()) {
                name = "! " + name;
            }
            lines.add(PacketFont.printable(name));
        }
        Messages first = Messages.of(languages.get(0));
        String date = mark.date().toString();
        lines.add(PacketFont.printable(mark.estimate() ? first.get("timeline.chart.estimateDate", date) : date));
        return lines;
    }

    /** The height the chart takes on the page; 0 for an empty chart. */
    static float height(PageLayout layout, TimelineChart chart, List<Language> languages) throws IOException {
        return chart.isEmpty() ? 0 : new PacketTimelineChart(layout, chart, languages).geometry().height();
    }

    /** The marks' label lines and places, and the heights that follow from them. */
    private record Geometry(List<List<String>> labels, double[] widths, List<TimelineChartLabels.Place> places,
                            int lanes, float laneHeight, float barsHeight) {
        float height() {
            return 8 + lanes * laneHeight + 8 + DOT + barsHeight + 4 + TICK.lineHeight() + 6;
        }
    }

    private float chartWidth() {
        return layout.contentWidth() - 2 * INSET;
    }

    private Geometry geometry() throws IOException {
        float width = chartWidth();
        List<Mark> marks = chart.marks();
        List<List<String>> labels = new ArrayList<>();
        double[] centres = new double[marks.size()];
        double[] widths = new double[marks.size()];
        for (int i = 0; i < marks.size(); i++) {
            List<String> lines = lines(marks.get(i));
            labels.add(lines);
            centres[i] = marks.get(i).position() * width;
            for (String line : lines) {
                widths[i] = Math.max(widths[i], layout.width(line, LABEL.size()));
            }
        }
        List<TimelineChartLabels.Place> places = TimelineChartLabels.place(centres, widths, width, 6);
        return new Geometry(labels, widths, places, TimelineChartLabels.lanes(places),
                (languages.size() + 1) * LABEL.lineHeight() + 5, chart.bars().size() * (BAR_HEIGHT + BAR_GAP));
    }

    private void draw() throws IOException {
        float left = layout.left() + INSET;
        float width = chartWidth();
        List<Mark> marks = chart.marks();
        Geometry g = geometry();
        List<List<String>> labels = g.labels();
        double[] widths = g.widths();
        List<TimelineChartLabels.Place> places = g.places();
        int lanes = g.lanes();
        float laneHeight = g.laneHeight();
        float barsHeight = g.barsHeight();
        float height = g.height();

        layout.ensureSpace(height);
        float top = layout.y() - 8;
        float axisY = top - lanes * laneHeight - 8;
        float barsTop = axisY - DOT - 2;
        float ticksTop = barsTop - barsHeight - 2;

        ticks(left, width, axisY, ticksTop);
        bars(left, width, barsTop);
        layout.line(left, axisY, left + width, axisY, PageLayout.MUTED, 0.9f);
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            TimelineChartLabels.Place place = places.get(i);
            float x = (float) (left + mark.position() * width);
            float labelTop = top - (lanes - 1 - place.lane()) * laneHeight;
            Color color = mark.inConflict() ? CONFLICT : mark.kind() == MarkKind.TODAY ? PageLayout.ACCENT : PageLayout.INK;
            float baseline = labelTop;
            List<String> lines = labels.get(i);
            for (String line : lines) {
                baseline -= LABEL.lineHeight();
                float lineX = (float) (left + place.left() + (widths[i] - layout.width(line, LABEL.size())) / 2);
                layout.text(line, lineX, baseline + LABEL.size() * 0.25f, new PageLayout.Style(LABEL.size(), color,
                        mark.inConflict()));
            }
            float stemTop = labelTop - lines.size() * LABEL.lineHeight() - 1;
            layout.line(x, stemTop, x, axisY, mark.inConflict() ? CONFLICT : PageLayout.RULE, 0.5f);
            if (mark.kind() == MarkKind.TODAY) {
                dashed(x, axisY, ticksTop, PageLayout.ACCENT);
            }
            if (mark.estimate()) {
                layout.fill(x - DOT / 2, axisY - DOT / 2, DOT, DOT, java.awt.Color.WHITE);
                layout.box(x - DOT / 2, axisY - DOT / 2, DOT, mark.inConflict() ? CONFLICT : PageLayout.ACCENT);
            } else {
                layout.fill(x - DOT / 2, axisY - DOT / 2, DOT, DOT, mark.inConflict() ? CONFLICT : PageLayout.ACCENT);
            }
        }
        layout.moveTo(top - height + 8);
    }

    private void ticks(float left, float width, float axisY, float ticksTop) throws IOException {
        // One language: its month names; both: numbers, which read the same in either.
        Messages messages = Messages.of(languages.get(0));
        boolean one = languages.size() == 1;
        DateTimeFormatter month = one ? DateTimeFormatter.ofPattern(messages.get("timeline.chart.monthFormat"),
                messages.getLocale()) : DateTimeFormatter.ofPattern("yyyy-MM");
        DateTimeFormatter monthYear = one ? DateTimeFormatter.ofPattern(messages.get("timeline.chart.monthYearFormat"),
                messages.getLocale()) : month;
        for (Tick tick : chart.ticks()) {
            float x = (float) (left + tick.position() * width);
            layout.line(x, axisY + 2, x, ticksTop, PageLayout.RULE, 0.4f);
            if (tick.labelled()) {
                String text = PacketFont.printable((tick.showsYear() ? monthYear : month).format(tick.date()));
                float w = layout.width(text, TICK.size());
                float textX = Math.max(left, Math.min(left + width - w, x - w / 2));
                layout.text(text, textX, ticksTop - TICK.lineHeight() + TICK.size() * 0.25f, TICK);
            }
        }
    }

    private void bars(float left, float width, float barsTop) throws IOException {
        float y = barsTop;
        for (Bar bar : chart.bars()) {
            float x1 = (float) (left + bar.startPosition() * width);
            float x2 = (float) (left + bar.endPosition() * width);
            float w = Math.max(1.5f, x2 - x1);
            y -= BAR_HEIGHT;
            layout.fill(x1, y, w, BAR_HEIGHT, bar.kind() == BarKind.VALIDITY ? VALIDITY : TRIP);
            if (bar.inConflict() || bar.estimate()) {
                outline(x1, y, w, BAR_HEIGHT, bar.inConflict() ? CONFLICT : ESTIMATE_EDGE);
            }
            List<String> names = new ArrayList<>();
            for (Language language : languages) {
                names.add(Messages.of(language).get(bar.labelKey()));
            }
            String text = PacketFont.printable(String.join(" / ", names));
            PageLayout.Style style = new PageLayout.Style(7, bar.inConflict() ? CONFLICT : PageLayout.INK, false);
            float textWidth = layout.width(text, style.size());
            // Inside the bar when it fits, else beside it where there is room.
            float textX = textWidth + 6 <= w ? x1 + 3
                    : x2 + 3 + textWidth <= left + width ? x2 + 3 : Math.max(left, x1 - 3 - textWidth);
            layout.text(text, textX, y + 2.4f, style);
            y -= BAR_GAP;
        }
    }

    private void outline(float x, float y, float w, float h, Color color) throws IOException {
        layout.line(x, y, x + w, y, color, 0.7f);
        layout.line(x + w, y, x + w, y + h, color, 0.7f);
        layout.line(x + w, y + h, x, y + h, color, 0.7f);
        layout.line(x, y + h, x, y, color, 0.7f);
    }

    private void dashed(float x, float fromY, float toY, Color color) throws IOException {
        for (float y = fromY; y > toY; y -= 5) {
            layout.line(x, y, x, Math.max(toY, y - 3), color, 0.7f);
        }
    }
}
