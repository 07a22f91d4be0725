package org.focalexplorer.loss;

/**
 * One element of the binary focal loss: its loss, d loss / dx, the focal term and d focal / dx.
 *
 * <p>A small mutable scratch object so that the hot loops allocate nothing; one per call.
 *
 * <p>Hard targets (t = 0 or 1) go through the logit of the true class, x_t = ±x, where
 * CE = softplus(−x_t), log(1 − p_t) = −softplus(x_t) and (paper Appendix B)
 * dFL/dx_t = −α_t (1 − p_t)^γ (γ p_t CE + 1 − p_t): every term is positive, so nothing cancels, for
 * every finite logit. Soft targets follow the convention's own definition of p_t.
 */
final class FocalElement {
    double loss;
    /** d loss / d x. */
    double grad;
    /** The focal (modulating) term, before α. */
    double focal;
    /** d focal / d x. */
    double dFocal;

    private final SoftTargetConvention convention;
    private final boolean hasAlpha;
    private final double alpha;
    private final double gamma;
    private final boolean hasThreshold;
    private final double threshold;
    private final double logThreshold;

    FocalElement(BinaryFocalParams p) {
        this.convention = p.convention();
        this.hasAlpha = p.alpha().isPresent();
        this.alpha = p.alpha().orElse(Double.NaN);
        this.gamma = p.gamma();
        this.hasThreshold = p.reducedThreshold().isPresent();
        this.threshold = p.reducedThreshold().orElse(Double.NaN);
        this.logThreshold = hasThreshold ? Math.log(threshold) : 0.0;
    }

    void eval(double x, double t) {
        if (t == 1.0) {
            hard(x, 1.0, hasAlpha ? alpha : 1.0);
        } else if (t == 0.0) {
            hard(-x, -1.0, hasAlpha ? 1.0 - alpha : 1.0);
        } else if (convention == SoftTargetConvention.TORCHVISION_LINEAR) {
            softLinear(x, t);
        } else {
            softGeometric(x, t);
        }
    }

    /** x_t is the logit of the true class, sign = dx_t/dx. */
    private void hard(double xt, double sign, double alphaT) {
        double e = Math.exp(-Math.abs(xt));
        double l1pe = Numerics.log1p(e);
        double ce;
        double logQ;
        double p;
        double q;
        if (xt >= 0) {
            ce = l1pe;
            logQ = -(xt + l1pe);
            p = 1.0 / (1.0 + e);
            q = e * p;
        } else {
            ce = l1pe - xt;
            logQ = -l1pe;
            q = 1.0 / (1.0 + e);
            p = e * q;
        }
        double f;
        double dLdxt;
        double dFdxt;
        if (hasThreshold && belowThreshold(p, q)) {
            // smp replaces the focal term by 1 below the threshold: its derivative there is 0.
            f = 1.0;
            dFdxt = 0.0;
            dLdxt = -q;
        } else {
            if (gamma == 0.0) {
                f = 1.0;
            } else if (hasThreshold) {
                f = Math.exp(gamma * (logQ - logThreshold));
            } else if (gamma == 2.0) {
                f = q * q;
            } else if (gamma == 1.0) {
                f = q;
            } else {
                f = Math.exp(gamma * logQ);
            }
            dFdxt = -gamma * p * f;
            dLdxt = -f * (gamma * p * ce + q);
        }
        loss = alphaT * f * ce;
        grad = sign * alphaT * dLdxt;
        focal = f;
        dFocal = sign * dFdxt;
    }

    /**
     * smp's {@code pt < reduced_threshold}, decided from accurate quantities: p_t itself rounds to 1 for
     * x_t ≳ 36.7, so for r ≥ 0.5 compare 1 − p_t (exact as q) with 1 − r (exact by Sterbenz) instead.
     */
    private boolean belowThreshold(double p, double q) {
        return threshold >= 0.5 ? q > 1.0 - threshold : p < threshold;
    }

    /** torchvision: 1 − p_t = t·(1 − p) + (1 − t)·p, a sum of positive terms. */
    private void softLinear(double x, double t) {
        double p = Numerics.sigmoid(x);
        double pm = Numerics.sigmoid(-x);
        double m = t * pm + (1.0 - t) * p;
        double ce = (1.0 - t) * Numerics.softplus(x) + t * Numerics.softplus(-x);
        double alphaT = hasAlpha ? alpha * t + (1.0 - alpha) * (1.0 - t) : 1.0;
        double f = Numerics.pow(m, gamma);
        double df = gamma == 0.0 ? 0.0 : gamma * (f / m) * (1.0 - 2.0 * t) * p * pm;
        loss = alphaT * f * ce;
        grad = alphaT * (df * ce + f * (p - t));
        focal = f;
        dFocal = df;
    }

    /** smp: p_t = exp(−BCE), so 1 − p_t = −expm1(−BCE) and the focal term is a function of BCE alone. */
    private void softGeometric(double x, double t) {
        double p = Numerics.sigmoid(x);
        double bce = (1.0 - t) * Numerics.softplus(x) + t * Numerics.softplus(-x);
        double dBce = p - t;
        double alphaT = hasAlpha ? alpha * t + (1.0 - alpha) * (1.0 - t) : 1.0;
        double f;
        double df;
        if (hasThreshold && bce > -logThreshold) { // p_t = exp(-BCE) < r, decided without rounding p_t
            f = 1.0;
            df = 0.0;
        } else if (gamma == 0.0) {
            f = 1.0;
            df = 0.0;
        } else {
            f = Math.exp(gamma * (Numerics.log1mexp(bce) - logThreshold));
            // d(1 - p_t)^γ / dBCE = γ (1 - p_t)^γ · p_t / (1 - p_t) = γ f / expm1(BCE)
            df = gamma * f / Math.expm1(bce) * dBce;
        }
        loss = alphaT * f * bce;
        grad = alphaT * (df * bce + f * dBce);
        focal = f;
        dFocal = df;
    }
}
