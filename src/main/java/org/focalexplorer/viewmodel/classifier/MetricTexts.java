package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.Metric;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/** The text of every {@link Metric} of one model: three significant digits, shares as percentages. */
final class MetricTexts {
    private MetricTexts() {}

    /** @param values one per metric, by ordinal ({@link MetricValues}) */
    static List<String> of(List<Double> values, Messages m) {
        List<String> texts = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            double v = values.get(metric.ordinal());
            texts.add(metric.fraction() ? percent(v, m) : NumberText.format(v, 3));
        }
        return texts;
    }

    static String percent(double fraction, Messages m) {
        return Double.isNaN(fraction) ? NumberText.format(fraction, 3)
                : m.format("classifier.percent", NumberText.format(100.0 * fraction, 3));
    }
}
