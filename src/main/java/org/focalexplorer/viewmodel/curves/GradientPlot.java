package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.viewmodel.parameters.Parameters;

/** dL/dx versus x_t for CE and the selected losses (the paper's Figure 6); always along the logit. */
final class GradientPlot {
    private static final double TOP = 0.1;
    /** The paper's Figure 6 shows down to about −1.2; a lower FL gradient widens the axis. */
    private static final double DEFAULT_BOTTOM = -1.2;

    private record Key(double alpha, boolean alphaEnabled, double gamma, double beta, boolean alphaCe, boolean fl,
            boolean flStar) {}

    private final SeriesLabels labels;
    private final double[] ceGradient = CoreSeries.ceGradient(Grids.LOGIT);
    private final LastResult<Key, PlotData> last = new LastResult<>();

    GradientPlot(SeriesLabels labels) {
        this.labels = labels;
    }

    PlotData build(Parameters p, CurveSelection s) {
        Key key = new Key(p.alpha(), p.alphaEnabled(), p.gamma(), s.flStar() ? p.beta() : 0.0, s.alphaCe(), s.fl(),
                s.flStar());
        return last.get(key, () -> compute(p, s));
    }

    private PlotData compute(Parameters p, CurveSelection s) {
        Grid g = Grids.LOGIT;
        double[] x = g.xt();
        List<Series> series = new ArrayList<>();
        series.add(new Series(labels.ce(), SeriesRole.CE, 0, false, x, ceGradient));
        if (s.alphaCe() && p.alphaEnabled()) {
            series.add(new Series(labels.alphaCe(p), SeriesRole.ALPHA_CE, 0, false, x,
                    CoreSeries.flGradient(g, p.alphaT(), 0.0)));
        }
        if (s.flStar() && p.gamma() > 0.0) {
            series.add(new Series(labels.flStar(p), SeriesRole.FL_STAR, 0, false, x,
                    CoreSeries.flStarGradient(g, p.gamma(), p.beta())));
        }
        if (s.fl()) {
            series.add(new Series(labels.fl(p), SeriesRole.FL, 0, true, x,
                    CoreSeries.flGradient(g, p.alphaT(), p.gamma())));
        }
        double lowest = 0.0;
        for (Series ser : series) {
            for (double v : ser.y()) {
                lowest = Math.min(lowest, v);
            }
        }
        // Round the bottom down to a tenth with some room, so the axis only moves when it must.
        double bottom = Math.min(DEFAULT_BOTTOM, Math.floor(lowest * 10.0 - 0.5) / 10.0);
        return new PlotData(labels.text("plot.gradient.title"), labels.text("axis.xt"),
                labels.text("axis.gradient"), XAxis.LOGIT, new Range(Grids.LOGIT_MIN, Grids.LOGIT_MAX),
                new Range(bottom, TOP), YScale.LINEAR, LegendCorner.BOTTOM_RIGHT, series);
    }
}
