package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.Metric;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.ThresholdMetrics;

/** The value of every {@link Metric} of one model at full precision: shares as fractions, NaN where undefined. */
final class MetricValues {
    private MetricValues() {}

    /**
     * @param model     the model (its metrics and predictions on the test set)
     * @param shares    where its own loss on the training points comes from
     * @param threshold p at or above which a test point counts as predicted positive (recall, precision)
     * @return one value per metric, by ordinal
     */
    static List<Double> of(ModelState model, LossShares shares, double threshold) {
        ClassificationMetrics test = model.testMetrics();
        // At 0.5 the trainer's own counts; at another threshold counted again on the test predictions.
        ThresholdMetrics at = threshold == 0.5 ? test.atHalf() : ThresholdMetrics.of(model.test(), threshold);
        List<Double> values = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            values.add(switch (metric) {
                case AVERAGE_PRECISION -> test.averagePrecision();
                case ROC_AUC -> test.rocAuc();
                case MINORITY_RECALL -> at.recall();
                case PRECISION -> at.precision();
                case LOG_LOSS -> test.logLoss();
                case CALIBRATION_ERROR -> test.calibrationError(); // the trainer's, from the same σ and labels
                case EASY_NEGATIVES -> shares.easyNegativeFraction();
                case EASY_NEGATIVE_LOSS -> shares.easyNegativeShare();
                case HARDEST_LOSS -> shares.hardestShare();
            });
        }
        return values;
    }
}
