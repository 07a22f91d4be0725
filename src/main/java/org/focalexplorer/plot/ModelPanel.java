package org.focalexplorer.plot;

import org.focalexplorer.settings.Figure4Class;
import java.util.List;
import org.focalexplorer.toy.DecisionField;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.plot.PlotData;

/**
 * What one model's side of the window shows. Immutable.
 *
 * @param role              which model
 * @param title             its heading, naming its loss
 * @param field             p over the plane, for the heatmap
 * @param marks             how each training point is drawn (size and opacity from its weight)
 * @param metrics           the text of each {@link Metric}, by ordinal
 * @param metricValues      the value of each {@link Metric} at full precision (shares as fractions), by ordinal
 * @param histogram         p_t of the training points, positives and negatives
 * @param figure4Positives  the paper's Figure 4 for the positives
 * @param figure4Negatives  the paper's Figure 4 for the negatives
 */
public record ModelPanel(
        ModelRole role,
        String title,
        DecisionField field,
        PointMarks marks,
        List<String> metrics,
        List<Double> metricValues,
        PlotData histogram,
        PlotData figure4Positives,
        PlotData figure4Negatives) {

    public ModelPanel {
        metrics = List.copyOf(metrics);
        metricValues = List.copyOf(metricValues);
        if (metrics.size() != Metric.values().length || metricValues.size() != Metric.values().length) {
            throw new IllegalArgumentException("metrics = " + metrics.size() + ", metric values = " + metricValues.size()
                    + ": must be " + Metric.values().length);
        }
    }

    public String metric(Metric m) {
        return metrics.get(m.ordinal());
    }

    /** The full-precision value behind {@link #metric}: a share as a fraction, NaN where undefined. */
    public double value(Metric m) {
        return metricValues.get(m.ordinal());
    }

    public PlotData figure4(Figure4Class c) {
        return c == Figure4Class.POSITIVES ? figure4Positives : figure4Negatives;
    }
}
