package org.focalexplorer.loss;

/**
 * Binary cross-entropy with logits (torch's {@code F.binary_cross_entropy_with_logits}) and its
 * α-balanced form — the focal loss at γ = 0, computed with the same exact kernel. Unlike torch 1.13,
 * which uses log rather than log1p, the loss of a confident correct prediction does not round to 0.
 */
public final class BceWithLogits {
    private BceWithLogits() {}

    public static LossOutput compute(Tensor logits, Tensor targets, Reduction reduction) {
        return BinaryFocalLoss.compute(logits, targets, BinaryFocalParams.torchvision(-1, 0.0), reduction);
    }

    /** α-balanced CE: positives weighted α, negatives 1 − α (the paper's Table 1a baseline). */
    public static LossOutput alphaBalanced(Tensor logits, Tensor targets, double alpha, Reduction reduction) {
        Require.probability("alpha", alpha);
        return BinaryFocalLoss.compute(logits, targets, BinaryFocalParams.torchvision(alpha, 0.0), reduction);
    }
}
