package org.focalexplorer.analysis.predictions;

/**
 * Truncated Taylor series ("jets") of the focal-loss terms around a bin's centre, in the bin's scaled
 * variable u = (x_t − c)/w: a jet holds the coefficients a_0 … a_K of Σ a_k u^k. Only exp, log1p and
 * products are needed; each is the textbook recurrence on coefficients (Griewank, Evaluating Derivatives,
 * ch. 13). The constant terms use the same stable forms as the loss core, so nothing cancels for easy
 * examples: CE = log1p(e^−x_t) for x_t ≥ 0, never softplus(x_t) − x_t.
 */
final class Jets {
    /** Order of the loss jet: the moments go to u^5, the gradient (its derivative) needs one more. */
    static final int ORDER = 6;
    static final int SIZE = ORDER + 1;

    private Jets() {}

    /** exp(a) into out. */
    static void exp(double[] a, double[] out) {
        out[0] = Math.exp(a[0]);
        for (int k = 1; k < SIZE; k++) {
            double s = 0.0;
            for (int j = 1; j <= k; j++) {
                s += j * a[j] * out[k - j];
            }
            out[k] = s / k;
        }
    }

    /** log(1 + e) into out, for e with e_0 ≥ 0. */
    static void log1p(double[] e, double[] out) {
        double b0 = 1.0 + e[0];
        out[0] = Math.log1p(e[0]);
        for (int k = 1; k < SIZE; k++) {
            double s = 0.0;
            for (int j = 1; j < k; j++) {
                s += j * out[j] * e[k - j];
            }
            out[k] = (e[k] - s / k) / b0;
        }
    }

    static void multiply(double[] a, double[] b, double[] out) {
        for (int k = SIZE - 1; k >= 0; k--) { // from the top, so out may be a or b
            double s = 0.0;
            for (int j = 0; j <= k; j++) {
                s += a[j] * b[k - j];
            }
            out[k] = s;
        }
    }

    /**
     * The per-example terms of one bin at γ, without α: the loss FL(x_t) = (1 − p_t)^γ CE, the weight
     * (1 − p_t)^γ and its square, each as a jet in u where x_t = centre + halfWidth · u.
     */
    static final class Terms {
        final double[] loss = new double[SIZE];
        final double[] weight = new double[SIZE];
        final double[] weightSquared = new double[SIZE];
        private final double[] z = new double[SIZE];
        private final double[] e = new double[SIZE];
        private final double[] l1pe = new double[SIZE];
        private final double[] sp = new double[SIZE];
        private final double[] ce = new double[SIZE];
        private final double[] scratch = new double[SIZE];

        void evaluate(double centre, double halfWidth, double gamma) {
            // e = exp(−|x_t|): the series of exp(−x_t) for a centre ≥ 0, of exp(x_t) below
            double sign = centre >= 0 ? -1.0 : 1.0;
            z[0] = sign * centre;
            z[1] = sign * halfWidth;
            exp(z, e);
            log1p(e, l1pe);
            for (int k = 0; k < SIZE; k++) {
                double lin = k == 0 ? centre : k == 1 ? halfWidth : 0.0;
                if (centre >= 0) { // CE = log1p(e^−x), softplus(x) = x + log1p(e^−x)
                    ce[k] = l1pe[k];
                    sp[k] = lin + l1pe[k];
                } else {           // softplus(x) = log1p(e^x), CE = −x + log1p(e^x)
                    sp[k] = l1pe[k];
                    ce[k] = -lin + l1pe[k];
                }
            }
            if (gamma == 0.0) {
                weight[0] = 1.0;
                for (int k = 1; k < SIZE; k++) {
                    weight[k] = 0.0;
                }
            } else {
                for (int k = 0; k < SIZE; k++) {
                    scratch[k] = -gamma * sp[k];
                }
                exp(scratch, weight);
            }
            multiply(weight, ce, loss);
            multiply(weight, weight, weightSquared);
        }
    }
}
