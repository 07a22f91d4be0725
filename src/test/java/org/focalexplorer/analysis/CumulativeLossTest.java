package org.focalexplorer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.focalexplorer.toy.Predictions;
import org.junit.jupiter.api.Test;

class CumulativeLossTest {

    /** Logits of a fairly good model: most negatives far below 0, positives spread. */
    static Predictions synthetic(int n, double positiveFraction, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            boolean pos = rng.nextDouble() < positiveFraction;
            t[i] = pos ? 1 : 0;
            x[i] = pos ? 2 + 2.5 * gauss(rng) : -5 + 2.5 * gauss(rng);
        }
        return Predictions.of(x, t);
    }

    private static double gauss(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void curves_start_at_zero_are_non_decreasing_and_end_at_one() {
        Predictions p = synthetic(5000, 0.02, 1);
        List<CumulativeLoss.Curves> fig = CumulativeLoss.figure4(p);
        assertThat(fig).extracting(CumulativeLoss.Curves::gamma).containsExactly(0.0, 0.5, 1.0, 2.0);
        for (CumulativeLoss.Curves c : fig) {
            for (Curve curve : List.of(c.positives(), c.negatives())) {
                assertThat(curve.size()).isBetween(2, CumulativeLoss.DEFAULT_MAX_POINTS);
                assertThat(curve.x(0)).isZero();
                assertThat(curve.y(0)).isZero();
                assertThat(curve.x(curve.size() - 1)).isEqualTo(1.0);
                assertThat(curve.y(curve.size() - 1)).isEqualTo(1.0);
                for (int k = 1; k < curve.size(); k++) {
                    assertThat(curve.x(k)).isGreaterThan(curve.x(k - 1));
                    assertThat(curve.y(k)).isGreaterThanOrEqualTo(curve.y(k - 1));
                    assertThat(curve.y(k)).isLessThanOrEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void larger_gamma_concentrates_the_loss_of_the_negatives_in_fewer_examples() {
        Predictions p = synthetic(20_000, 0.01, 2);
        List<CumulativeLoss.Curves> fig = CumulativeLoss.figure4(p);
        for (double x : new double[] {0.5, 0.8, 0.9, 0.95}) {
            for (int g = 1; g < fig.size(); g++) {
                assertThat(fig.get(g).negatives().valueAt(x)).as("x = %s, gamma %s", x, fig.get(g).gamma())
                        .isLessThan(fig.get(g - 1).negatives().valueAt(x));
            }
        }
    }

    @Test
    void a_small_case_by_hand() {
        // γ = 0, one class: losses softplus(−x) for logits of positives; sorted ascending, cumulative / total
        double[] x = {3.0, 0.0, -1.0};
        Predictions p = Predictions.of(x, new double[] {1, 1, 1});
        Curve c = CumulativeLoss.figure4(p, new double[] {0.0}, 10).get(0).positives();
        double l3 = Math.log1p(Math.exp(-3));
        double l0 = Math.log(2);
        double l1 = Math.log1p(Math.exp(1));
        double total = l3 + l0 + l1;
        assertThat(c.xs()).containsExactly(0, 1.0 / 3, 2.0 / 3, 1);
        assertThat(c.y(1)).isCloseTo(l3 / total, within(1e-15));
        assertThat(c.y(2)).isCloseTo((l3 + l0) / total, within(1e-15));
        assertThat(c.y(3)).isEqualTo(1.0);
        assertThat(CumulativeLoss.figure4(p).get(0).negatives().isEmpty()).isTrue();
    }

    @Test
    void sampling_keeps_both_ends() {
        double[] losses = new double[1001];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = i;
        }
        Curve c = CumulativeLoss.curve(losses, 11);
        assertThat(c.size()).isEqualTo(11);
        assertThat(c.x(0)).isZero();
        assertThat(c.x(10)).isEqualTo(1.0);
        assertThat(c.y(10)).isEqualTo(1.0);
        assertThat(c.valueAt(0.5)).isCloseTo(0.25, within(1e-3)); // Σ_{i<500} i / Σ i ≈ ¼
        Curve zeros = CumulativeLoss.curve(new double[4], 10);
        assertThat(zeros.ys()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    }
}
