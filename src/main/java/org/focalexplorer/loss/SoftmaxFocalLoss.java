package org.focalexplorer.loss;

/**
 * The softmax focal loss with a per-class α vector (the seed implementation):
 * L = Σ_r α_{y_r} (1 − p_r)^γ (−log p_r) / Σ_r α_{y_r} over all rows r of a [B, C, X1, …] tensor.
 * With γ = 0 this is {@code F.cross_entropy(weight=α, reduction="mean")} in loss and gradient.
 * α = null means all ones (a plain mean).
 *
 * <p>Differences from the seed: the seed computes in float32 when there is exactly one row and no α
 * (a torch type-promotion quirk); this is always double. A negative label crashes the seed; here any
 * label outside [0, C) is an {@link IllegalArgumentException}.
 */
public final class SoftmaxFocalLoss {
    private SoftmaxFocalLoss() {}

    public static LossOutput compute(Tensor logits, LabelTensor labels, double gamma, double[] alpha) {
        Require.gamma(gamma);
        ClassLayout layout = ClassLayout.of(logits, labels);
        Require.allFinite("logits", logits);
        if (alpha != null) {
            Require.nonNegativeVector("alpha", alpha, layout.classes());
        }
        Require.labels("targets", labels, layout.classes(), null);
        double[] x = logits.data();
        int[] y = labels.data();
        double[] grad = new double[x.length];
        FocalElement kernel = new FocalElement(BinaryFocalParams.torchvision(-1, gamma));
        SoftmaxRow row = new SoftmaxRow();
        CompensatedSum num = new CompensatedSum();
        CompensatedSum den = new CompensatedSum();
        for (int r = 0; r < y.length; r++) {
            double a = alpha == null ? 1.0 : alpha[y[r]];
            row.load(x, layout, r, y[r]);
            kernel.eval(row.z, 1.0);
            num.add(a * kernel.loss);
            den.add(a);
            row.scatterGradient(x, layout, r, y[r], a * kernel.grad, grad);
        }
        double norm = den.value();
        for (int i = 0; i < grad.length; i++) {
            grad[i] /= norm;
        }
        return new LossOutput(Tensor.scalar(num.value() / norm), new Tensor(logits.shape().clone(), grad));
    }
}
