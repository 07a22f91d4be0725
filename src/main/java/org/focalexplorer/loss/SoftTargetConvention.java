package org.focalexplorer.loss;

/**
 * The two ways the reference implementations define p_t for a soft target t ∈ (0, 1). They agree for
 * hard targets (t = 0 or 1) and differ a lot in between: at x = 2, t = 0.3, γ = 2 torchvision gives
 * 0.6497 and smp 0.9357.
 */
public enum SoftTargetConvention {
    /**
     * torchvision {@code sigmoid_focal_loss}: linear mixing p_t = p·t + (1 − p)(1 − t). The focal term
     * then does not reach 1 for confidently wrong soft targets, and the minimiser is not at σ(x) = t.
     */
    TORCHVISION_LINEAR,
    /**
     * segmentation_models_pytorch {@code focal_loss_with_logits}: p_t = exp(−BCE) = p^t (1 − p)^(1−t),
     * a monotone function of BCE, so the minimiser stays at σ(x) = t.
     */
    SMP_GEOMETRIC
}
