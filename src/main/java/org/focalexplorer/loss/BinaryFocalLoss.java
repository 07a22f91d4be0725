package org.focalexplorer.loss;

/**
 * Binary focal loss with logits, FL = −α_t (1 − p_t)^γ log(p_t), in the semantics of torchvision's
 * {@code sigmoid_focal_loss} or smp's {@code focal_loss_with_logits} (see {@link SoftTargetConvention}),
 * with the analytic gradient of the reduced loss.
 */
public final class BinaryFocalLoss {
    private BinaryFocalLoss() {}

    public static LossOutput compute(Tensor logits, Tensor targets, BinaryFocalParams params, Reduction reduction) {
        Require.sameShape("logits", logits.shape(), "targets", targets.shape());
        Require.allFinite("logits", logits);
        Require.targetsInUnitInterval("targets", targets);
        if (params.normalized()) {
            return normalized(logits, targets, params, reduction);
        }
        int n = logits.size();
        double[] x = logits.data();
        double[] t = targets.data();
        double[] grad = new double[n];
        double w = Reductions.elementWeight(reduction, n);
        FocalElement e = new FocalElement(params);
        if (reduction == Reduction.MEAN || reduction == Reduction.SUM) {
            // Fused: no per-element loss array for the reductions training uses.
            CompensatedSum sum = new CompensatedSum();
            for (int i = 0; i < n; i++) {
                e.eval(x[i], t[i]);
                sum.add(e.loss);
                grad[i] = w * e.grad;
            }
            double total = sum.value();
            return new LossOutput(Tensor.scalar(reduction == Reduction.MEAN ? total / n : total), new Tensor(logits.shape().clone(), grad));
        }
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            e.eval(x[i], t[i]);
            loss[i] = e.loss;
            grad[i] = e.grad;
        }
        return new LossOutput(Reductions.reduce(reduction, logits.shape(), loss, 1.0), new Tensor(logits.shape().clone(), grad));
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
        CompensatedSum focalSum = new CompensatedSum();
        CompensatedSum lossSum = new CompensatedSum();
        FocalElement e = new FocalElement(params);
        for (int i = 0; i < n; i++) {
            e.eval(x[i], t[i]);
            loss[i] = e.loss;
            dLoss[i] = e.grad;
            dFocal[i] = e.dFocal;
            focalSum.add(e.focal);
            lossSum.add(e.loss);
        }
        double s = focalSum.value();
        boolean clamped = s < params.eps();
        double norm = clamped ? params.eps() : s;
        double w = Reductions.elementWeight(reduction, n);
        double through = clamped ? 0.0 : w * lossSum.value() / (norm * norm);
        double[] grad = new double[n];
        for (int i = 0; i < n; i++) {
            grad[i] = w * dLoss[i] / norm - through * dFocal[i];
        }
        return new LossOutput(Reductions.reduce(reduction, logits.shape(), loss, 1.0 / norm), new Tensor(logits.shape().clone(), grad));
    }
}
