package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.Metric;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.toy.ClassificationMetrics;

/** The value of every {@link Metric} of one model at full precision: shares as fractions, NaN where undefined. */
final class MetricValues {
    private MetricValues() {}

    /**
     * @param test   the model's metrics on the test set
     * @param shares where its own loss on the training points comes from
     * @return one value per metric, by ordinal
     */
    static List<Double> of(ClassificationMetrics test, LossShares shares) {
        List<Double> values = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            values.add(switch (metric) {
                case AVERAGE_PRECISION -> test.averagePrecision();
                case ROC_AUC -> test.rocAuc();
                case MINORITY_RECALL -> test.minorityRecall();
                case PRECISION -> test.atHalf().precision();
                case LOG_LOSS -> test.logLoss();
                case EASY_NEGATIVES -> shares.easyNegativeFraction();
                case EASY_NEGATIVE_LOSS -> shares.easyNegativeShare();
                case HARDEST_LOSS -> shares.hardestShare();
            });
        }
        return values;
    }
}
