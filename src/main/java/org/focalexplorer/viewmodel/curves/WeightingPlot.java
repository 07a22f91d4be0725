package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import java.util.List;
import org.focalexplorer.viewmodel.parameters.Parameters;

/**
 * How much an example counts: the modulating factor (1 − p_t)^γ and the ratio CE / FL, on a log
 * axis whose decades follow the curves.
 */
final class WeightingPlot {
    private static final int MAX_DECADE = 300;

    private record Key(double alphaT, double gamma, XAxis xAxis, boolean alphaEnabled, double alpha, Double reduced) {}

    private final SeriesLabels labels;
    private final LastResult<Key, PlotData> last = new LastResult<>();

    WeightingPlot(SeriesLabels labels) {
        this.labels = labels;
    }

    PlotData build(Parameters p, CurveSelection s) {
        return build(p, s, null);
    }

    /** @param reduced smp's reduced_threshold r, or null: then no reduced focal term */
    PlotData build(Parameters p, CurveSelection s, Double reduced) {
        Key key = new Key(p.alphaT(), p.gamma(), s.xAxis(), p.alphaEnabled(), p.alpha(), reduced);
        return last.get(key, () -> compute(p, s.xAxis(), reduced));
    }

    private PlotData compute(Parameters p, XAxis axis, Double reduced) {
        Grid g = Grids.of(axis, false);
        double[] x = g.along(axis);
        double[] factor = CoreSeries.modulatingFactor(g, p.gamma());
        double[] ratio = CoreSeries.ratio(g, p.alphaT(), p.gamma());
        List<Series> series = new java.util.ArrayList<>(List.of(
                new Series(labels.modulatingFactor(p), SeriesRole.MODULATING_FACTOR, 0, false, x, factor),
                new Series(labels.ratio(), SeriesRole.RATIO, 0, false, x, ratio)));
        double[] reducedFactor = new double[0];
        if (reduced != null) {
            reducedFactor = CoreSeries.reducedFactor(g, p.gamma(), reduced);
            series.add(new Series(labels.reducedFactor(p, reduced), SeriesRole.REDUCED, 0, false, x, reducedFactor));
        }
        boolean probability = axis == XAxis.PROBABILITY;
        return new PlotData(labels.text("plot.weighting.title"), labels.text(probability ? "axis.pt" : "axis.xt"),
                labels.text("axis.weighting"), axis,
                probability ? new Range(0.0, 1.0) : new Range(Grids.LOGIT_MIN, Grids.LOGIT_MAX),
                decades(factor, ratio, reducedFactor), YScale.LOG, LegendCorner.TOP_LEFT, series);
    }

    /** Whole decades around every positive, finite value, at least 10⁻¹ … 10¹. */
    private static Range decades(double[]... curves) {
        double lo = 0.1;
        double hi = 10.0;
        for (double[] c : curves) {
            for (double v : c) {
                if (v > 0.0 && v < Double.POSITIVE_INFINITY) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        int bottom = Math.max(-MAX_DECADE, (int) Math.floor(Math.log10(lo)));
        int top = Math.min(MAX_DECADE, (int) Math.ceil(Math.log10(hi)));
        return new Range(Math.pow(10, bottom), Math.pow(10, top));
    }
}
