package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.BceWithLogits;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.Reduction;

/**
 * How well one model does on one set.
 *
 * @param examples        number of examples
 * @param positives       number of positives
 * @param loss            the model's own training objective on the whole set (its {@link FocalSetting},
 *                        normalised as in training)
 * @param logLoss         plain cross-entropy (mean), comparable between the two models
 * @param averagePrecision AP (area under the precision-recall curve, scikit-learn's definition)
 * @param rocAuc          ROC-AUC
 * @param atHalf          confusion matrix, precision, recall, F1 at p ≥ 0.5
 * @param atThreshold     the same at the chosen threshold
 * @param minorityRecall  recall of the smaller class at p ≥ 0.5 (the positives when the classes are equal)
 * @param calibrationError expected calibration error of p ({@link Calibration}); FL's probabilities are
 *                        pulled toward 0.5 (confident examples stop being pushed), so it is not 0 even for a
 *                        model that ranks perfectly
 */
public record ClassificationMetrics(
        int examples,
        int positives,
        double loss,
        double logLoss,
        double averagePrecision,
        double rocAuc,
        ThresholdMetrics atHalf,
        ThresholdMetrics atThreshold,
        double minorityRecall,
        double calibrationError) {

    /** Metrics without the calibration error (NaN). */
    public ClassificationMetrics(int examples, int positives, double loss, double logLoss, double averagePrecision,
            double rocAuc, ThresholdMetrics atHalf, ThresholdMetrics atThreshold, double minorityRecall) {
        this(examples, positives, loss, logLoss, averagePrecision, rocAuc, atHalf, atThreshold, minorityRecall, Double.NaN);
    }

    public static ClassificationMetrics of(Predictions p, FocalSetting lossSetting, Normalization normalization, double threshold) {
        double loss = Double.NaN;
        double logLoss = Double.NaN;
        if (p.size() > 0 && p.allFinite()) {
            boolean perPositive = normalization == Normalization.POSITIVES;
            double value = BinaryFocalLoss.compute(p.logitTensor(), p.labelTensor(), lossSetting.params(),
                    perPositive ? Reduction.SUM : Reduction.MEAN).loss().item();
            loss = perPositive ? value / Math.max(1, p.positives()) : value;
            // Plain CE averaged over the examples is the log loss itself (BceWithLogits is this very call).
            boolean plainMeanCe = !perPositive && lossSetting.gamma() == 0.0 && !lossSetting.hasAlpha();
            logLoss = plainMeanCe ? value
                    : BceWithLogits.compute(p.logitTensor(), p.labelTensor(), Reduction.MEAN).loss().item();
        }
        double[] probabilities = p.probabilities(); // one σ per example, for the thresholds and the calibration
        double[] labels = p.labelArray();
        ThresholdMetrics half = ThresholdMetrics.of(probabilities, labels, 0.5);
        ThresholdMetrics chosen = threshold == 0.5 ? half : ThresholdMetrics.of(probabilities, labels, threshold);
        boolean positivesAreMinority = p.positives() <= p.negatives();
        double minorityRecall = positivesAreMinority ? half.recall() : half.negativeRecall();
        RankMetrics.Scores ranks = RankMetrics.of(p);
        return new ClassificationMetrics(p.size(), p.positives(), loss, logLoss, ranks.averagePrecision(),
                ranks.rocAuc(), half, chosen, minorityRecall,
                p.size() == 0 || !p.allFinite() ? Double.NaN : Calibration.expectedCalibrationError(probabilities, labels));
    }
}
