package org.focalexplorer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper's observations on the toy detector: anchors at 1:100, CE and FL (α 0.25, γ 2) trained side
 * by side (2,000 points, 2-8-8-1 tanh with the prior initialisation, Adam 0.01, full batch, 500 steps).
 */
class FocalVersusCrossEntropyTest {

    private static TrainingSnapshot snapshot;
    private static TrainingAnalysis analysis;

    @BeforeAll
    static void train() {
        TrainingSettings s = TrainingSettings.defaults()
                .withData(DatasetSpec.defaults().withPositiveFraction(0.01).withPoints(2000))
                .withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8));
        SideBySideTrainer trainer = new SideBySideTrainer(s);
        trainer.step(500);
        snapshot = trainer.snapshot();
        analysis = TrainingAnalysis.of(snapshot);
    }

    @Test
    void easy_negatives_carry_far_less_of_the_loss_under_focal_loss() {
        LossShares ce = analysis.reference().train();
        LossShares fl = analysis.focal().train();
        assertThat(ce.easyNegativeFraction()).as("most examples are easy negatives").isGreaterThan(0.9);
        assertThat(ce.easyNegativeShare()).as("CE: the easy majority adds up").isGreaterThan(0.1);
        assertThat(fl.easyNegativeShare()).as("FL: easy negatives barely count (CE %.3f)", ce.easyNegativeShare())
                .isLessThan(ce.easyNegativeShare() / 4)
                .isLessThan(0.05);
        assertThat(fl.hardestShare()).as("FL: the hardest 10 %% carry nearly all of it").isGreaterThan(0.9);
    }

    @Test
    void figure4_negatives_lie_below_positives_for_gamma_2_and_curves_are_cdfs() {
        for (CumulativeLoss.Curves c : analysis.figure4Train()) {
            for (Curve curve : new Curve[] {c.positives(), c.negatives()}) {
                assertThat(curve.y(curve.size() - 1)).isEqualTo(1.0);
                for (int k = 1; k < curve.size(); k++) {
                    assertThat(curve.y(k)).isGreaterThanOrEqualTo(curve.y(k - 1));
                }
            }
        }
        CumulativeLoss.Curves g2 = analysis.figure4Train().get(3);
        assertThat(g2.gamma()).isEqualTo(2.0);
        for (int k = 1; k < 100; k++) {
            double x = k / 100.0;
            assertThat(g2.negatives().valueAt(x)).as("x = %s", x).isLessThanOrEqualTo(g2.positives().valueAt(x));
        }
        // as in the paper: with γ = 2 the hardest 10 % of the negatives carry most (here > 75 %) of their loss
        assertThat(g2.negatives().valueAt(0.9)).isLessThan(0.25);
        CumulativeLoss.Curves g0 = analysis.figure4Train().get(0);
        assertThat(g2.negatives().valueAt(0.9)).isLessThan(g0.negatives().valueAt(0.9));
    }

    /**
     * The lab's claim, with its defaults (fresh batches of 1,024, anchors at 1 %): FL's easy negatives carry
     * less than half the share of its loss that CE's carry, measured on the 20,000 test points (a fresh
     * sample neither model trained on). The README's table shows it at 1k, 10k and 50k steps over 10 seeds;
     * this checks the first of those steps for the default seed.
     */
    @Test
    void with_the_lab_defaults_on_fresh_batches_focal_loss_keeps_easy_negatives_below_half_of_ce() {
        TrainingSettings lab = TrainingSettings.labDefaults();
        assertThat(lab.source()).isEqualTo(org.focalexplorer.toy.DataSource.STREAM);
        assertThat(lab.data().testPoints()).isGreaterThanOrEqualTo(20_000);
        SideBySideTrainer trainer = new SideBySideTrainer(lab);
        trainer.step(1000);
        TrainingAnalysis a = TrainingAnalysis.of(trainer.snapshot());
        double ce = a.reference().test().easyNegativeShare();
        double fl = a.focal().test().easyNegativeShare();
        assertThat(fl).as("FL %.4f against CE %.4f", fl, ce).isLessThan(ce / 2);
    }
}
