package org.focalexplorer.loss;

import java.util.OptionalDouble;

/**
 * Settings of a binary focal loss with logits.
 *
 * @param convention        how p_t is defined for soft targets (and whose semantics apply)
 * @param alpha             weight of positives (negatives get 1 − α); empty = no α weighting
 * @param gamma             focusing parameter γ ≥ 0; γ = 0 is (α-balanced) cross-entropy
 * @param normalized        smp only: divide by the sum of the focal terms (before α), clamped below by {@code eps}
 * @param reducedThreshold  smp only: focal term ((1 − p_t)/r)^γ, replaced by 1 where p_t &lt; r; empty = off
 * @param eps               smp only: lower clamp of the normaliser
 */
public record BinaryFocalParams(
        SoftTargetConvention convention,
        OptionalDouble alpha,
        double gamma,
        boolean normalized,
        OptionalDouble reducedThreshold,
        double eps) {

    public static final double SMP_DEFAULT_EPS = 1e-6;

    public BinaryFocalParams {
        if (convention == null || alpha == null || reducedThreshold == null) {
            throw new IllegalArgumentException("convention, alpha and reducedThreshold must not be null (use OptionalDouble.empty())");
        }
        if (alpha.isPresent()) {
            Require.probability("alpha", alpha.getAsDouble());
        }
        Require.gamma(gamma);
        if (convention == SoftTargetConvention.TORCHVISION_LINEAR && (normalized || reducedThreshold.isPresent())) {
            throw new IllegalArgumentException("normalized and reduced_threshold exist only in the smp convention");
        }
        if (reducedThreshold.isPresent()) {
            double r = reducedThreshold.getAsDouble();
            if (!(r > 0.0 && r <= 1.0)) {
                throw new IllegalArgumentException("reduced_threshold = " + r + ": must be in (0, 1]");
            }
        }
        if (!(eps >= 0.0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps = " + eps + ": must be a finite number >= 0");
        }
    }

    /**
     * torchvision {@code sigmoid_focal_loss(alpha, gamma)}: any α &lt; 0 disables the α factor, exactly as
     * torchvision's {@code if alpha >= 0} does; α must otherwise be in [0, 1].
     */
    public static BinaryFocalParams torchvision(double alpha, double gamma) {
        if (Double.isNaN(alpha)) {
            throw new IllegalArgumentException("alpha = NaN: must be in [0, 1], or negative to disable alpha weighting");
        }
        if (alpha > 1.0) {
            throw new IllegalArgumentException("alpha = " + alpha + ": must be in [0, 1], or negative to disable alpha weighting");
        }
        OptionalDouble a = alpha >= 0 ? OptionalDouble.of(alpha) : OptionalDouble.empty();
        return new BinaryFocalParams(SoftTargetConvention.TORCHVISION_LINEAR, a, gamma, false, OptionalDouble.empty(), SMP_DEFAULT_EPS);
    }

    /**
     * smp {@code focal_loss_with_logits(alpha, gamma, normalized, reduced_threshold)}; {@code null} means
     * smp's {@code None}. Unlike smp, an α outside [0, 1] is refused: smp would silently multiply by it.
     */
    public static BinaryFocalParams smp(Double alpha, double gamma, boolean normalized, Double reducedThreshold) {
        return smp(alpha, gamma, normalized, reducedThreshold, SMP_DEFAULT_EPS);
    }

    public static BinaryFocalParams smp(Double alpha, double gamma, boolean normalized, Double reducedThreshold, double eps) {
        return new BinaryFocalParams(SoftTargetConvention.SMP_GEOMETRIC,
                alpha == null ? OptionalDouble.empty() : OptionalDouble.of(alpha), gamma, normalized,
                reducedThreshold == null ? OptionalDouble.empty() : OptionalDouble.of(reducedThreshold), eps);
    }
}
