package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.focalexplorer.loss.FocalSetting;
import org.junit.jupiter.api.Test;

/**
 * What lesson 9 says about the α vector: the losses that divide by Σ α_y depend only on the ratios of the
 * α's — multiplying every α by 10 leaves the loss (and its gradient) unchanged up to rounding.
 */
class AlphaScaleTest {
    @Test
    void scaling_every_alpha_by_ten_leaves_the_alpha_vector_losses_unchanged() {
        SplittableRandom r = new SplittableRandom(11);
        int classes = 4;
        int n = 257;
        double[][] logits = new double[classes][n];
        int[] labels = new int[n];
        for (int e = 0; e < n; e++) {
            labels[e] = e % 9 == 0 ? 1 + r.nextInt(classes - 1) : 0;
            for (int k = 0; k < classes; k++) {
                logits[k][e] = r.nextGaussian() * 3;
            }
        }
        AlphaVector a = AlphaVector.of(new double[] {0.25, 1.0, 2.0, 4.0}, classes);
        AlphaVector tenTimes = AlphaVector.of(new double[] {2.5, 10.0, 20.0, 40.0}, classes);
        for (MulticlassLoss loss : new MulticlassLoss[] {MulticlassLoss.WEIGHTED_CE, MulticlassLoss.SOFTMAX_FOCAL}) {
            double[][] g1 = new double[classes][n];
            double[][] g10 = new double[classes][n];
            double l1 = MulticlassObjective.compute(loss, new MulticlassLossParams(a, FocalSetting.focal(0.25, 2)), logits, labels, n, g1);
            double l10 = MulticlassObjective.compute(loss, new MulticlassLossParams(tenTimes, FocalSetting.focal(0.25, 2)), logits, labels, n, g10);
            assertThat(l10).as(loss.id()).isCloseTo(l1, within(1e-12 * Math.abs(l1)));
            for (int k = 0; k < classes; k++) {
                for (int e = 0; e < n; e++) {
                    assertThat(g10[k][e]).as(loss.id()).isCloseTo(g1[k][e], within(1e-12 * Math.abs(g1[k][e]) + 1e-300));
                }
            }
            // and the loss is not trivially constant: another ratio gives another value
            double other = MulticlassObjective.compute(loss, new MulticlassLossParams(AlphaVector.uniform(classes),
                    FocalSetting.focal(0.25, 2)), logits, labels, n, new double[classes][n]);
            assertThat(other).isNotCloseTo(l1, within(1e-6));
        }
    }
}
