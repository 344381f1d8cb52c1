package io.permitguide.service.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the marks' labels go so none covers another: each label centred over its mark where the width allows, kept
 * inside the picture, and moved to the next row (lane) up when the row it would sit in is taken at that place. The
 * window and the packet place their labels with this one rule.
 */
public final class TimelineChartLabels {
    /** One label's place: its left edge and its row, 0 nearest the axis. */
    public record Place(double left, int lane) {
    }

    private TimelineChartLabels() {
    }

    /**
     * @param centres the marks' x, left to right (as the chart orders its marks)
     * @param widths  each label's width
     * @param width   the width of the picture
     * @param gap     the space kept between two labels in one row
     */
    public static List<Place> place(double[] centres, double[] widths, double width, double gap) {
        List<Double> laneEnds = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < centres.length; i++) {
            double left = Math.max(0, Math.min(width - widths[i], centres[i] - widths[i] / 2));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) + gap > left) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(left + widths[i]);
            } else {
                laneEnds.set(lane, left + widths[i]);
            }
            places.add(new Place(left, lane));
        }
        return places;
    }

    /** How many rows {@code places} use. */
    public static int lanes(List<Place> places) {
        return places.stream().mapToInt(Place::lane).max().orElse(-1) + 1;
    }
}
