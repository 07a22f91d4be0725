package org.focalexplorer.analysis.predictions;

import java.util.List;

/**
 * Where one loss goes on a loaded set.
 *
 * @param id                 "ce", "alpha_ce" or "focal"
 * @param gamma              γ of this loss (0 for CE and α-CE)
 * @param loss               shares of the summed loss
 * @param gradient           shares of the summed gradient magnitude |∂L/∂x_t| (binary: |∂L/∂x|; softmax:
 *                           half the L1 norm of ∂L/∂x over the row's logits, which is |∂L/∂x_t|)
 * @param classShares        share of the loss carried by each class
 * @param hardestShare       share carried by the ⌈k·N⌉ examples of largest loss under this loss
 * @param effectiveExamples  (Σw)²/Σw² for the example weights w = α_y (1 − p_t)^γ relative to CE
 * @param totalLoss          Σ of the per-example loss (not normalised)
 * @param totalGradient      Σ |∂L/∂x_t|
 */
public record LossBreakdown(String id, double gamma, Shares loss, Shares gradient, List<Double> classShares,
        double hardestShare, double effectiveExamples, double totalLoss, double totalGradient) {
    public LossBreakdown {
        classShares = List.copyOf(classShares);
    }
}
