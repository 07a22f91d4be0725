package org.focalexplorer.render;

import java.util.List;

/**
 * What the last drawing of a plot put on the canvas: tests read it instead of pixels.
 *
 * @param pointsDrawn        per series, how many points were placed on the plot (not NaN, not ≤ 0 on a log axis)
 * @param minPositiveYDrawn  the smallest y value drawn (positive; {@code +∞} if none)
 * @param legend             the legend's labels, empty if no legend was drawn
 */
public record DrawStats(List<Integer> pointsDrawn, double minPositiveYDrawn, List<String> legend) {
    public DrawStats {
        pointsDrawn = List.copyOf(pointsDrawn);
        legend = List.copyOf(legend);
    }
}
