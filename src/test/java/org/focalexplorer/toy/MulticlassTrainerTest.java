package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.focalexplorer.loss.FocalSetting;
import org.junit.jupiter.api.Test;

class MulticlassTrainerTest {

    /** Small and fast: 4 classes, 600 + 400 points, 2-8-8-4, Adam, batches of 128. */
    static MulticlassSettings small(DataSource source) {
        return MulticlassSettings.defaults(4)
                .withData(MulticlassDataSpec.defaults(4).withPoints(600, 400))
                .withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8))
                .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(128))
                .withSource(source)
                .withGridSize(8);
    }

    @Test
    void softmax_focal_loss_at_gamma_0_trains_bit_for_bit_like_weighted_cross_entropy() {
        for (DataSource source : DataSource.values()) {
            AlphaVector alpha = AlphaVector.of(new double[] {0.3, 1.7, 0.9, 2.35}, 4);
            MulticlassSettings s = small(source)
                    .withLosses(List.of(MulticlassLoss.WEIGHTED_CE, MulticlassLoss.SOFTMAX_FOCAL, MulticlassLoss.CE))
                    .withParams(new MulticlassLossParams(alpha, FocalSetting.focalWithoutAlpha(0.0)));
            MulticlassTrainer t = new MulticlassTrainer(s);
            t.step(60);
            long[] weighted = bits(t.parameters(MulticlassLoss.WEIGHTED_CE));
            assertThat(bits(t.parameters(MulticlassLoss.SOFTMAX_FOCAL))).as(source.id()).isEqualTo(weighted);
            assertThat(bits(t.parameters(MulticlassLoss.CE))).as("CE differs: α is not uniform").isNotEqualTo(weighted);
            double[] losses = t.lastBatchLosses();
            assertThat(losses[1]).isCloseTo(losses[0], org.assertj.core.data.Offset.offset(1e-12 * Math.abs(losses[0])));

            // γ > 0 makes it a different loss
            MulticlassTrainer focal = new MulticlassTrainer(s.withParams(s.params().withFocal(FocalSetting.focalWithoutAlpha(2.0))));
            focal.step(60);
            assertThat(bits(focal.parameters(MulticlassLoss.SOFTMAX_FOCAL))).isNotEqualTo(weighted);
        }
    }

    @Test
    void all_models_start_from_the_same_weights_see_the_same_batches_and_runs_repeat_bit_for_bit() {
        MulticlassSettings s = small(DataSource.STREAM).withLosses(List.of(MulticlassLoss.CE, MulticlassLoss.OVR_FOCAL));
        MulticlassTrainer a = new MulticlassTrainer(s);
        MulticlassTrainer b = new MulticlassTrainer(s);
        assertThat(a.parameters(MulticlassLoss.CE)).isEqualTo(a.parameters(MulticlassLoss.OVR_FOCAL));
        a.step(13);
        a.step(17);
        b.step(30);
        for (MulticlassLoss l : s.losses()) {
            assertThat(bits(a.parameters(l))).isEqualTo(bits(b.parameters(l)));
        }
        // uniform α: weighted CE is CE, so the two models stay identical
        MulticlassSettings u = small(DataSource.FIXED).withLosses(List.of(MulticlassLoss.CE, MulticlassLoss.WEIGHTED_CE))
                .withParams(new MulticlassLossParams(AlphaVector.uniform(4), FocalSetting.focal(0.25, 2)));
        MulticlassTrainer c = new MulticlassTrainer(u);
        c.step(40);
        double[] ce = c.parameters(MulticlassLoss.CE);
        double[] w = c.parameters(MulticlassLoss.WEIGHTED_CE);
        for (int k = 0; k < ce.length; k++) {
            assertThat(w[k]).isCloseTo(ce[k], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void one_plain_sgd_step_follows_the_finite_difference_gradient_of_each_loss() {
        for (MulticlassLoss loss : MulticlassLoss.values()) {
            MulticlassSettings s = small(DataSource.FIXED).withOptimizer(OptimizerSpec.sgd(1e-3, 0.0))
                    .withLosses(List.of(loss))
                    .withParams(new MulticlassLossParams(AlphaVector.of(new double[] {0.5, 1, 2, 3}, 4), FocalSetting.focal(0.3, 1.5)));
            MulticlassTrainer t = new MulticlassTrainer(s);
            Mlp mlp = new Mlp(s.model(), 4);
            double[] before = t.parameters(loss);
            t.step(1);
            double[] after = t.parameters(loss);
            MulticlassData train = t.data().train();
            double h = 1e-6;
            for (int k = 0; k < before.length; k += 5) {
                double[] plus = before.clone();
                double[] minus = before.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (setLoss(mlp, plus, train, loss, s.params()) - setLoss(mlp, minus, train, loss, s.params())) / (2 * h);
                double applied = (before[k] - after[k]) / 1e-3;
                assertThat(Math.abs(applied - fd)).as("%s parameter %d: %.10g vs %.10g", loss.id(), k, applied, fd)
                        .isLessThanOrEqualTo(1e-7 + 1e-5 * Math.abs(fd));
            }
        }
    }

    /** The full-batch objective, from per-example losses (an independent path from the trainer's). */
    private static double setLoss(Mlp mlp, double[] p, MulticlassData d, MulticlassLoss loss, MulticlassLossParams params) {
        double[][] z = new double[4][d.size()];
        mlp.newWorkspace(d.size()).forward(p, d.xArray(), d.yArray(), d.size(), z);
        double[] l = new double[d.size()];
        MulticlassObjective.perExample(loss, params, z, d.labelArray(), l, null);
        double sum = 0;
        double norm = 0;
        for (int e = 0; e < d.size(); e++) {
            sum += l[e];
            norm += loss.usesAlphaVector() ? params.alphaVector().get(d.label(e)) : 1.0;
        }
        return sum / norm;
    }

    @Test
    void invalid_alpha_vectors_are_refused_with_one_line_naming_index_and_value_and_the_previous_one_is_kept() {
        MulticlassTrainer t = new MulticlassTrainer(small(DataSource.FIXED));
        MulticlassLossParams before = t.lossParams();
        assertThatThrownBy(() -> AlphaVector.of(new double[] {1, 1, 1}, 4)).hasMessage("alpha vector has 3 values: expected 4, one per class");
        assertThatThrownBy(() -> AlphaVector.of(new double[] {1, -0.5, 1, 1}, 4)).hasMessage("alpha[1] = -0.5: must be a finite number >= 0");
        assertThatThrownBy(() -> AlphaVector.of(new double[] {1, 1, Double.NaN, 1}, 4)).hasMessage("alpha[2] = NaN: must be a finite number >= 0");
        assertThatThrownBy(() -> AlphaVector.of(new double[] {0, 0, 0, 0}, 4))
                .hasMessage("alpha vector is all zero: at least one class needs a weight > 0");
        assertThatThrownBy(() -> t.setLossParams(new MulticlassLossParams(AlphaVector.uniform(3), FocalSetting.focal(0.25, 2))))
                .hasMessageContaining("expected 4");
        assertThat(t.lossParams()).isEqualTo(before);
        assertThat(AlphaVector.inverseFrequency(new double[] {0.9, 0.1}).values()).containsExactly(0.2, 1.8);
        assertThat(AlphaVector.backgroundDown(3, 0.25).toString()).isEqualTo("0.25,1,1");
    }

    @Test
    void snapshots_hold_per_class_metrics_confusion_loss_shares_and_point_weights() {
        MulticlassSettings s = small(DataSource.STREAM).withLosses(List.of(MulticlassLoss.CE, MulticlassLoss.SOFTMAX_FOCAL,
                MulticlassLoss.OVR_FOCAL));
        MulticlassTrainer t = new MulticlassTrainer(s);
        t.step(200);
        MulticlassSnapshot snap = t.snapshot();
        assertThat(snap.models()).hasSize(3);
        for (MulticlassModelState m : snap.models()) {
            MulticlassMetrics test = m.test();
            assertThat(test.perClass()).hasSize(4);
            int total = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    total += test.count(a, b);
                }
                assertThat(test.perClass().get(a).examples()).isEqualTo(snap.data().test().count(a));
            }
            assertThat(total).isEqualTo(400);
            assertThat(Arrays.stream(m.lossShares()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(test.macroAp()).isBetween(0.0, 1.0);
            assertThat(m.pointWeights()).hasSize(600);
        }
        assertThat(snap.model(MulticlassLoss.CE).pointWeights()).containsOnly(1.0);
        // focal: the confident background fades
        double[] w = snap.model(MulticlassLoss.SOFTMAX_FOCAL).pointWeights();
        assertThat(Arrays.stream(w).min().orElseThrow()).isLessThan(0.1 * s.params().alphaVector().get(0));
    }

    @Test
    void per_class_ap_and_recall_match_a_hand_computed_example() {
        // 3 classes, 5 examples; scores[k][e]
        double[][] scores = {
            {0.9, 0.1, 0.2, 0.6, 0.3},
            {0.05, 0.8, 0.7, 0.3, 0.3},
            {0.05, 0.1, 0.1, 0.1, 0.4},
        };
        int[] labels = {0, 1, 0, 0, 2};
        MulticlassMetrics m = MulticlassMetrics.of(scores, labels);
        // predictions: 0, 1, 1, 0, 2 → recall class 0 = 2/3, class 1 = 1, class 2 = 1
        assertThat(m.perClass().get(0).recall()).isEqualTo(2.0 / 3);
        assertThat(m.perClass().get(1).recall()).isEqualTo(1.0);
        assertThat(m.count(0, 1)).isEqualTo(1);
        // class 0 ranking 0.9(+) 0.6(+) 0.3(−) 0.2(+) 0.1(−): AP = (1 + 1 + 3/4)/3 (scikit-learn: 0.9166…)
        assertThat(m.perClass().get(0).averagePrecision()).isCloseTo(11.0 / 12, org.assertj.core.data.Offset.offset(1e-15));
        // class 1 ranking 0.8(+) first: AP 1; class 2: 0.4(+) first: AP 1
        assertThat(m.macroAp()).isCloseTo((11.0 / 12 + 2) / 3, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(m.accuracy()).isEqualTo(0.8);
    }

    private static long[] bits(double[] a) {
        return Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
