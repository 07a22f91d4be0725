package org.focalexplorer.viewmodel.curves;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;

/**
 * A live plot with the pinned setting's curves added as ghosts (issue #12): every curve of the pinned plot
 * that depends on the parameters (not CE, not the paper's fixed γ family), re-labelled "pinned: …" and drawn
 * first, under the live curves. The axes grow to hold both.
 */
final class GhostCurves {
    private record Key(PlotData live, PlotData pinned) {}

    private final SeriesLabels labels;
    /** The same two snapshots give the very same merged one (its view skips the redraw). */
    private final LastResult<Key, PlotData> last = new LastResult<>();

    GhostCurves(SeriesLabels labels) {
        this.labels = labels;
    }

    PlotData merge(PlotData live, PlotData pinned) {
        return last.get(new Key(live, pinned), () -> compute(live, pinned));
    }

    private PlotData compute(PlotData live, PlotData pinned) {
        List<Series> series = new ArrayList<>();
        for (Series s : pinned.series()) {
            if (s.role() != SeriesRole.CE && s.role() != SeriesRole.FAMILY) {
                series.add(new Series(labels.pinned(s.label()), SeriesRole.GHOST, s.role().ordinal(), false, s.x(), s.y()));
            }
        }
        series.addAll(live.series());
        return new PlotData(live.title(), live.xLabel(), live.yLabel(), live.xAxis(), live.x(),
                union(live.y(), pinned.y()), live.yScale(), live.legendCorner(), series);
    }

    private static Range union(Range a, Range b) {
        return new Range(Math.min(a.min(), b.min()), Math.max(a.max(), b.max()));
    }
}
