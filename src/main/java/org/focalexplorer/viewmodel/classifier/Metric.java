package org.focalexplorer.viewmodel.classifier;

/**
 * The numbers shown beside each model's decision field, in display order. {@code labelKey} names one in
 * the bundle and {@code labelKey + ".tooltip"} explains it.
 */
public enum Metric {
    AVERAGE_PRECISION("classifier.metric.ap", true),
    ROC_AUC("classifier.metric.auc", true),
    MINORITY_RECALL("classifier.metric.recall", true),
    PRECISION("classifier.metric.precision", true),
    LOG_LOSS("classifier.metric.logLoss", true),
    EASY_NEGATIVES("classifier.metric.easyNegatives", false),
    EASY_NEGATIVE_LOSS("classifier.metric.easyNegativeLoss", false),
    HARDEST_LOSS("classifier.metric.hardestLoss", false);

    private final String labelKey;
    private final boolean testSet;

    Metric(String labelKey, boolean testSet) {
        this.labelKey = labelKey;
        this.testSet = testSet;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Measured on the test set (else on the training points, under the model's own loss). */
    public boolean onTestSet() {
        return testSet;
    }
}
