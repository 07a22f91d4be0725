package org.focalexplorer.plot;

import java.util.Locale;
import org.focalexplorer.toy.Split;

/**
 * The numbers shown beside each model's decision field, in display order. {@code labelKey} names one in
 * the bundle and {@code labelKey + ".tooltip"} explains it.
 */
public enum Metric {
    AVERAGE_PRECISION("classifier.metric.ap", true, false),
    ROC_AUC("classifier.metric.auc", true, false),
    MINORITY_RECALL("classifier.metric.recall", true, true),
    PRECISION("classifier.metric.precision", true, true),
    LOG_LOSS("classifier.metric.logLoss", true, false),
    /** Expected calibration error, 15 equal-width bins of p (Guo et al. 2017): how far p is from the rate it predicts. */
    CALIBRATION_ERROR("classifier.metric.ece", true, false),
    EASY_NEGATIVES("classifier.metric.easyNegatives", false, true),
    EASY_NEGATIVE_LOSS("classifier.metric.easyNegativeLoss", false, true),
    HARDEST_LOSS("classifier.metric.hardestLoss", false, true);

    private final String labelKey;
    private final boolean testSet;
    private final boolean fraction;

    Metric(String labelKey, boolean testSet, boolean fraction) {
        this.labelKey = labelKey;
        this.testSet = testSet;
        this.fraction = fraction;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Measured on the test set (else on the training points, under the model's own loss). */
    public boolean onTestSet() {
        return testSet;
    }

    /** The bundle key of the heading its set has in the table. */
    public String groupKey() {
        return testSet ? "classifier.metrics.test" : "classifier.metrics.train";
    }

    /** The set it is measured on. */
    public Split split() {
        return testSet ? Split.TEST : Split.TRAIN;
    }

    /** A share from 0 to 1: shown as a percentage, exported as the fraction. */
    public boolean fraction() {
        return fraction;
    }

    /** A name for scripts that stays the same in every language and release ("average_precision", …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
