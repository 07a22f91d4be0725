package org.focalexplorer.toy;


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
     *
     * <p>Both only change at the positives' distinct scores: the negatives are counted per interval between
     * them (ties apart), and a running count gives how many negatives reach each threshold. That sums the same
     * terms in the same order as walking the fully sorted list does.
     */
    public static Scores of(Predictions p) {
        if (!p.allFinite()) {
            return new Scores(Double.NaN, Double.NaN);
        }
        return of(p.logitArray(), p.labelArray(), 1.0, p.positives());
    }

    /**
     * The same for the scores of one class against the rest, without building a {@link Predictions}: example e
     * is positive when {@code labels[e] == positive}. The scores must all be finite and {@code nPos} must be the
     * number of positives (the caller has both at hand).
     */
    static Scores of(double[] logits, double[] labels, double positive, int nPos) {
        int nNeg = logits.length - nPos;
        if (nPos == 0) {
            return new Scores(Double.NaN, Double.NaN);
        }
        // the positives' distinct scores, highest first, and how many positives have each
        double[] pos = new double[nPos];
        int a = 0;
        for (int i = 0; i < logits.length; i++) {
            if (labels[i] == positive) {
                pos[a++] = logits[i];
            }
        }
        DoubleSort.sort(pos);
        double[] u = new double[nPos];
        int[] dp = new int[nPos];
        int m = 0;
        for (int i = nPos - 1; i >= 0; i--) {
            if (m > 0 && pos[i] == u[m - 1]) {
                dp[m - 1]++;
            } else {
                u[m] = pos[i];
                dp[m++] = 1;
            }
        }
        // reach[c]: negatives whose score is below u[c−1] and at least u[c] (so they count from threshold c on);
        // tied[c]: those equal to u[c]. Both are counts, so the negatives may be placed in any order: sorted
        // (the same radix sort), one walk down u places them all, O(N + P) instead of a binary search each,
        // whose chain of dependent loads cost most of a multi-class snapshot's metrics.
        double[] neg = new double[nNeg];
        int b = 0;
        for (int i = 0; i < logits.length; i++) {
            if (labels[i] != positive) {
                neg[b++] = logits[i];
            }
        }
        DoubleSort.sort(neg);
        int[] reach = new int[m + 1];
        int[] tied = new int[m + 1];
        int lo = 0; // first index with u[lo] <= v (u descending); does not decrease as v does
        for (int q = nNeg - 1; q >= 0; q--) {
            double v = neg[q];
            while (lo < m && u[lo] > v) {
                lo++;
            }
            reach[lo]++;
            tied[lo] += lo < m && u[lo] == v ? 1 : 0;
        }
        double ap = 0.0;
        double pairs = 0.0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < m; k++) {
            i += dp[k];
            j += reach[k];
            ap += (double) dp[k] / nPos * ((double) i / (i + j));
            // negatives strictly below this score: nNeg − j
            pairs += dp[k] * ((double) (nNeg - j) + 0.5 * tied[k]);
        }
        return new Scores(ap, nNeg == 0 ? Double.NaN : pairs / ((double) nPos * nNeg));
    }

    public static double averagePrecision(Predictions p) {
        return of(p).averagePrecision();
    }

    public static double rocAuc(Predictions p) {
        return of(p).rocAuc();
    }
}
