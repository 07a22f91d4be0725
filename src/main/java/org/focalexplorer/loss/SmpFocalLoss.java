package org.focalexplorer.loss;

import java.util.Arrays;

/**
 * segmentation_models_pytorch {@code FocalLoss(mode, alpha, gamma, ignore_index, reduction, normalized,
 * reduced_threshold)} on its from-logits path, reproduced including its shape behaviour:
 * <ul>
 *   <li>binary / multilabel: both tensors are flattened, entries whose target equals {@code ignore_index}
 *       are dropped, so {@code none} returns a 1-D tensor;</li>
 *   <li>multiclass: Σ_c FL(logits[:, c, …], labels == c); with an {@code ignore_index} the ignored positions
 *       are dropped for every class (1-D), without one the per-class shape [N, …] is kept;</li>
 *   <li>all positions ignored: mean NaN, sum 0, gradient 0 — as smp gives.</li>
 * </ul>
 * Dropped or ignored logits get gradient 0.
 */
public final class SmpFocalLoss {
    private SmpFocalLoss() {}

    /** The wrapper's settings; {@code alpha}, {@code ignoreIndex} and {@code reducedThreshold} may be null (smp's None). */
    public record Settings(SmpMode mode, Double alpha, double gamma, Integer ignoreIndex,
                           boolean normalized, Double reducedThreshold, double eps) {
        public Settings {
            if (mode == null) {
                throw new IllegalArgumentException("mode must not be null");
            }
            BinaryFocalParams.smp(alpha, gamma, normalized, reducedThreshold, eps); // validates
        }

        public static Settings of(SmpMode mode, Double alpha, double gamma, Integer ignoreIndex,
                                  boolean normalized, Double reducedThreshold) {
            return new Settings(mode, alpha, gamma, ignoreIndex, normalized, reducedThreshold, BinaryFocalParams.SMP_DEFAULT_EPS);
        }

        BinaryFocalParams binary() {
            return BinaryFocalParams.smp(alpha, gamma, normalized, reducedThreshold, eps);
        }
    }

    /** Binary or multilabel mode: float targets of the logits' shape. */
    public static LossOutput compute(Tensor logits, Tensor targets, Settings s, Reduction reduction) {
        if (s.mode() == SmpMode.MULTICLASS) {
            throw new IllegalArgumentException("mode = multiclass takes integer class labels, not float targets");
        }
        Require.sameShape("logits", logits.shape(), "targets", targets.shape());
        Require.allFinite("logits", logits);
        double[] t = targets.data();
        Integer ignore = s.ignoreIndex();
        int kept = 0;
        for (int i = 0; i < t.length; i++) {
            boolean ignored = ignore != null && t[i] == ignore;
            if (!ignored && !(t[i] >= 0.0 && t[i] <= 1.0)) {
                throw new IllegalArgumentException("targets" + Shapes.indexText(targets.shape(), i) + " = " + t[i]
                        + ": must be in [0, 1]" + (ignore == null ? "" : " or ignore_index " + ignore));
            }
            if (!ignored) {
                kept++;
            }
        }
        int[] index = new int[kept];
        double[] xk = new double[kept];
        double[] tk = new double[kept];
        for (int i = 0, k = 0; i < t.length; i++) {
            if (ignore == null || t[i] != ignore) {
                index[k] = i;
                xk[k] = logits.data()[i];
                tk[k] = t[i];
                k++;
            }
        }
        LossOutput out = BinaryFocalLoss.compute(Tensor.vector(xk), Tensor.vector(tk), s.binary(), reduction);
        double[] grad = new double[logits.size()];
        double[] g = out.grad().data();
        for (int k = 0; k < kept; k++) {
            grad[index[k]] = g[k];
        }
        return new LossOutput(out.loss(), new Tensor(logits.shape().clone(), grad));
    }

    /** Multiclass mode: logits [N, C, …], integer labels [N, …]. */
    public static LossOutput compute(Tensor logits, LabelTensor labels, Settings s, Reduction reduction) {
        if (s.mode() != SmpMode.MULTICLASS) {
            throw new IllegalArgumentException("mode = " + s.mode().id() + " takes float targets, not class labels");
        }
        ClassLayout layout = ClassLayout.of(logits, labels);
        Require.allFinite("logits", logits);
        Require.labels("targets", labels, layout.classes(), s.ignoreIndex());
        int[] y = labels.data();
        Integer ignore = s.ignoreIndex();
        int positions = y.length;
        int[] kept = new int[positions];
        int nKept = 0;
        for (int r = 0; r < positions; r++) {
            if (ignore == null || y[r] != ignore) {
                kept[nKept++] = r;
            }
        }
        // Without ignore_index smp keeps the [N, …] shape of the class slice; with it, boolean masking makes it 1-D.
        int[] sliceShape = ignore == null ? labels.shape().clone() : new int[] {nKept};
        double[] grad = new double[logits.size()];
        double[] lossSum = null;
        int[] lossShape = null;
        BinaryFocalParams params = s.binary();
        double[] xc = new double[nKept];
        double[] tc = new double[nKept];
        for (int c = 0; c < layout.classes(); c++) {
            for (int k = 0; k < nKept; k++) {
                int r = kept[k];
                xc[k] = logits.data()[layout.offset(r, c)];
                tc[k] = y[r] == c ? 1.0 : 0.0;
            }
            LossOutput out = BinaryFocalLoss.compute(new Tensor(sliceShape, xc), new Tensor(sliceShape, tc), params, reduction);
            double[] g = out.grad().data();
            for (int k = 0; k < nKept; k++) {
                grad[layout.offset(kept[k], c)] = g[k];
            }
            if (lossSum == null) {
                lossShape = out.loss().shape();
                lossSum = out.loss().data().clone();
            } else {
                double[] l = out.loss().data();
                for (int i = 0; i < l.length; i++) {
                    lossSum[i] += l[i];
                }
            }
        }
        if (lossSum == null) { // no classes at all
            lossShape = new int[0];
            lossSum = new double[] {0.0};
        }
        return new LossOutput(new Tensor(Arrays.copyOf(lossShape, lossShape.length), lossSum), new Tensor(logits.shape().clone(), grad));
    }
}
