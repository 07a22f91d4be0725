package org.focalexplorer.viewmodel.classifier;

import java.util.List;
import org.focalexplorer.toy.LossHistory;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Both models' training loss over the steps, each under its own loss, on a log axis. The step axis ends
 * at a round number (1, 2 or 5 × 10ⁿ) so it rescales rarely while training runs.
 */
final class TrainingCurvePlot {
    private TrainingCurvePlot() {}

    static PlotData of(TrainingSnapshot s, Messages m) {
        LossHistory h = s.history();
        double[] steps = new double[h.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = h.step(i);
        }
        double[] reference = h.values(ModelRole.REFERENCE);
        double[] focal = h.values(ModelRole.FOCAL);
        SeriesRole referenceRole = s.reference().loss().hasAlpha() ? SeriesRole.ALPHA_CE : SeriesRole.CE;
        List<Series> series = List.of(
                new Series(m.format("classifier.curves.reference", LossNames.of(s.reference().loss(), m)),
                        referenceRole, 0, false, steps, reference),
                new Series(m.format("classifier.curves.focal", LossNames.of(s.focalSetting(), m)), SeriesRole.FL, 0,
                        true, steps, focal));
        return new PlotData(m.get("classifier.curves.title"), m.get("classifier.curves.x"), m.get("classifier.curves.y"),
                XAxis.OTHER, new Range(0, roundUp(Math.max(10, s.step()))), decades(reference, focal), YScale.LOG,
                LegendCorner.TOP_RIGHT, series);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that is ≥ v. */
    static double roundUp(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * decade >= v) {
                return f * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * Whole decades around every positive, finite value, at least two of them (three labelled ticks: one
     * decade alone gave a chart with a single tick); 10⁻³ … 1 before the first step. A short range grows
     * downwards, where a falling training loss goes next.
     */
    static Range decades(double[]... curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0.0;
        for (double[] c : curves) {
            for (double v : c) {
                if (v > 0.0 && v < Double.POSITIVE_INFINITY) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0.0)) {
            return new Range(1e-3, 1.0);
        }
        int bottom = Math.max(-300, (int) Math.floor(Math.log10(lo)));
        int top = Math.min(300, (int) Math.ceil(Math.log10(hi)));
        bottom = Math.min(bottom, top - 2);
        return new Range(Math.pow(10, bottom), Math.pow(10, top));
    }
}
