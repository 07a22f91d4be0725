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
}
