package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.focalexplorer.loss.FocalCurves;
import org.junit.jupiter.api.Test;

/** AP, ROC-AUC and threshold metrics against values worked out by hand (and by scikit-learn). */
class MetricsTest {

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static Predictions of(double[] p, double... labels) {
        double[] x = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            x[i] = logit(p[i]);
        }
        return Predictions.of(x, labels);
    }

    @Test
    void scikit_learn_example() {
        // sklearn docs: y = [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] → AP 0.8333…, ROC-AUC 0.75
        Predictions p = of(new double[] {0.1, 0.4, 0.35, 0.8}, 0, 0, 1, 1);
        assertThat(RankMetrics.averagePrecision(p)).isCloseTo(5.0 / 6.0, within(1e-15));
        assertThat(RankMetrics.rocAuc(p)).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void ties_enter_at_one_threshold() {
        Predictions allTied = of(new double[] {0.5, 0.5, 0.5, 0.5}, 1, 0, 1, 0);
        assertThat(RankMetrics.rocAuc(allTied)).isEqualTo(0.5);
        assertThat(RankMetrics.averagePrecision(allTied)).isEqualTo(0.5);
        // one positive tied with one negative at the top, another positive below both negatives:
        // thresholds 0.9: tp 1 fp 1 (P 0.5, R 0.5); 0.3: tp 1 fp 2; 0.2: tp 2 fp 2 (P 0.5, R 1) → AP 0.5
        // AUC: pairs (pos 0.9 vs neg 0.9) ½ + (0.9 vs 0.3) 1 + (0.2 vs both) 0 → 1.5 / 4
        Predictions p = of(new double[] {0.9, 0.9, 0.3, 0.2}, 1, 0, 0, 1);
        assertThat(RankMetrics.averagePrecision(p)).isCloseTo(0.5, within(1e-15));
        assertThat(RankMetrics.rocAuc(p)).isCloseTo(0.375, within(1e-15));
    }

    @Test
    void perfect_ranking_and_missing_classes() {
        Predictions perfect = of(new double[] {0.2, 0.9, 0.1, 0.6}, 0, 1, 0, 1);
        assertThat(RankMetrics.averagePrecision(perfect)).isEqualTo(1.0);
        assertThat(RankMetrics.rocAuc(perfect)).isEqualTo(1.0);
        Predictions noPositives = of(new double[] {0.2, 0.9}, 0, 0);
        assertThat(RankMetrics.averagePrecision(noPositives)).isNaN();
        assertThat(RankMetrics.rocAuc(noPositives)).isNaN();
    }

    @Test
    void confusion_matrix_precision_recall_f1() {
        Predictions p = of(new double[] {0.95, 0.6, 0.4, 0.3, 0.7, 0.05}, 1, 1, 1, 0, 0, 0);
        ThresholdMetrics half = ThresholdMetrics.of(p, 0.5);
        assertThat(half.truePositives()).isEqualTo(2);
        assertThat(half.falseNegatives()).isEqualTo(1);
        assertThat(half.falsePositives()).isEqualTo(1);
        assertThat(half.trueNegatives()).isEqualTo(2);
        assertThat(half.precision()).isCloseTo(2.0 / 3.0, within(1e-15));
        assertThat(half.recall()).isCloseTo(2.0 / 3.0, within(1e-15));
        assertThat(half.f1()).isCloseTo(2.0 / 3.0, within(1e-15));
        ThresholdMetrics high = ThresholdMetrics.of(p, 0.99);
        assertThat(high.truePositives() + high.falsePositives()).isZero();
        assertThat(high.precision()).as("0/0 reported as 0").isZero();
    }

    @Test
    void classification_metrics_loss_and_minority_recall() {
        Predictions p = of(new double[] {0.9, 0.2, 0.1, 0.3}, 1, 1, 0, 0);
        FocalSetting fl = FocalSetting.torchvision(0.25, 2);
        ClassificationMetrics m = ClassificationMetrics.of(p, fl, Normalization.MEAN, 0.15);
        double expected = (FocalCurves.fl(0.9, 0.25, 2) + FocalCurves.fl(0.2, 0.25, 2) + FocalCurves.fl(0.9, 0.75, 2)
                + FocalCurves.fl(0.7, 0.75, 2)) / 4;
        assertThat(m.loss()).isCloseTo(expected, within(1e-12));
        ClassificationMetrics perPositive = ClassificationMetrics.of(p, fl, Normalization.POSITIVES, 0.15);
        assertThat(perPositive.loss()).isCloseTo(expected * 4 / 2, within(1e-12));
        assertThat(m.logLoss()).isCloseTo((-Math.log(0.9) - Math.log(0.2) - Math.log(0.9) - Math.log(0.7)) / 4, within(1e-12));
        assertThat(m.minorityRecall()).isEqualTo(0.5);
        assertThat(m.atThreshold().truePositives()).isEqualTo(2);
        assertThat(m.atThreshold().falsePositives()).isEqualTo(1);
    }

    @Test
    void loss_setting_weight_is_alpha_t_times_the_modulating_factor() {
        FocalSetting fl = FocalSetting.torchvision(0.25, 2);
        assertThat(fl.weight(logit(0.9), true)).isCloseTo(0.25 * 0.01, within(1e-15));
        assertThat(fl.weight(logit(0.1), false)).isCloseTo(0.75 * 0.01, within(1e-15));
        assertThat(FocalSetting.crossEntropy().weight(-30, true)).isEqualTo(1.0);
        assertThat(FocalSetting.torchvision(-5, 1)).isEqualTo(FocalSetting.torchvision(-1, 1));
        assertThat(FocalSetting.torchvision(0.25, 2).label()).isEqualTo("FL (α=0.25, γ=2)");
        assertThat(FocalSetting.balancedCrossEntropy(0.75).label()).isEqualTo("α-CE (α=0.75)");
    }

    /**
     * AP and ROC-AUC on random sets with many ties (and −0.0 beside 0.0) against the definitions computed the
     * slow way: all scores sorted and walked threshold by threshold (AP), and every positive–negative pair
     * compared (AUC, an exact integer count of half-pairs).
     */
    @Test
    void ranks_match_the_definitions_on_random_sets_with_ties() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(300);
            double[] x = new double[n];
            double[] t = new double[n];
            double share = rng.nextDouble();
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(4) == 0 ? (rng.nextBoolean() ? 0.0 : -0.0) : Math.rint(8 * rng.nextGaussian()) / 4;
                t[i] = rng.nextDouble() < share ? 1.0 : 0.0;
            }
            Predictions p = Predictions.of(x, t);
            RankMetrics.Scores s = RankMetrics.of(p);
            if (p.positives() == 0) {
                assertThat(s.averagePrecision()).isNaN();
                continue;
            }
            // AP: thresholds from the highest distinct score down
            double[] sorted = x.clone();
            java.util.Arrays.sort(sorted);
            double ap = 0;
            double previous = Double.NaN;
            for (int k = n - 1; k >= 0; k--) {
                double score = sorted[k];
                if (score == previous) {
                    continue;
                }
                previous = score;
                int tp = 0;
                int all = 0;
                int here = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i] >= score) {
                        all++;
                        tp += t[i] == 1.0 ? 1 : 0;
                    }
                    here += x[i] == score && t[i] == 1.0 ? 1 : 0;
                }
                if (here > 0) {
                    ap += (double) here / p.positives() * ((double) tp / all);
                }
            }
            assertThat(s.averagePrecision()).as("AP, trial %d", trial).isEqualTo(ap);
            long halves = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (t[i] == 1.0 && t[j] == 0.0) {
                        halves += x[i] > x[j] ? 2 : x[i] == x[j] ? 1 : 0;
                    }
                }
            }
            double auc = p.negatives() == 0 ? Double.NaN : halves / 2.0 / ((double) p.positives() * p.negatives());
            assertThat(Double.valueOf(s.rocAuc())).as("AUC, trial %d", trial).isEqualTo(Double.valueOf(auc)); // NaN without negatives
        }
    }
}
