package org.focalexplorer.loss;

/**
 * Reduces one softmax row to the binary problem of its true class.
 *
 * <p>With L_o = logsumexp of the other classes, p_y = σ(z) and 1 − p_y = σ(−z) for z = x_y − L_o.
 * So −log p_y = softplus(−z) and log(1 − p_y) = −softplus(z), without ever forming 1 − p_y by
 * subtraction, and the binary focal kernel applies unchanged. The other classes' gradients are the true
 * class's scaled by p_j / (1 − p_y) = exp(x_j − L_o).
 */
final class SoftmaxRow {
    /** z = x_y − logsumexp_{k≠y} x_k; +∞ when there is no other class. */
    double z;
    private double otherMax;
    private double otherSum;

    /** Reads row {@code r} of {@code x} in {@code layout} with true class {@code y}. */
    void load(double[] x, ClassLayout layout, int r, int y) {
        double m = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int c = 0; c < layout.classes(); c++) {
            if (c != y) {
                double v = x[layout.offset(r, c)];
                if (v > m) {
                    m = v;
                    arg = c;
                }
            }
        }
        if (arg < 0) {
            z = Double.POSITIVE_INFINITY;
            otherMax = m;
            otherSum = 1.0;
            return;
        }
        double rest = 0.0;
        for (int c = 0; c < layout.classes(); c++) {
            if (c != y && c != arg) {
                rest += Math.exp(x[layout.offset(r, c)] - m);
            }
        }
        otherMax = m;
        otherSum = 1.0 + rest;
        z = (x[layout.offset(r, y)] - m) - Numerics.log1p(rest);
    }

    /** p_j / (1 − p_y) for another class j with logit {@code xj}. */
    double shareOfRest(double xj) {
        return Math.exp(xj - otherMax) / otherSum;
    }

    /**
     * Writes {@code scale · dL/dx} of this row into {@code grad}, given dL/dz of the row's binary loss.
     * d/dx_y = dL/dz and d/dx_j = −dL/dz · p_j/(1 − p_y).
     */
    void scatterGradient(double[] x, ClassLayout layout, int r, int y, double dLdz, double[] grad) {
        for (int c = 0; c < layout.classes(); c++) {
            int o = layout.offset(r, c);
            grad[o] = c == y ? dLdz : -dLdz * shareOfRest(x[o]);
        }
    }

    /** exp(x_c − otherMax) of the last {@link #loadAt} for c ≠ y (exactly 1 at the arg max), reused by {@link #scatterScaled}. */
    private double[] ex = new double[0];

    /**
     * {@link #load} for a row whose class c sits at {@code x[base + c * stride]}: no index division per
     * class, and the exponentials are kept for the gradient. Same result bit for bit.
     *
     * @return false if a logit of the row is not finite (the row is then not loaded): the caller's input
     *     check, fused into this first read of the row
     */
    boolean loadAt(double[] x, int base, int stride, int classes, int y) {
        if (ex.length != classes) {
            ex = new double[classes];
        }
        double m = Double.NEGATIVE_INFINITY;
        int arg = -1;
        boolean finite = true;
        for (int c = 0, o = base; c < classes; c++, o += stride) {
            double v = x[o];
            finite &= Math.abs(v) <= Double.MAX_VALUE;
            if (c != y && v > m) {
                m = v;
                arg = c;
            }
        }
        if (!finite) {
            return false;
        }
        if (arg < 0) {
            z = Double.POSITIVE_INFINITY;
            otherMax = m;
            otherSum = 1.0;
            return true;
        }
        double rest = 0.0;
        for (int c = 0, o = base; c < classes; c++, o += stride) {
            if (c != y && c != arg) {
                double v = Math.exp(x[o] - m);
                ex[c] = v;
                rest += v;
            }
        }
        ex[arg] = 1.0; // Math.exp(0.0), exactly
        otherMax = m;
        otherSum = 1.0 + rest;
        z = (x[base + y * stride] - m) - Numerics.log1p(rest);
        return true;
    }

    /**
     * {@link #scatterGradient} for the row last {@link #loadAt loaded}, each entry divided by {@code norm}
     * (the same two roundings as scattering first and dividing in a second pass).
     */
    void scatterScaled(int base, int stride, int classes, int y, double dLdz, double norm, double[] grad) {
        for (int c = 0, o = base; c < classes; c++, o += stride) {
            grad[o] = (c == y ? dLdz : -dLdz * (ex[c] / otherSum)) / norm;
        }
    }
}
