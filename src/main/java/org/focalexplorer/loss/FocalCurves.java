package org.focalexplorer.loss;

/**
 * The scalar curves the explorer draws, as functions of p_t (the probability of the ground-truth class)
 * or of x_t (its logit). α_t is the weight of the example's class (1 = no α weighting).
 *
 * <p>Functions of p_t treat the given double as exact: 1 − p_t is exact for p_t ≥ 0.5 and log p_t is
 * taken as log1p(p_t − 1) there, so the easy end of a log-scale plot is correct down to the last value
 * the curve reaches. Functions of x_t keep full precision for every finite logit (no 1 − p_t at all).
 */
public final class FocalCurves {
    private FocalCurves() {}

    // ---- functions of p_t --------------------------------------------------------------------------

    /** CE(p_t) = −log p_t. */
    public static double ce(double pt) {
        checkPt(pt);
        return pt > 0.5 ? -Math.log1p(pt - 1.0) : -Math.log(pt);
    }

    /** The modulating factor (1 − p_t)^γ. */
    public static double modulatingFactor(double pt, double gamma) {
        checkPt(pt);
        Require.gamma(gamma);
        return Numerics.pow(1.0 - pt, gamma);
    }

    /** FL(p_t) = −α_t (1 − p_t)^γ log p_t. */
    public static double fl(double pt, double alphaT, double gamma) {
        checkAlphaT(alphaT);
        double ce = ce(pt);
        double m = modulatingFactor(pt, gamma);
        // FL is 0 wherever a factor is 0 (p_t = 1, or α_t = 0), never 0·∞ at p_t = 0
        return ce == 0.0 || alphaT == 0.0 || m == 0.0 ? 0.0 : alphaT * m * ce;
    }

    /** How many times less an example counts than under CE: CE / FL = 1 / (α_t (1 − p_t)^γ). */
    public static double ratioCeOverFl(double pt, double alphaT, double gamma) {
        checkAlphaT(alphaT);
        return 1.0 / (alphaT * modulatingFactor(pt, gamma));
    }

    /** x_t = logit(p_t) = log p_t − log(1 − p_t). */
    public static double logitOf(double pt) {
        checkPt(pt);
        return Math.log(pt) - Math.log1p(-pt);
    }

    // ---- functions of x_t --------------------------------------------------------------------------

    /** p_t = σ(x_t). */
    public static double probabilityOf(double xt) {
        Require.finite("x_t", xt);
        return Numerics.sigmoid(xt);
    }

    public static double ceOfLogit(double xt) {
        Require.finite("x_t", xt);
        return Numerics.softplus(-xt);
    }

    public static double flOfLogit(double xt, double alphaT, double gamma) {
        return element(xt, alphaT, gamma).loss;
    }

    /** (1 − p_t)^γ = exp(−γ softplus(x_t)). */
    public static double modulatingFactorOfLogit(double xt, double gamma) {
        Require.finite("x_t", xt);
        Require.gamma(gamma);
        return gamma == 0.0 ? 1.0 : Math.exp(-gamma * Numerics.softplus(xt));
    }

    public static double flStarOfLogit(double xt, double gamma, double beta) {
        Require.finite("x_t", xt);
        FlStar.checkParams(gamma, beta);
        return FlStar.loss(xt, gamma, beta);
    }

    /** dCE/dx_t = −(1 − p_t) = −σ(−x_t). */
    public static double ceGradient(double xt) {
        Require.finite("x_t", xt);
        return -Numerics.sigmoid(-xt);
    }

    /** dFL/dx_t = α_t (1 − p_t)^γ (γ p_t log p_t + p_t − 1) (paper Appendix B). */
    public static double flGradient(double xt, double alphaT, double gamma) {
        return element(xt, alphaT, gamma).grad;
    }

    /**
     * smp's {@code reduced_threshold} focal term (Reduced Focal Loss, arXiv 1903.01347): ((1 − p_t)/r)^γ
     * where p_t ≥ r, replaced by 1 where p_t &lt; r — exactly what {@link SmpFocalLoss} computes for a hard target.
     */
    public static double reducedFactorOfLogit(double xt, double gamma, double r) {
        return reducedElement(xt, 1.0, gamma, r).focal;
    }

    /** The reduced focal loss α_t · reduced factor · CE of one example, as smp computes it. */
    public static double reducedFlOfLogit(double xt, double alphaT, double gamma, double r) {
        return reducedElement(xt, alphaT, gamma, r).loss;
    }

    /** d(reduced FL)/dx_t: 0 from the factor below r (smp's factor is a constant 1 there). */
    public static double reducedFlGradient(double xt, double alphaT, double gamma, double r) {
        return reducedElement(xt, alphaT, gamma, r).grad;
    }

    /** dFL* / dx_t = −σ(−(γ x_t + β)). */
    public static double flStarGradient(double xt, double gamma, double beta) {
        Require.finite("x_t", xt);
        FlStar.checkParams(gamma, beta);
        return FlStar.gradient(xt, gamma, beta);
    }

    private static FocalElement element(double xt, double alphaT, double gamma) {
        Require.finite("x_t", xt);
        checkAlphaT(alphaT);
        // α_t enters as "α of a positive": target 1 with α = α_t.
        FocalElement e = new FocalElement(BinaryFocalParams.torchvision(alphaT, gamma));
        e.eval(xt, 1.0);
        return e;
    }

    private static FocalElement reducedElement(double xt, double alphaT, double gamma, double r) {
        Require.finite("x_t", xt);
        checkAlphaT(alphaT);
        // The smp convention with a hard target 1: α_t enters as smp's alpha of a positive.
        FocalElement e = new FocalElement(BinaryFocalParams.smp(alphaT, gamma, false, r));
        e.eval(xt, 1.0);
        return e;
    }

    private static void checkPt(double pt) {
        if (!(pt >= 0.0 && pt <= 1.0)) {
            throw new IllegalArgumentException("p_t = " + pt + ": must be in [0, 1]");
        }
    }

    private static void checkAlphaT(double alphaT) {
        Require.probability("alpha_t", alphaT);
    }
}
