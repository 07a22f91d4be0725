package org.focalexplorer.loss;

/**
 * Softmax cross-entropy, torch's {@code F.cross_entropy(input, target, weight, ignore_index, reduction)}
 * for [N, C, …] logits and integer labels. {@code mean} is Σ w_y ℓ / Σ w_y over the rows that are not
 * ignored (NaN when all are); {@code none} gives 0 at ignored positions.
 */
public final class CrossEntropyLoss {
    /** torch's default {@code ignore_index}. */
    public static final int TORCH_DEFAULT_IGNORE_INDEX = -100;

    private CrossEntropyLoss() {}

    public static LossOutput compute(Tensor logits, LabelTensor labels, double[] weight, int ignoreIndex, Reduction reduction) {
        if (reduction == Reduction.BATCHWISE_MEAN) {
            throw new IllegalArgumentException("reduction = batchwise_mean: cross_entropy takes none, mean or sum");
        }
        ClassLayout layout = ClassLayout.of(logits, labels);
        Require.allFinite("logits", logits);
        if (weight != null) {
            Require.nonNegativeVector("weight", weight, layout.classes());
        }
        Require.labels("targets", labels, layout.classes(), ignoreIndex);
        double[] x = logits.data();
        int[] y = labels.data();
        double[] grad = new double[x.length];
        double[] loss = new double[y.length];
        FocalElement kernel = new FocalElement(BinaryFocalParams.torchvision(-1, 0.0));
        SoftmaxRow row = new SoftmaxRow();
        CompensatedSum weights = new CompensatedSum();
        for (int r = 0; r < y.length; r++) {
            if (y[r] == ignoreIndex) {
                continue;
            }
            double w = weight == null ? 1.0 : weight[y[r]];
            row.load(x, layout, r, y[r]);
            kernel.eval(row.z, 1.0);
            loss[r] = w * kernel.loss;
            weights.add(w);
            row.scatterGradient(x, layout, r, y[r], w * kernel.grad, grad);
        }
        Tensor reduced;
        double gradScale = 1.0;
        if (reduction == Reduction.MEAN) {
            double norm = weights.value();
            reduced = Tensor.scalar(CompensatedSum.of(loss) / norm); // all ignored: 0/0 = NaN, as torch
            gradScale = 1.0 / norm;
        } else {
            reduced = Reductions.reduce(reduction, labels.shape(), loss, 1.0);
        }
        if (gradScale != 1.0) {
            // Only rows that count: an ignored row's gradient is 0 even when Σw = 0 makes the others 0/0.
            for (int r = 0; r < y.length; r++) {
                if (y[r] != ignoreIndex) {
                    for (int c = 0; c < layout.classes(); c++) {
                        grad[layout.offset(r, c)] *= gradScale;
                    }
                }
            }
        }
        return new LossOutput(reduced, new Tensor(logits.shape().clone(), grad));
    }
}
