package org.focalexplorer.viewmodel.code;

/**
 * The reference libraries' formulas, written out literally from what they document (shared golden README for
 * torchvision 0.14.1, smp and the seed's softmax loss; Keras 3's losses.py for the Keras losses) — element
 * by element, independent of the app's loss core. Each takes the arguments as a snippet passes them.
 */
final class ReferenceSemantics {
    private ReferenceSemantics() {}

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** BCE with logits, stably. */
    static double bce(double x, double t) {
        return Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** torchvision sigmoid_focal_loss element: linear p_t; α applied only if alpha &gt;= 0. */
    static double torchvision(double x, double t, double alpha, double gamma) {
        double p = sigmoid(x);
        double pt = p * t + (1 - p) * (1 - t);
        double loss = bce(x, t) * Math.pow(1 - pt, gamma);
        if (alpha >= 0) {
            loss *= alpha * t + (1 - alpha) * (1 - t);
        }
        return loss;
    }

    /** smp focal_loss_with_logits element: pt = exp(−BCE); α applied whenever it is not None, whatever its sign. */
    static double smp(double x, double t, Double alpha, double gamma) {
        double ce = bce(x, t);
        double pt = Math.exp(-ce);
        double loss = Math.pow(1 - pt, gamma) * ce;
        if (alpha != null) {
            loss *= alpha * t + (1 - alpha) * (1 - t);
        }
        return loss;
    }

    /** Keras 3 binary_focal_crossentropy element with from_logits=True (probabilities clipped to [1e-7, 1 − 1e-7] for the BCE). */
    static double kerasBinary(double x, double t, boolean applyClassBalancing, double alpha, double gamma) {
        double p = sigmoid(x);
        double pc = Math.min(Math.max(p, 1e-7), 1 - 1e-7);
        double bce = -(t * Math.log(pc) + (1 - t) * Math.log(1 - pc));
        double pt = t * p + (1 - t) * (1 - p);
        double loss = Math.pow(1 - pt, gamma) * bce;
        if (applyClassBalancing) {
            loss *= t * alpha + (1 - t) * (1 - alpha);
        }
        return loss;
    }

    /** One row's log-softmax at class y. */
    static double logSoftmax(double[] row, int y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (double v : row) {
            s += Math.exp(v - max);
        }
        return row[y] - max - Math.log(s);
    }

    /** The seed's softmax focal loss of one row, unweighted: (1 − p)^γ (−log p). */
    static double softmaxRow(double[] row, int y, double gamma) {
        double logPt = logSoftmax(row, y);
        return -Math.pow(1 - Math.exp(logPt), gamma) * logPt;
    }

    /**
     * Keras 3 categorical_focal_crossentropy of one row, from logits, one-hot target y: softmax, renormalise,
     * clip to [1e-7, 1 − 1e-7], Σ_c alpha_c (1 − out_c)^γ (−y_c log out_c).
     */
    static double kerasCategoricalRow(double[] row, int y, double[] alphaPerClass, double gamma) {
        double[] out = new double[row.length];
        double sum = 0;
        for (int c = 0; c < row.length; c++) {
            out[c] = Math.exp(logSoftmax(row, c));
            sum += out[c];
        }
        double loss = 0;
        for (int c = 0; c < row.length; c++) {
            double o = Math.min(Math.max(out[c] / sum, 1e-7), 1 - 1e-7);
            double yc = c == y ? 1.0 : 0.0;
            loss += Math.pow(1 - o, gamma) * alphaPerClass[c] * (-yc * Math.log(o));
        }
        return loss;
    }
}
