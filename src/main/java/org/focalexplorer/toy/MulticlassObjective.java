package org.focalexplorer.toy;

import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.CrossEntropyLoss;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;

/**
 * One multi-class loss on a batch of K logits per example: its value and the gradient with respect to the
 * logits, both from the loss core; and, for the analysis, each example's loss and its weight relative to
 * CE. Logits are given per class ({@code logits[k][e]}, the network's layout) and handed to the core as
 * rows [n, K].
 */
final class MulticlassObjective {
    private MulticlassObjective() {}

    /**
     * The batch loss; writes d loss / d logit into {@code dLogits[k][e]}. Weighted CE is the core's
     * {@link CrossEntropyLoss} summed and divided by Σ α_y — torch's mean with weights — where the division
     * is done per entry exactly as {@link SoftmaxFocalLoss} does it, so at γ = 0 the two agree bit for bit
     * (the core's own mean multiplies by 1/Σα, one rounding away).
     */
    static double compute(MulticlassLoss loss, MulticlassLossParams p, double[][] logits, int[] labels, int n, double[][] dLogits) {
        int classes = logits.length;
        double[] rows = new double[n * classes];
        for (int k = 0; k < classes; k++) {
            double[] z = logits[k];
            for (int e = 0; e < n; e++) {
                rows[e * classes + k] = z[e];
            }
        }
        Tensor x = new Tensor(new int[] {n, classes}, rows);
        LabelTensor y = new LabelTensor(new int[] {n}, java.util.Arrays.copyOf(labels, n));
        double value;
        double[] g;
        switch (loss) {
            case CE:
            case WEIGHTED_CE: {
                double[] w = loss == MulticlassLoss.CE ? null : p.alphaVector().values();
                LossOutput out = CrossEntropyLoss.compute(x, y, w, CrossEntropyLoss.TORCH_DEFAULT_IGNORE_INDEX, Reduction.SUM);
                double norm = w == null ? n : weightSum(w, labels, n);
                value = out.loss().item() / norm;
                g = out.grad().data();
                for (int i = 0; i < g.length; i++) {
                    g[i] = g[i] / norm;
                }
                break;
            }
            case SOFTMAX_FOCAL: {
                LossOutput out = SoftmaxFocalLoss.compute(x, y, p.gamma(), p.alphaVector().values());
                value = out.loss().item();
                g = out.grad().data();
                break;
            }
            case OVR_FOCAL: {
                LossOutput out = SmpFocalLoss.compute(x, y, SmpFocalLoss.Settings.of(SmpMode.MULTICLASS, p.focal().smpAlpha(),
                        p.gamma(), null, false, null), Reduction.MEAN);
                value = out.loss().item();
                g = out.grad().data();
                break;
            }
            default:
                throw new AssertionError(loss);
        }
        for (int k = 0; k < classes; k++) {
            double[] d = dLogits[k];
            for (int e = 0; e < n; e++) {
                d[e] = g[e * classes + k];
            }
        }
        return value;
    }

    /**
     * Σ α_y over the batch by Neumaier's compensated summation in row order — the summation the core's
     * softmax focal loss uses for its normaliser, so both divide by the same double.
     */
    static double weightSum(double[] alpha, int[] labels, int n) {
        double sum = 0.0;
        double c = 0.0;
        for (int e = 0; e < n; e++) {
            double v = alpha[labels[e]];
            double t = sum + v;
            if (Math.abs(sum) >= Math.abs(v)) {
                c += (sum - t) + v;
            } else {
                c += (v - t) + sum;
            }
            sum = t;
        }
        return sum + c;
    }

    /**
     * Per example: its loss under the model's objective (before the batch normalisation) into
     * {@code losses}, and its weight relative to CE, α_y (1 − p_y)^γ, into {@code weights} (either may be
     * null). For the softmax losses p_y is the softmax probability; for one-vs-rest σ(z_y), and the loss is
     * the sum of the K binary losses of the example.
     */
    static void perExample(MulticlassLoss loss, MulticlassLossParams p, double[][] logits, int[] labels, double[] losses, double[] weights) {
        int classes = logits.length;
        int n = labels.length;
        if (loss.softmax()) {
            double gamma = loss == MulticlassLoss.SOFTMAX_FOCAL ? p.gamma() : 0.0;
            double[] xt = new double[n];
            for (int e = 0; e < n; e++) {
                xt[e] = trueClassLogit(logits, e, labels[e]);
            }
            FocalSetting binary = FocalSetting.focalWithoutAlpha(gamma);
            double[] l = losses == null ? null : BinaryFocalLoss.compute(Tensor.vector(xt), Tensor.vector(ones(n)), binary.params(),
                    Reduction.NONE).loss().data();
            for (int e = 0; e < n; e++) {
                double a = loss.usesAlphaVector() ? p.alphaVector().get(labels[e]) : 1.0;
                if (losses != null) {
                    losses[e] = a * l[e];
                }
                if (weights != null) {
                    weights[e] = a * binary.weight(xt[e], true);
                }
            }
            return;
        }
        FocalSetting f = p.focal();
        double[] flat = new double[n * classes];
        double[] targets = new double[n * classes];
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < classes; k++) {
                flat[e * classes + k] = logits[k][e];
                targets[e * classes + k] = labels[e] == k ? 1.0 : 0.0;
            }
        }
        double[] l = losses == null ? null : BinaryFocalLoss.compute(Tensor.vector(flat), Tensor.vector(targets), f.params(),
                Reduction.NONE).loss().data();
        for (int e = 0; e < n; e++) {
            if (losses != null) {
                double s = 0;
                for (int k = 0; k < classes; k++) {
                    s += l[e * classes + k];
                }
                losses[e] = s;
            }
            if (weights != null) {
                weights[e] = f.weight(logits[labels[e]][e], true);
            }
        }
    }

    /** z = x_y − logsumexp_{k≠y} x_k: σ(z) is the softmax probability of class y, without rounding 1 − p. */
    static double trueClassLogit(double[][] logits, int e, int y) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < logits.length; k++) {
            if (k != y) {
                m = Math.max(m, logits[k][e]);
            }
        }
        double s = 0;
        for (int k = 0; k < logits.length; k++) {
            if (k != y) {
                s += Math.exp(logits[k][e] - m);
            }
        }
        return logits[y][e] - m - Math.log(s);
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }
}
