package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
/**
 * The "exploding loss" rule of the trainer's divergence detection.
 *
 * <p>A large learning rate can throw the weights so far that the loss jumps by orders of magnitude and
 * then falls back, all while every value stays finite; the NaN/∞ checks never fire and the run goes on
 * from a wrecked network. This rule compares a batch's loss with what a network that knows nothing
 * (p = 0.5 for every point, logit 0) scores on the same batch, under the same α and normalisation but
 * without the focusing term: FL never exceeds that α-weighted CE, so one bound serves both models, and it
 * does not depend on the initialisation (a prior-initialised network starts far below it, one without the
 * prior initialisation right at it), nor on the batch's mix of positives and negatives.
 */
public final class ExplodingLoss {
    /** A loss above this many times the know-nothing loss has exploded. */
    public static final double FACTOR = 100.0;

    private ExplodingLoss() {}

    /**
     * The bound for a batch: {@link #FACTOR} × Σ α_t · ln 2 over its {@code n} targets (0 or 1), divided
     * by n for a mean, times {@code scale} (the normalisation's factor). 0 when every α_t is 0.
     */
    static double limit(double[] targets, int n, FocalSetting loss, boolean mean, double scale) {
        int positives = 0;
        for (int k = 0; k < n; k++) {
            positives += targets[k] == 1.0 ? 1 : 0;
        }
        double weight = positives * loss.alphaT(true) + (n - positives) * loss.alphaT(false);
        double knowNothing = weight * Math.log(2.0) / (mean ? Math.max(1, n) : 1) * scale;
        return FACTOR * knowNothing;
    }
}
