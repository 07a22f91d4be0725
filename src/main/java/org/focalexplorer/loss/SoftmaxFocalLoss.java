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
        // The logit and label checks are fused into the passes below; on a failure invalid() reruns the
        // separate checks in their original order (logits, then alpha, then labels) for the exact message.
        if (alpha != null) {
            try {
                Require.nonNegativeVector("alpha", alpha, layout.classes());
            } catch (IllegalArgumentException badAlpha) {
                Require.allFinite("logits", logits);
                throw badAlpha;
            }
        }
        double[] x = logits.data();
        int[] y = labels.data();
        int classes = layout.classes();
        // Σ α_y first (same order, same bits), so each row's gradient is divided as it is written
        // instead of in a second pass over all logits.
        CompensatedSum den = new CompensatedSum();
        for (int r = 0; r < y.length; r++) {
            int yr = y[r];
            if (yr < 0 || yr >= classes) {
                throw invalid(logits, labels, classes);
            }
            den.add(alpha == null ? 1.0 : alpha[yr]);
        }
        double norm = den.value();
        double[] grad = new double[x.length];
        ChunkKernel kernel = LossKernel.forInput(x.length).impl(); // chosen on the calling thread, used by every chunk
        // Chunks of whole rows, about LossParallelism.CHUNK logits each (a count that depends on C only).
        int rowsPerChunk = Math.max(1, LossParallelism.CHUNK / Math.max(1, classes));
        int rows = y.length;
        int chunks = LossParallelism.chunks(rows, rowsPerChunk);
        boolean[] bad = new boolean[chunks];
        double[] partial = new double[chunks];
        LossParallelism.forEachChunk(chunks, k -> bad[k] = !kernel.softmaxRows(gamma, x, y, alpha, layout, norm, grad,
                k * rowsPerChunk, Math.min(rows, k * rowsPerChunk + rowsPerChunk), partial, k));
        for (boolean b : bad) {
            if (b) {
                throw invalid(logits, labels, classes);
            }
        }
        return new LossOutput(Tensor.scalar(CompensatedSum.ofPartials(partial) / norm), new Tensor(logits.shape().clone(), grad));
    }

    /** A fused check failed: the separate checks, in their original order, throw the message they always gave. */
    private static AssertionError invalid(Tensor logits, LabelTensor labels, int classes) {
        Require.allFinite("logits", logits);
        Require.labels("targets", labels, classes, null);
        return new AssertionError("a fused input check failed but Require accepted every value");
    }
}
