package org.focalexplorer.viewmodel.classifier;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.viewmodel.text.NumberText;

/** The text of every {@link Metric} of one model. */
final class MetricTexts {
    private MetricTexts() {}

    /**
     * @param test   the model's metrics on the test set
     * @param shares where its own loss on the training points comes from
     */
    static List<String> of(ClassificationMetrics test, LossShares shares, Messages m) {
        List<String> texts = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            texts.add(switch (metric) {
                case AVERAGE_PRECISION -> NumberText.format(test.averagePrecision(), 3);
                case ROC_AUC -> NumberText.format(test.rocAuc(), 3);
                case MINORITY_RECALL -> percent(test.minorityRecall(), m);
                case PRECISION -> percent(test.atHalf().precision(), m);
                case LOG_LOSS -> NumberText.format(test.logLoss(), 3);
                case EASY_NEGATIVES -> percent(shares.easyNegativeFraction(), m);
                case EASY_NEGATIVE_LOSS -> percent(shares.easyNegativeShare(), m);
                case HARDEST_LOSS -> percent(shares.hardestShare(), m);
            });
        }
        return texts;
    }

    static String percent(double fraction, Messages m) {
        return Double.isNaN(fraction) ? NumberText.format(fraction, 3)
                : m.format("classifier.percent", NumberText.format(100.0 * fraction, 3));
    }
}
