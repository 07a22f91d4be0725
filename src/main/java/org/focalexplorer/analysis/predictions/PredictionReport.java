package org.focalexplorer.analysis.predictions;

import java.util.List;

/**
 * Everything the predictions view and {@code analyse} show for one setting; immutable.
 *
 * @param rows             examples analysed (ignored and skipped rows excluded)
 * @param binary           sigmoid data (else softmax)
 * @param classCounts      examples per class
 * @param negativeClass    the class counted as "negatives" (binary: 0)
 * @param alphas           α_y per class as applied (all 1 when α is off)
 * @param gamma            γ of the focal loss
 * @param ce               plain cross-entropy
 * @param alphaCe          α-weighted cross-entropy (equal to CE when α is off)
 * @param focal            the focal loss at α, γ
 * @param hardestFraction  k of "the hardest k %", as a fraction
 * @param figure4          Figure 4 for γ = 0, 0.5, 1, 2 and the current γ (once, if it is one of them), in that order
 * @param histogram        p_t per class
 * @param summary          how the file was read
 */
public record PredictionReport(int rows, boolean binary, List<Long> classCounts, int negativeClass, List<Double> alphas,
        double gamma, LossBreakdown ce, LossBreakdown alphaCe, LossBreakdown focal, double hardestFraction,
        List<Figure4Curve> figure4, PtHistogram histogram, LoadSummary summary) {
    public PredictionReport {
        classCounts = List.copyOf(classCounts);
        alphas = List.copyOf(alphas);
        figure4 = List.copyOf(figure4);
    }

    /** Positives (binary): examples of class 1. */
    public long positives() {
        return binary ? classCounts.get(1) : rows - classCounts.get(negativeClass);
    }

    /** The three losses in the order the view shows them. */
    public List<LossBreakdown> losses() {
        return List.of(ce, alphaCe, focal);
    }
}
