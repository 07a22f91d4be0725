package org.focalexplorer.loss;

/**
 * Binary focal loss with logits, FL = −α_t (1 − p_t)^γ log(p_t), in the semantics of torchvision's
 * {@code sigmoid_focal_loss} or smp's {@code focal_loss_with_logits} (see {@link SoftTargetConvention}),
 * with the analytic gradient of the reduced loss.
 *
 * <p>Elements are processed in fixed chunks of {@link LossParallelism#CHUNK}, on up to
 * {@link LossParallelism#threads()} threads; sums are compensated within a chunk and the chunk sums are
 * combined in chunk order, so the result does not depend on the thread count (an input of one chunk is
 * summed exactly as one sequential compensated sum). The loops themselves are {@link LossKernel#current()}'s;
 * smp's {@code normalized} always runs the scalar formulas.
 */
public final class BinaryFocalLoss {
    private static final int CHUNK = LossParallelism.CHUNK;

    private BinaryFocalLoss() {}

    public static LossOutput compute(Tensor logits, Tensor targets, BinaryFocalParams params, Reduction reduction) {
        Require.sameShape("logits", logits.shape(), "targets", targets.shape());
        // The element checks (finite logit, target in [0, 1]) are fused into the chunk loops; see invalid().
        if (params.normalized()) {
            return normalized(logits, targets, params, reduction);
        }
        int n = logits.size();
        double[] x = logits.data();
        double[] t = targets.data();
        double[] grad = new double[n];
        double w = Reductions.elementWeight(reduction, n);
        int chunks = LossParallelism.chunks(n, CHUNK);
        boolean[] bad = new boolean[chunks];
        ChunkKernel kernel = LossKernel.forInput(n).impl(); // chosen on the calling thread, used by every chunk
        if (reduction == Reduction.MEAN || reduction == Reduction.SUM) {
            // Fused: no per-element loss array for the reductions training uses.
            double[] partial = new double[chunks];
            LossParallelism.forEachChunk(chunks, k ->
                    bad[k] = !kernel.binarySum(params, x, t, w, grad, k * CHUNK, Math.min(n, k * CHUNK + CHUNK), partial, k));
            if (any(bad)) {
                throw invalid(logits, targets);
            }
            double total = CompensatedSum.ofPartials(partial);
            return new LossOutput(Tensor.scalar(reduction == Reduction.MEAN ? total / n : total), new Tensor(logits.shape().clone(), grad));
        }
        double[] loss = new double[n];
        LossParallelism.forEachChunk(chunks, k ->
                bad[k] = !kernel.binaryElements(params, x, t, loss, grad, k * CHUNK, Math.min(n, k * CHUNK + CHUNK)));
        if (any(bad)) {
            throw invalid(logits, targets);
        }
        Tensor reduced = reduction == Reduction.NONE
                ? new Tensor(logits.shape().clone(), loss) // what Reductions.reduce(NONE, …, 1.0) gives, without its copy
                : Reductions.reduce(reduction, logits.shape(), loss, 1.0);
        return new LossOutput(reduced, new Tensor(logits.shape().clone(), grad));
    }

    /**
     * smp's {@code normalized=True}: loss_i / max(Σ_j focal_j, eps). The normaliser depends on every
     * element, so the gradient of element k has a second term through it:
     * d/dx_k (Σ_i w ℓ_i / S) = w ℓ'_k / S − (Σ_i w ℓ_i) / S² · focal'_k   (while S ≥ eps).
     */
    private static LossOutput normalized(Tensor logits, Tensor targets, BinaryFocalParams params, Reduction reduction) {
        int n = logits.size();
        double[] x = logits.data();
        double[] t = targets.data();
        double[] loss = new double[n];
        double[] dLoss = new double[n];
        double[] dFocal = new double[n];
        int chunks = LossParallelism.chunks(n, CHUNK);
        boolean[] bad = new boolean[chunks];
        double[] focalPartial = new double[chunks];
        double[] lossPartial = new double[chunks];
        LossParallelism.forEachChunk(chunks, k -> {
            int from = k * CHUNK;
            int to = Math.min(n, from + CHUNK);
            FocalElement e = new FocalElement(params);
            CompensatedSum focalSum = new CompensatedSum();
            CompensatedSum lossSum = new CompensatedSum();
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double ti = t[i];
                if (!ChunkKernel.valid(xi, ti)) {
                    bad[k] = true;
                    return;
                }
                e.eval(xi, ti);
                loss[i] = e.loss;
                dLoss[i] = e.grad;
                dFocal[i] = e.dFocal;
                focalSum.add(e.focal);
                lossSum.add(e.loss);
            }
            focalPartial[k] = focalSum.value();
            lossPartial[k] = lossSum.value();
        });
        if (any(bad)) {
            throw invalid(logits, targets);
        }
        double s = CompensatedSum.ofPartials(focalPartial);
        double lossTotal = CompensatedSum.ofPartials(lossPartial);
        boolean clamped = s < params.eps();
        double norm = clamped ? params.eps() : s;
        double w = Reductions.elementWeight(reduction, n);
        double through = clamped ? 0.0 : w * lossTotal / (norm * norm);
        double[] grad = new double[n];
        LossParallelism.forEachChunk(chunks, k -> {
            for (int i = k * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                grad[i] = w * dLoss[i] / norm - through * dFocal[i];
            }
        });
        double scale = 1.0 / norm;
        Tensor reduced;
        if (reduction == Reduction.SUM || reduction == Reduction.MEAN) {
            // Reductions.reduce's formulas, on the chunked Σ ℓ_i already at hand (for one chunk the same bits).
            reduced = Tensor.scalar(reduction == Reduction.SUM ? lossTotal * scale : lossTotal * scale / n);
        } else {
            reduced = Reductions.reduce(reduction, logits.shape(), loss, scale);
        }
        return new LossOutput(reduced, new Tensor(logits.shape().clone(), grad));
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some element failed {@link ChunkKernel#valid}: rerun the separate checks in their original order, so the first
     * bad logit is reported before any bad target, with exactly the message they always gave.
     */
    private static AssertionError invalid(Tensor logits, Tensor targets) {
        Require.allFinite("logits", logits);
        Require.targetsInUnitInterval("targets", targets);
        return new AssertionError("an element failed the fused input check but passed Require");
    }
}
