package org.focalexplorer.plot;

import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import java.util.List;

/**
 * Everything one plot draws: a snapshot, replaced whole when something it shows changes.
 *
 * @param xAxis  what the horizontal axis measures (the probe is placed in these units)
 * @param x      the horizontal range
 * @param y      the vertical range
 * @param series drawn in this order (the emphasised curve last, on top)
 */
public record PlotData(
        String title,
        String xLabel,
        String yLabel,
        XAxis xAxis,
        Range x,
        Range y,
        YScale yScale,
        LegendCorner legendCorner,
        List<Series> series) {

    public PlotData {
        series = List.copyOf(series);
    }

    /** The same plot showing other ranges (a zoom or a pan). */
    public PlotData withRanges(Range x, Range y) {
        return x.equals(this.x) && y.equals(this.y) ? this
                : new PlotData(title, xLabel, yLabel, xAxis, x, y, yScale, legendCorner, series);
    }

    public long count(SeriesRole role) {
        return series.stream().filter(s -> s.role() == role).count();
    }

    public Series first(SeriesRole role) {
        return series.stream().filter(s -> s.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + role + " series"));
    }
}
