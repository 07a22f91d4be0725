package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.viewmodel.parameters.Parameters;

/**
 * The loss versus p_t or x_t (the paper's Figure 1): CE for reference, the selected losses, the
 * current FL emphasised, and optionally the paper's γ family.
 */
final class LossPlot {
    /** On a log axis the curves are drawn down to here (the exact tail, see {@link Grids}): zooming out stops here. */
    static final double LOG_FLOOR = 1e-300;
    static final double LOG_TOP = 1e2;
    /**
     * What a log axis opens with: the part where the curves differ (CE, and FL down to about p_t = 0.999
     * with γ = 2). The tail down to 10⁻³⁰⁰ is there to zoom out to; shown whole it squeezed everything
     * that matters into a sliver at the top (issue #13).
     */
    static final double LOG_DEFAULT_FLOOR_PROBABILITY = 1e-9;
    static final double LOG_DEFAULT_FLOOR_LOGIT = 1e-12;
    /** The paper's Figure 1 range. */
    static final double LINEAR_TOP_PROBABILITY = 5.0;
    static final double LINEAR_TOP_LOGIT = 10.0;

    /** What the plot depends on; parameters that no shown curve uses are left out. */
    private record Key(double alpha, boolean alphaEnabled, double gamma, double beta, CurveSelection s, Double reduced) {}

    private final SeriesLabels labels;
    private final Map<Grid, double[]> ce = new HashMap<>();
    private final Map<Grid, List<double[]>> family = new HashMap<>();
    private final LastResult<Key, PlotData> last = new LastResult<>();

    LossPlot(SeriesLabels labels) {
        this.labels = labels;
    }

    PlotData build(Parameters p, CurveSelection s) {
        return build(p, s, null);
    }

    /** @param reduced smp's reduced_threshold r, or null: then no reduced-focal-loss curve */
    PlotData build(Parameters p, CurveSelection s, Double reduced) {
        Key key = new Key(p.alpha(), p.alphaEnabled(), p.gamma(), s.flStar() ? p.beta() : 0.0, s, reduced);
        return last.get(key, () -> compute(p, s, reduced));
    }

    private PlotData compute(Parameters p, CurveSelection s, Double reduced) {
        boolean log = s.yScale() == YScale.LOG;
        Grid g = Grids.of(s.xAxis(), log);
        double[] x = g.along(s.xAxis());
        List<Series> series = new ArrayList<>();
        if (s.paperFamily()) {
            List<double[]> members = family.computeIfAbsent(g, LossPlot::familyOf);
            for (int i = 0; i < members.size(); i++) {
                series.add(new Series(labels.family(Grids.PAPER_FAMILY[i]), SeriesRole.FAMILY, i, false, x,
                        members.get(i)));
            }
        } else {
            series.add(new Series(labels.ce(), SeriesRole.CE, 0, false, x, ce.computeIfAbsent(g, CoreSeries::ce)));
        }
        if (s.alphaCe() && p.alphaEnabled()) {
            series.add(new Series(labels.alphaCe(p), SeriesRole.ALPHA_CE, 0, false, x,
                    CoreSeries.fl(g, p.alphaT(), 0.0)));
        }
        if (s.flStar() && p.gamma() > 0.0) {
            series.add(new Series(labels.flStar(p), SeriesRole.FL_STAR, 0, false, x,
                    CoreSeries.flStar(g, p.gamma(), p.beta())));
        }
        if (s.fl() && p.alphaEnabled()) {
            // Both classes: a negative example's curve (weight 1 − α) beside the positive's (weight α), so
            // that α = 0.25 visibly lowers the positives' curve below the negatives' (issue #12).
            series.add(new Series(labels.flNegative(p), SeriesRole.NEGATIVE, 0, false, x,
                    CoreSeries.fl(g, 1.0 - p.alpha(), p.gamma())));
            series.add(new Series(labels.flPositive(p), SeriesRole.FL, 0, true, x, CoreSeries.fl(g, p.alphaT(), p.gamma())));
        } else if (s.fl()) {
            series.add(new Series(labels.fl(p), SeriesRole.FL, 0, true, x, CoreSeries.fl(g, p.alphaT(), p.gamma())));
        }
        if (reduced != null) {
            // smp's Reduced Focal Loss for the same example as the FL curve (a positive, weight αₜ).
            series.add(new Series(labels.reducedFl(p, reduced), SeriesRole.REDUCED, 0, false, x,
                    CoreSeries.reducedFl(g, p.alphaT(), p.gamma(), reduced)));
        }
        boolean probability = s.xAxis() == XAxis.PROBABILITY;
        Range xRange = probability ? new Range(0.0, 1.0) : new Range(Grids.LOGIT_MIN, Grids.LOGIT_MAX);
        Range yRange = log ? new Range(probability ? LOG_DEFAULT_FLOOR_PROBABILITY : LOG_DEFAULT_FLOOR_LOGIT, LOG_TOP)
                : new Range(0.0, probability ? LINEAR_TOP_PROBABILITY : LINEAR_TOP_LOGIT);
        return new PlotData(
                labels.text(!probability ? "plot.loss.title.xt" : log ? "plot.loss.title.pt.log" : "plot.loss.title.pt"),
                labels.text(probability ? "axis.pt" : "axis.xt"),
                labels.text(log ? "axis.loss.log" : "axis.loss"),
                s.xAxis(), xRange, yRange, s.yScale(), LegendCorner.TOP_RIGHT, series);
    }

    /** How far zooming out goes along x: on a log axis the whole exact tail (x_t up to {@link Grids#TAIL_END}). */
    static Range boundsX(PlotData d) {
        return d.yScale() == YScale.LOG && d.xAxis() == XAxis.LOGIT ? new Range(Grids.LOGIT_MIN, Grids.TAIL_END) : d.x();
    }

    /** How far zooming out goes along y: on a log axis down to {@link #LOG_FLOOR}. */
    static Range boundsY(PlotData d) {
        return d.yScale() == YScale.LOG ? new Range(LOG_FLOOR, LOG_TOP) : d.y();
    }

    private static List<double[]> familyOf(Grid g) {
        List<double[]> members = new ArrayList<>();
        for (double gamma : Grids.PAPER_FAMILY) {
            members.add(CoreSeries.fl(g, 1.0, gamma));
        }
        return members;
    }
}
