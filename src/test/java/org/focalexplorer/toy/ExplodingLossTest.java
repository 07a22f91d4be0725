package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The "exploding loss" rule: a finite loss far above what a know-nothing network scores stops training. */
class ExplodingLossTest {
    private static final double LN2 = Math.log(2.0);

    /** Lesson 8's run: anchors at 1 %, 2-16-16-1 ReLU, SGD (momentum 0.9) at learning rate 10, full batch, seed 7. */
    static TrainingSettings lesson8(boolean priorInit) {
        return TrainingSettings.defaults()
                .withModel(ModelSpec.mlp(Activation.RELU, priorInit, 16, 16))
                .withOptimizer(OptimizerSpec.sgd(10, 0.9));
    }

    @Test
    void the_bound_is_the_alpha_weighted_log_2_of_the_batch_times_the_factor() {
        double[] targets = {1, 0, 0, 0, 7}; // the fifth is beyond n and must not count
        assertThat(ExplodingLoss.limit(targets, 4, FocalSetting.crossEntropy(), true, 1.0))
                .isCloseTo(ExplodingLoss.FACTOR * LN2, within(1e-12));
        // α = 0.25: one positive at 0.25, three negatives at 0.75
        assertThat(ExplodingLoss.limit(targets, 4, FocalSetting.torchvision(0.25, 2.0), true, 1.0))
                .isCloseTo(ExplodingLoss.FACTOR * LN2 * (0.25 + 3 * 0.75) / 4, within(1e-12));
        // summed and divided by the one positive (the paper's normalisation)
        assertThat(ExplodingLoss.limit(targets, 4, FocalSetting.crossEntropy(), false, 1.0))
                .isCloseTo(ExplodingLoss.FACTOR * 4 * LN2, within(1e-12));
        assertThat(ExplodingLoss.limit(targets, 4, FocalSetting.balancedCrossEntropy(1.0), false, 0.5))
                .as("α = 1 weighs only the positive").isCloseTo(ExplodingLoss.FACTOR * LN2 * 0.5, within(1e-12));
        assertThat(ExplodingLoss.limit(new double[] {0, 0}, 2, FocalSetting.balancedCrossEntropy(1.0), true, 1.0))
                .as("nothing weighs anything: a loss of 0 is not above it").isZero();
    }

    @Test
    void without_the_prior_initialisation_a_large_learning_rate_explodes_in_the_first_steps() {
        SideBySideTrainer t = new SideBySideTrainer(lesson8(false));
        StepOutcome outcome = t.step(300);
        assertThat(outcome.diverged()).isTrue();
        Divergence d = outcome.divergence().orElseThrow();
        assertThat(d.cause()).isEqualTo(Divergence.Cause.LOSS_EXPLODED);
        assertThat(d.step()).as("within the first steps").isLessThanOrEqualTo(20);
        assertThat(Double.isFinite(d.value())).as("the NaN/∞ checks alone would have let it run on").isTrue();
        // The reference model is plain CE, mean over the full batch: its bound is 100 · ln 2.
        if (d.models().get(0) == ModelRole.REFERENCE) {
            assertThat(d.limit()).isCloseTo(ExplodingLoss.FACTOR * LN2, within(1e-9));
        }
        assertThat(d.value()).isGreaterThan(d.limit());
        assertThat(d.message()).contains("step " + d.step()).contains("exploded").contains("prior-probability");
        assertThat(outcome.step()).isEqualTo(d.step() - 1);
        double[] frozen = t.parameters(d.models().get(0));
        assertThat(Arrays.stream(frozen).allMatch(Double::isFinite)).isTrue();
        assertThat(t.step(5).stepsRun()).as("paused until a reset").isZero();
        assertThat(t.parameters(d.models().get(0))).isEqualTo(frozen);
    }

    @Test
    void with_the_prior_initialisation_the_same_run_does_not() {
        SideBySideTrainer t = new SideBySideTrainer(lesson8(true));
        StepOutcome outcome = t.step(300);
        assertThat(outcome.divergence()).isEmpty();
        assertThat(outcome.stepsRun()).isEqualTo(300);
    }

    @Test
    void a_loss_that_stays_below_the_bound_is_not_cut_short_even_on_small_batches() {
        // Mini-batches of 8 at 1 % positives: a batch with a positive weighs far more than one without,
        // and the prior-initialised start is far below the bound either way.
        TrainingSettings s = TrainingSettings.defaults()
                .withData(DatasetSpec.defaults().withPoints(500, 100))
                .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(8))
                .withGridSize(8);
        SideBySideTrainer t = new SideBySideTrainer(s);
        assertThat(t.step(400).divergence()).isEmpty();
    }

    @Test
    void a_reset_with_the_prior_initialisation_leaves_the_divergence() {
        SideBySideTrainer t = new SideBySideTrainer(lesson8(false));
        assertThat(t.step(50).diverged()).isTrue();
        t.reset(lesson8(true));
        assertThat(t.divergence()).isEmpty();
        assertThat(t.step(50).stepsRun()).isEqualTo(50);
    }
}
