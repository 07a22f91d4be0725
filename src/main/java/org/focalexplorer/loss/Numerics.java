package org.focalexplorer.loss;

/**
 * Numerically stable building blocks in double precision.
 *
 * <p>Why these forms: the references compute {@code 1 - p_t} by subtraction and {@code log(1 + e)}
 * without {@code log1p}, so an easy example's loss cancels to 0 once σ(x) rounds to 1. Everything here
 * keeps full relative precision for every finite logit, which the log-scale plots depend on.
 */
public final class Numerics {
    private Numerics() {}

    /**
     * log(1 + x) for x ≥ −1, accurate to a few ulps. Uses the Goldberg trick (log(u)·x/(u−1) with
     * u = 1 + x) because {@link Math#log} is a JIT intrinsic and {@link Math#log1p} is several times
     * slower; the loss kernels call this once per element.
     */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        return Math.log(u) * x / (u - 1.0);
    }

    /** softplus(x) = log(1 + e^x), exact to a few ulps for every finite x (never 0 for finite x unless it underflows). */
    public static double softplus(double x) {
        if (x > 0) {
            return x + log1p(Math.exp(-x));
        }
        return log1p(Math.exp(x));
    }

    /** σ(x) = 1 / (1 + e^−x), computed without cancellation on either side. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** log σ(x) = −softplus(−x). */
    public static double logSigmoid(double x) {
        return -softplus(-x);
    }

    /**
     * log(1 − e^−a) for a ≥ 0 (Mächler's log1mexp): the log of {@code 1 - p_t} when p_t = e^−a.
     * Returns −∞ at a = 0.
     */
    public static double log1mexp(double a) {
        if (a <= 0.6931471805599453) {
            return Math.log(-Math.expm1(-a));
        }
        return Math.log1p(-Math.exp(-a));
    }

    /** x^γ for x ≥ 0, with 0^0 = 1 as torch defines it; small integer exponents by multiplication. */
    public static double pow(double x, double gamma) {
        if (gamma == 0.0) {
            return 1.0;
        }
        if (gamma == 1.0) {
            return x;
        }
        if (gamma == 2.0) {
            return x * x;
        }
        return Math.pow(x, gamma);
    }
}
