package org.focalexplorer.toy;

/**
 * Expected calibration error of the predicted probability of the positive class: the examples are put
 * in {@link #BINS} equal-width bins of p, and ECE = Σ_b (n_b / n) · |mean p in b − share of positives in b|
 * (the binary reliability diagram's weighted gap; Guo et al. 2017, Mukhoti et al. 2020 for focal loss).
 * 0 for a perfectly calibrated model. NaN for an empty set or a logit that is not finite.
 */
public final class Calibration {
    /** Bins of the reliability diagram, the usual 15. */
    public static final int BINS = 15;

    private Calibration() {}

    public static double expectedCalibrationError(Predictions p) {
        if (p.size() == 0 || !p.allFinite()) {
            return Double.NaN;
        }
        return expectedCalibrationError(p.probabilities(), p.labelArray());
    }

    /** The same from the probabilities σ(logit) already computed (all from finite logits) and the labels. */
    static double expectedCalibrationError(double[] probabilities, double[] labels) {
        int n = probabilities.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] sumP = new double[BINS];
        int[] positives = new int[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < n; i++) {
            double q = probabilities[i];
            int b = Math.min(BINS - 1, (int) (q * BINS));
            sumP[b] += q;
            count[b]++;
            positives[b] += labels[i] == 1.0 ? 1 : 0;
        }
        double ece = 0.0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += Math.abs(sumP[b] - positives[b]) / n; // (n_b/n)·|mean p − share|
            }
        }
        return ece;
    }
}
