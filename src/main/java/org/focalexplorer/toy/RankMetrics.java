package org.focalexplorer.toy;

import java.util.Arrays;

/**
 * Threshold-free metrics from the ranking of the scores, with ties handled as scikit-learn does: all
 * examples with the same score enter at one threshold. NaN if a logit is not finite.
 */
public final class RankMetrics {
    private RankMetrics() {}

    /** Average precision and ROC-AUC of one set, from one sort. */
    public record Scores(double averagePrecision, double rocAuc) {}

    /**
     * Average precision, Σ_k (R_k − R_{k−1}) P_k over the distinct score thresholds from the highest down
     * (scikit-learn's {@code average_precision_score}), NaN without positives; and ROC-AUC, the probability
     * that a random positive outranks a random negative with ties counting ½, NaN if a class is missing.
     */
    public static Scores of(Predictions p) {
        if (!p.allFinite()) {
            return new Scores(Double.NaN, Double.NaN);
        }
        Sorted s = sorted(p);
        int nPos = s.pos.length;
        int nNeg = s.neg.length;
        if (nPos == 0) {
            return new Scores(Double.NaN, Double.NaN);
        }
        double ap = 0.0;
        double pairs = 0.0;
        int i = 0;
        int j = 0;
        while (i < nPos) { // past the last positive, neither sum grows
            double score = Math.max(s.pos[i], j < nNeg ? s.neg[j] : Double.NEGATIVE_INFINITY);
            int dp = 0;
            int dn = 0;
            while (i < nPos && s.pos[i] == score) {
                i++;
                dp++;
            }
            while (j < nNeg && s.neg[j] == score) {
                j++;
                dn++;
            }
            if (dp > 0) {
                ap += (double) dp / nPos * ((double) i / (i + j));
                // negatives strictly below this score: nNeg − j
                pairs += dp * ((double) (nNeg - j) + 0.5 * dn);
            }
        }
        return new Scores(ap, nNeg == 0 ? Double.NaN : pairs / ((double) nPos * nNeg));
    }

    public static double averagePrecision(Predictions p) {
        return of(p).averagePrecision();
    }

    public static double rocAuc(Predictions p) {
        return of(p).rocAuc();
    }

    /** Logits of each class, highest first (ranking by logit is ranking by p, without p's rounding). */
    private record Sorted(double[] pos, double[] neg) {}

    private static Sorted sorted(Predictions p) {
        double[] pos = new double[p.positives()];
        double[] neg = new double[p.negatives()];
        int a = 0;
        int b = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.isPositive(i)) {
                pos[a++] = -p.logit(i);
            } else {
                neg[b++] = -p.logit(i);
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        for (int i = 0; i < pos.length; i++) {
            pos[i] = -pos[i];
        }
        for (int i = 0; i < neg.length; i++) {
            neg[i] = -neg[i];
        }
        return new Sorted(pos, neg);
    }
}
