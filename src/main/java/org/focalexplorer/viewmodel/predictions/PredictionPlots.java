package org.focalexplorer.viewmodel.predictions;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.predictions.Figure4Curve;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.PtHistogram;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The plots of a {@link PredictionReport}, as the predictions tab and {@code figure fig4 --predictions}
 * draw them: p_t histograms per class on the logit axis, and the paper's Figure 4 for the negatives and for
 * the positives. Only reshapes the report's numbers; computes no loss.
 */
public final class PredictionPlots {
    /** x_t = ln 9: p_t = 0.9, above which a negative counts as easy. */
    static final double EASY_XT = Math.log(9.0);

    private PredictionPlots() {}

    /**
     * The share of each class's examples per bin of x_t = log(p_t / (1 − p_t)), a log-aware axis for p_t
     * (both ends spread out), drawn as steps; a line marks p_t = 0.9.
     */
    public static PlotData histogram(PredictionReport r, List<String> classNames, Messages m) {
        PtHistogram h = r.histogram();
        int bins = PtHistogram.BINS;
        List<Series> series = new ArrayList<>();
        double max = 0.0;
        for (int c = 0; c < h.classes(); c++) {
            long n = r.classCounts().get(c);
            if (n == 0) {
                continue;
            }
            double[] x = new double[2 * bins + 2];
            double[] y = new double[2 * bins + 2];
            int k = 0;
            x[k] = PtHistogram.edgeXt(0);
            y[k++] = 0.0;
            for (int b = 0; b < bins; b++) {
                double share = (double) h.count(c, b) / n;
                max = Math.max(max, share);
                x[k] = PtHistogram.edgeXt(b);
                y[k++] = share;
                x[k] = PtHistogram.edgeXt(b + 1);
                y[k++] = share;
            }
            x[k] = PtHistogram.edgeXt(bins);
            y[k] = 0.0;
            String label = m.format("predictions.histogram.class", className(r, classNames, c, m), count(n));
            series.add(new Series(label, role(r, c), variant(r, c), c != r.negativeClass(), x, y));
        }
        double top = max > 0 ? max * 1.08 : 1.0;
        series.add(0, new Series(m.get("predictions.histogram.easy"), SeriesRole.RATIO, 0, false,
                new double[] {EASY_XT, EASY_XT}, new double[] {0.0, top}));
        return new PlotData(m.get("predictions.histogram.title"), m.get("predictions.histogram.x"),
                m.get("predictions.histogram.y"), XAxis.LOGIT, new Range(PtHistogram.MIN_XT, PtHistogram.MAX_XT),
                new Range(0.0, top), YScale.LINEAR, LegendCorner.TOP_LEFT, series);
    }

    /** Figure 4 of the negatives (or positives): γ = 0, 0.5, 1, 2 and the current γ, which is drawn thick. */
    public static PlotData figure4(PredictionReport r, boolean positives, Messages m) {
        List<Series> series = new ArrayList<>();
        Series current = null;
        for (Figure4Curve c : r.figure4()) {
            double[] x = positives ? c.positivesX() : c.negativesX();
            double[] y = positives ? c.positivesY() : c.negativesY();
            int paper = paperIndex(c.gamma());
            boolean isCurrent = c.gamma() == r.gamma();
            String label = m.format(isCurrent ? "predictions.figure4.current" : "predictions.figure4.gamma",
                    NumberText.exact(c.gamma()));
            if (isCurrent) {
                current = new Series(label, SeriesRole.FL, 0, true, x, y);
            } else {
                series.add(new Series(label, SeriesRole.FAMILY, paper, false, x, y));
            }
        }
        if (current != null) {
            series.add(current); // on top
        }
        String which = positives ? "positives" : "negatives";
        return new PlotData(m.get("predictions.figure4.title." + which), m.get("predictions.figure4.x." + which),
                m.get("predictions.figure4.y"), XAxis.OTHER, new Range(0.0, 1.0), new Range(0.0, 1.0), YScale.LINEAR,
                LegendCorner.TOP_LEFT, series);
    }

    private static int paperIndex(double gamma) {
        for (int i = 0; i < PredictionAnalysis.PAPER_GAMMAS.length; i++) {
            if (PredictionAnalysis.PAPER_GAMMAS[i] == gamma) {
                return i;
            }
        }
        return PredictionAnalysis.PAPER_GAMMAS.length;
    }

    private static SeriesRole role(PredictionReport r, int c) {
        if (r.binary()) {
            return c == 1 ? SeriesRole.POSITIVE : SeriesRole.NEGATIVE;
        }
        return c == r.negativeClass() ? SeriesRole.NEGATIVE : SeriesRole.FAMILY;
    }

    /** Multi-class foreground classes take the family's colours in turn. */
    private static int variant(PredictionReport r, int c) {
        return r.binary() ? 0 : c < r.negativeClass() ? c + 1 : c;
    }

    static String className(PredictionReport r, List<String> names, int c, Messages m) {
        if (r.binary()) {
            return m.get(c == 1 ? "predictions.class.positives" : "predictions.class.negatives");
        }
        return c < names.size() ? names.get(c) : Integer.toString(c);
    }

    /**
     * n with a comma between groups of three digits ("10,000,000"), as {@code String.format(Locale.ROOT, "%,d", n)}
     * writes it, without parsing a format on every slider step.
     */
    static String count(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int len = digits.length() - sign;
        StringBuilder sb = new StringBuilder(digits.length() + len / 3);
        sb.append(digits, 0, sign);
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(sign + i));
        }
        return sb.toString();
    }
}
