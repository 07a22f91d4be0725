package org.focalexplorer.analysis;

import java.util.Arrays;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.Predictions;

/**
 * Where the loss of a set of predictions comes from: the share carried by easy negatives, by the hardest
 * examples and by the positives. Shares are of the summed per-example loss under one {@link FocalSetting}
 * (normalisation cancels in a share). NaN when the set is empty, its total loss is 0 or a logit is not finite.
 *
 * @param easyNegativeShare    share of the loss carried by negatives with p_t &gt; {@link #EASY_PT}
 * @param easyNegativeFraction share of the examples that are such easy negatives
 * @param hardestFraction      the k of "hardest k %", as a fraction of the examples (rounded up to whole examples)
 * @param hardestShare         share of the loss carried by the ⌈k·n⌉ examples with the largest loss
 * @param positiveShare        share of the loss carried by the positives
 * @param totalLoss            the summed per-example loss
 */
public record LossShares(
        double easyNegativeShare,
        double easyNegativeFraction,
        double hardestFraction,
        double hardestShare,
        double positiveShare,
        double totalLoss) {

    /** An easy example: p_t above this. */
    public static final double EASY_PT = 0.9;

    public static LossShares of(Predictions p, FocalSetting loss, double hardestFraction) {
        if (!(hardestFraction > 0.0 && hardestFraction <= 1.0)) {
            throw new IllegalArgumentException("hardest fraction = " + hardestFraction + ": must be in (0, 1]");
        }
        int n = p.size();
        if (n == 0 || !p.allFinite()) {
            return new LossShares(Double.NaN, Double.NaN, hardestFraction, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] losses = BinaryFocalLoss.compute(p.logitTensor(), p.labelTensor(), loss.params(), Reduction.NONE).loss().data();
        double easy = 0.0;
        double positive = 0.0;
        int easyCount = 0;
        for (int i = 0; i < n; i++) {
            if (p.isPositive(i)) {
                positive += losses[i];
            } else if (p.probabilityOfTrueClass(i) > EASY_PT) {
                easy += losses[i];
                easyCount++;
            }
        }
        double[] sorted = losses.clone();
        Arrays.sort(sorted);
        double total = 0.0; // ascending: small terms first, the sum loses least
        for (double v : sorted) {
            total += v;
        }
        int k = (int) Math.min(n, Math.ceil(hardestFraction * n - 1e-9));
        double hardest = 0.0;
        for (int i = n - k; i < n; i++) {
            hardest += sorted[i];
        }
        if (!(total > 0.0)) {
            return new LossShares(Double.NaN, (double) easyCount / n, hardestFraction, Double.NaN, Double.NaN, total);
        }
        return new LossShares(easy / total, (double) easyCount / n, hardestFraction, Math.min(1.0, hardest / total),
                positive / total, total);
    }
}
