package org.focalexplorer.viewmodel.smp;

import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.focalexplorer.loss.Tensor;

/**
 * A 2 × 3 batch of logits and 0/1 targets through smp's {@code FocalLoss(mode="binary", ignore_index=255)}:
 * a masked element has its target set to 255, so smp drops it — no loss, gradient 0. All values come from
 * {@link SmpFocalLoss}; {@link #unflattenedBatchwise} shows what {@code focal_loss_with_logits} itself (no
 * flattening) gives for {@code batchwise_mean}.
 */
public final class MaskingDemo {
    public static final int IGNORE_INDEX = 255;
    public static final int ROWS = 2;
    public static final int COLUMNS = 3;
    /** Easy, easy, medium / hard, hard, easy: pₜ ≈ 0.95, 0.88, 0.60 / 0.38, 0.27, 0.98. */
    static final double[] LOGITS = {3.0, -2.0, 0.4, -0.5, 1.0, -4.0};
    static final double[] TARGETS = {1, 0, 1, 1, 0, 0};

    private MaskingDemo() {}

    public static int size() {
        return LOGITS.length;
    }

    public static double logit(int i) {
        return LOGITS[i];
    }

    public static double target(int i) {
        return TARGETS[i];
    }

    /**
     * @param perElement smp's {@code reduction="none"} spread back over the 6 places (NaN where masked: smp drops them)
     * @param reduced    the chosen reduction's value (a scalar: FocalLoss flattens, so batchwise_mean is a sum)
     * @param grad       d reduced / d logit for each of the 6 (0 where masked)
     * @param kept       how many elements were not masked
     */
    public record Result(double[] perElement, double reduced, double[] grad, int kept) {}

    public static Result compute(boolean[] masked, FocalSetting setting, Double reducedThreshold, Reduction reduction) {
        Tensor logits = new Tensor(new int[] {ROWS, COLUMNS}, LOGITS.clone());
        double[] t = TARGETS.clone();
        int kept = 0;
        for (int i = 0; i < t.length; i++) {
            if (masked[i]) {
                t[i] = IGNORE_INDEX;
            } else {
                kept++;
            }
        }
        Tensor targets = new Tensor(new int[] {ROWS, COLUMNS}, t);
        SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(SmpMode.BINARY, setting.smpAlpha(), setting.gamma(),
                IGNORE_INDEX, false, reducedThreshold);
        double[] none = SmpFocalLoss.compute(logits, targets, s, Reduction.NONE).loss().data();
        double[] perElement = new double[t.length];
        for (int i = 0, k = 0; i < t.length; i++) {
            perElement[i] = masked[i] ? Double.NaN : none[k++];
        }
        LossOutput out = SmpFocalLoss.compute(logits, targets, s, reduction);
        return new Result(perElement, out.loss().item(), out.grad().data(), kept);
    }

    /** {@code focal_loss_with_logits(logits, targets, reduction="batchwise_mean")} on the unmasked [2, 3] batch: one sum per column. */
    public static double[] unflattenedBatchwise(FocalSetting setting, Double reducedThreshold) {
        return BinaryFocalLoss.compute(new Tensor(new int[] {ROWS, COLUMNS}, LOGITS.clone()),
                new Tensor(new int[] {ROWS, COLUMNS}, TARGETS.clone()),
                BinaryFocalParams.smp(setting.smpAlpha(), setting.gamma(), false, reducedThreshold),
                Reduction.BATCHWISE_MEAN).loss().data();
    }
}
