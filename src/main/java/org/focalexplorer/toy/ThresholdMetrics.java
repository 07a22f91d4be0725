package org.focalexplorer.toy;

/**
 * The confusion matrix at a threshold on p (predicted positive when p ≥ threshold) and what follows
 * from it. A ratio whose denominator is 0 is reported as 0 (scikit-learn's {@code zero_division=0}).
 */
public record ThresholdMetrics(double threshold, int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** Counts the confusion matrix of {@code p} at {@code threshold}. */
    public static ThresholdMetrics of(Predictions p, double threshold) {
        return of(p.probabilities(), p.labelArray(), threshold);
    }

    /** The same from the probabilities σ(logit) already computed, and the labels (0 or 1). */
    static ThresholdMetrics of(double[] probabilities, double[] labels, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            if (labels[i] == 1.0) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ThresholdMetrics(threshold, tp, fp, tn, fn);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Recall of the positives (sensitivity). */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Recall of the negatives (specificity). */
    public double negativeRecall() {
        return ratio(trueNegatives, trueNegatives + falsePositives);
    }

    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + falsePositives + trueNegatives + falseNegatives);
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 0.0 : (double) num / den;
    }
}
