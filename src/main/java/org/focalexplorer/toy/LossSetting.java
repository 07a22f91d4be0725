package org.focalexplorer.toy;

import java.util.Locale;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.FocalCurves;

/**
 * The loss one model trains with, in torchvision's {@code sigmoid_focal_loss(alpha, gamma)} terms:
 * FL = −α_t (1 − p_t)^γ log p_t. γ = 0 is cross-entropy (α-balanced when α ≥ 0).
 *
 * <p>An immutable value: the trainer reads the focal model's setting once per step, so a change made from
 * another thread applies whole (α and γ together) at the next step boundary.
 *
 * @param alpha weight of positives (negatives get 1 − α) in [0, 1]; any negative value = no α weighting
 *              (normalised to −1, so that all "off" settings are equal)
 * @param gamma focusing parameter γ ≥ 0
 */
public record LossSetting(double alpha, double gamma) {

    public LossSetting {
        BinaryFocalParams.torchvision(alpha, gamma); // the loss core's own checks and messages
        if (alpha < 0) {
            alpha = -1.0;
        }
        if (gamma == 0.0) {
            gamma = 0.0; // −0.0 and 0.0 are one setting
        }
    }

    public static LossSetting crossEntropy() {
        return new LossSetting(-1.0, 0.0);
    }

    public static LossSetting balancedCrossEntropy(double alpha) {
        if (alpha < 0) {
            throw new IllegalArgumentException("alpha = " + alpha + ": α-balanced cross-entropy needs alpha in [0, 1]");
        }
        return new LossSetting(alpha, 0.0);
    }

    public static LossSetting focal(double alpha, double gamma) {
        return new LossSetting(alpha, gamma);
    }

    public boolean hasAlpha() {
        return alpha >= 0;
    }

    public boolean isCrossEntropy() {
        return gamma == 0.0;
    }

    /** The loss core's parameters for this setting. */
    public BinaryFocalParams params() {
        return BinaryFocalParams.torchvision(alpha, gamma);
    }

    /** α_t: α for a positive, 1 − α for a negative, 1 without α weighting. */
    public double alphaT(boolean positive) {
        if (!hasAlpha()) {
            return 1.0;
        }
        return positive ? alpha : 1.0 - alpha;
    }

    /**
     * The weight FL gives an example relative to plain CE, α_t (1 − p_t)^γ, from its logit (exact for
     * every finite logit: no 1 − p subtraction; the limits for ±∞, NaN for NaN).
     */
    public double weight(double logit, boolean positive) {
        double xt = positive ? logit : -logit;
        double a = alphaT(positive);
        if (!Double.isFinite(xt)) { // limits: p_t = 1 at +∞, 0 at −∞; NaN stays NaN
            return Double.isNaN(xt) ? Double.NaN : gamma == 0.0 || xt < 0 ? a : 0.0;
        }
        return a * FocalCurves.modulatingFactorOfLogit(xt, gamma);
    }

    /** "CE", "α-CE (α=0.75)" or "FL (α=0.25, γ=2)". */
    public String label() {
        if (isCrossEntropy()) {
            return hasAlpha() ? "α-CE (α=" + number(alpha) + ")" : "CE";
        }
        return "FL (" + (hasAlpha() ? "α=" + number(alpha) : "no α") + ", γ=" + number(gamma) + ")";
    }

    /** "ce", "balanced-ce" or "focal": the kind of loss, as the command line names it. */
    public String kindId() {
        if (isCrossEntropy()) {
            return hasAlpha() ? "balanced-ce" : "ce";
        }
        return "focal";
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
