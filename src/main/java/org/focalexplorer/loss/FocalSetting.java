package org.focalexplorer.loss;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The one value for "which focal loss": α on or off, α, and γ — FL = −α_t (1 − p_t)^γ log p_t, with
 * α_t = α for a positive, 1 − α for a negative, and 1 when α is off. γ = 0 is cross-entropy (α-balanced
 * when α is on).
 *
 * <p>The app, the live classifier, sessions and the command line all speak this type. The libraries'
 * own spellings of "α off" exist only at the edges: torchvision's {@code alpha=-1} ({@link #torchvision},
 * {@link #torchvisionAlpha()}), smp's {@code alpha=None} ({@link #smpAlpha()}), Keras'
 * {@code apply_class_balancing=False}.
 *
 * <p>α is kept while it is off (a switched-off slider remembers its value), so two "off" settings may
 * differ in {@link #alpha()} and still be the same loss: compare losses with {@link #sameLoss}.
 *
 * @param alphaOn whether α weighting is on
 * @param alpha   the weight of the positive (foreground) class, in [0, 1]; kept while α is off
 * @param gamma   the focusing parameter γ ≥ 0 (finite)
 */
public record FocalSetting(boolean alphaOn, double alpha, double gamma) {
    /** α of the paper's best setting (Table 1b); also what an "off" setting built from a sentinel remembers. */
    public static final double PAPER_ALPHA = 0.25;
    public static final double PAPER_GAMMA = 2.0;

    public FocalSetting {
        Require.probability("alpha", alpha);
        Require.gamma(gamma);
        if (gamma == 0.0) {
            gamma = 0.0; // −0.0 and 0.0 are one setting
        }
    }

    /** Plain cross-entropy: α off, γ = 0. */
    public static FocalSetting crossEntropy() {
        return new FocalSetting(false, PAPER_ALPHA, 0.0);
    }

    /** α-balanced cross-entropy: γ = 0, α on. */
    public static FocalSetting balancedCrossEntropy(double alpha) {
        return new FocalSetting(true, alpha, 0.0);
    }

    /** Focal loss with α on. */
    public static FocalSetting focal(double alpha, double gamma) {
        return new FocalSetting(true, alpha, gamma);
    }

    /** Focal loss without α weighting. */
    public static FocalSetting focalWithoutAlpha(double gamma) {
        return new FocalSetting(false, PAPER_ALPHA, gamma);
    }

    /**
     * From torchvision's convention, where any α &lt; 0 switches α off ({@code if alpha >= 0}); α &gt; 1 or
     * NaN is refused with torchvision-worded messages.
     */
    public static FocalSetting torchvision(double alpha, double gamma) {
        if (Double.isNaN(alpha) || alpha > 1.0) {
            throw new IllegalArgumentException("alpha = " + alpha + ": must be in [0, 1], or negative to disable alpha weighting");
        }
        return alpha >= 0 ? new FocalSetting(true, alpha, gamma) : new FocalSetting(false, PAPER_ALPHA, gamma);
    }

    /** The same setting with another γ. */
    public FocalSetting withGamma(double g) {
        return new FocalSetting(alphaOn, alpha, g);
    }

    /** The same setting with α switched on and set to {@code a}. */
    public FocalSetting withAlpha(double a) {
        return new FocalSetting(true, a, gamma);
    }

    /** The same setting with α switched on or off (its value kept). */
    public FocalSetting withAlphaOn(boolean on) {
        return new FocalSetting(on, alpha, gamma);
    }

    /** Whether both define the same loss (α's remembered value does not count while α is off). */
    public boolean sameLoss(FocalSetting other) {
        return other != null && alphaOn == other.alphaOn && gamma == other.gamma && (!alphaOn || alpha == other.alpha);
    }

    /** This setting with an "off" α normalised to {@link #PAPER_ALPHA}: equal records ⇔ the same loss. */
    public FocalSetting canonical() {
        return alphaOn || alpha == PAPER_ALPHA ? this : new FocalSetting(false, PAPER_ALPHA, gamma);
    }

    public boolean hasAlpha() {
        return alphaOn;
    }

    public boolean isCrossEntropy() {
        return gamma == 0.0;
    }

    /** torchvision's {@code alpha} argument: α, or −1 when α is off. */
    public double torchvisionAlpha() {
        return alphaOn ? alpha : -1.0;
    }

    /** smp's {@code alpha} argument: α, or {@code null} (None) when α is off. */
    public Double smpAlpha() {
        return alphaOn ? alpha : null;
    }

    /** The loss core's parameters, torchvision semantics (linear soft-target p_t). */
    public BinaryFocalParams params() {
        return new BinaryFocalParams(SoftTargetConvention.TORCHVISION_LINEAR,
                alphaOn ? OptionalDouble.of(alpha) : OptionalDouble.empty(), gamma, false, OptionalDouble.empty(),
                BinaryFocalParams.SMP_DEFAULT_EPS);
    }

    /** α_t: α for a positive, 1 − α for a negative, 1 without α weighting. */
    public double alphaT(boolean positive) {
        if (!alphaOn) {
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
            return alphaOn ? "α-CE (α=" + number(alpha) + ")" : "CE";
        }
        return "FL (" + (alphaOn ? "α=" + number(alpha) : "no α") + ", γ=" + number(gamma) + ")";
    }

    /** "ce", "balanced-ce" or "focal": the kind of loss, as the command line names it. */
    public String kindId() {
        if (isCrossEntropy()) {
            return alphaOn ? "balanced-ce" : "ce";
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
