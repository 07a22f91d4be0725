package org.focalexplorer.io.session;

/**
 * The shared loss parameters.
 *
 * @param alphaEnabled whether α weighting is on
 * @param alpha        α in [0, 1], kept while α weighting is off
 * @param gamma        γ ≥ 0
 * @param beta         FL*'s β, any finite number
 */
public record LossState(boolean alphaEnabled, double alpha, double gamma, double beta) {
    public LossState {
        Check.range("loss.alpha", alpha, 0.0, 1.0);
        Check.finite("loss.gamma", gamma);
        Check.range("loss.gamma", gamma, 0.0, Double.MAX_VALUE);
        Check.finite("loss.beta", beta);
    }
}
