package org.focalexplorer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.Predictions;
import org.junit.jupiter.api.Test;

class LossSharesTest {

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void shares_by_hand() {
        // positives at p 0.3, 0.8; negatives at p 0.05 (easy), 0.02 (easy), 0.6 (hard)
        double[] p = {0.3, 0.8, 0.05, 0.02, 0.6};
        double[] x = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            x[i] = logit(p[i]);
        }
        Predictions pred = Predictions.of(x, new double[] {1, 1, 0, 0, 0});
        FocalSetting ce = FocalSetting.crossEntropy();
        double[] l = {FocalCurves.ce(0.3), FocalCurves.ce(0.8), FocalCurves.ce(0.95), FocalCurves.ce(0.98), FocalCurves.ce(0.4)};
        double total = l[0] + l[1] + l[2] + l[3] + l[4];
        LossShares s = LossShares.of(pred, ce, 0.2);
        assertThat(s.totalLoss()).isCloseTo(total, within(1e-12));
        assertThat(s.easyNegativeShare()).isCloseTo((l[2] + l[3]) / total, within(1e-12));
        assertThat(s.easyNegativeFraction()).isEqualTo(0.4);
        assertThat(s.positiveShare()).isCloseTo((l[0] + l[1]) / total, within(1e-12));
        assertThat(s.hardestShare()).as("the hardest 20 % = 1 example, p_t = 0.3").isCloseTo(l[0] / total, within(1e-12));

        LossShares fl = LossShares.of(pred, FocalSetting.torchvision(0.25, 2), 0.2);
        assertThat(fl.easyNegativeShare()).isLessThan(s.easyNegativeShare() / 10);
    }

    @Test
    void degenerate_inputs_give_nan_not_exceptions() {
        LossShares empty = LossShares.of(Predictions.of(new double[0], new double[0]), FocalSetting.crossEntropy(), 0.1);
        assertThat(empty.easyNegativeShare()).isNaN();
        LossShares inf = LossShares.of(Predictions.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}), FocalSetting.crossEntropy(), 0.1);
        assertThat(inf.hardestShare()).isNaN();
    }
}
