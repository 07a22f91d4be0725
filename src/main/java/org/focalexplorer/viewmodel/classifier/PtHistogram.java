package org.focalexplorer.viewmodel.classifier;

import java.util.List;
import org.focalexplorer.toy.Predictions;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Histograms of p_t over the training points, one for the positives and one for the negatives, each as
 * the share of its class per bin (so the few positives show as clearly as the many negatives), drawn as
 * steps.
 */
final class PtHistogram {
    static final int BINS = 20;

    private PtHistogram() {}

    static PlotData of(Predictions p, Messages m) {
        double[] positives = new double[BINS];
        double[] negatives = new double[BINS];
        for (int i = 0; i < p.size(); i++) {
            double pt = p.probabilityOfTrueClass(i);
            if (Double.isNaN(pt)) {
                continue;
            }
            int bin = Math.min(BINS - 1, (int) (pt * BINS));
            (p.isPositive(i) ? positives : negatives)[bin]++;
        }
        Series pos = steps(m.format("classifier.histogram.positives", String.valueOf(p.positives())),
                SeriesRole.POSITIVE, positives, p.positives());
        Series neg = steps(m.format("classifier.histogram.negatives", String.valueOf(p.negatives())),
                SeriesRole.NEGATIVE, negatives, p.negatives());
        return new PlotData(m.get("classifier.histogram.title"), m.get("classifier.histogram.x"), m.get("classifier.histogram.y"),
                XAxis.PROBABILITY, new Range(0.0, 1.0), new Range(0.0, 1.0), YScale.LINEAR, LegendCorner.TOP_LEFT,
                List.of(neg, pos));
    }

    /** The outline of a histogram: up and down at every bin edge, from 0 at p_t = 0 to 0 at p_t = 1. */
    private static Series steps(String label, SeriesRole role, double[] counts, int total) {
        double[] x = new double[2 * BINS + 2];
        double[] y = new double[2 * BINS + 2];
        int k = 0;
        x[k] = 0.0;
        y[k++] = 0.0;
        for (int b = 0; b < BINS; b++) {
            double share = total > 0 ? counts[b] / total : 0.0;
            x[k] = (double) b / BINS;
            y[k++] = share;
            x[k] = (double) (b + 1) / BINS;
            y[k++] = share;
        }
        x[k] = 1.0;
        y[k] = 0.0;
        return new Series(label, role, 0, role == SeriesRole.POSITIVE, x, y);
    }
}
