package org.focalexplorer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.toy.Predictions;
import org.junit.jupiter.api.Test;

/**
 * {@link CumulativeLoss#figure4} sorts each class's logits once and reads every γ's losses in that order; the
 * direct computation here evaluates the losses in the examples' own order and sorts them per γ, as the paper's
 * recipe says. The two must agree bit for bit.
 */
class Figure4SharedSortTest {

    @Test
    void curves_equal_the_per_gamma_sort_bit_for_bit() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 12; trial++) {
            int n = 1 + rng.nextInt(trial < 6 ? 300 : 6000);
            double[] x = new double[n];
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = rng.nextDouble() < 0.1 ? 1 : 0;
                x[i] = switch (rng.nextInt(4)) {
                    case 0 -> Math.round(rng.nextDouble() * 8 - 4); // ties
                    case 1 -> (rng.nextDouble() - 0.5) * 80;        // saturated
                    case 2 -> rng.nextBoolean() ? 0.0 : -0.0;       // signed zeros
                    default -> (rng.nextDouble() - 0.5) * 12;
                };
            }
            Predictions p = Predictions.of(x, t);
            double[] gammas = {0.0, 0.5, 1.0, 2.0, 5.0};
            for (int points : new int[] {2, 17, 512}) {
                List<CumulativeLoss.Curves> got = CumulativeLoss.figure4(p, gammas, points);
                for (int g = 0; g < gammas.length; g++) {
                    double[] losses = BinaryFocalLoss.compute(Tensor.vector(x.clone()), Tensor.vector(t.clone()),
                            BinaryFocalParams.torchvision(-1, gammas[g]), Reduction.NONE).loss().data();
                    Curve[] want = {direct(losses, t, 1.0, points), direct(losses, t, 0.0, points)};
                    Curve[] have = {got.get(g).positives(), got.get(g).negatives()};
                    for (int c = 0; c < 2; c++) {
                        assertThat(have[c].xs()).containsExactly(want[c].xs());
                        assertThat(have[c].ys()).containsExactly(want[c].ys());
                    }
                }
            }
        }
    }

    /** One class's curve: its losses sorted ascending, cumulated, sampled at evenly spaced ranks. */
    private static Curve direct(double[] losses, double[] labels, double label, int maxPoints) {
        double[] own = new double[losses.length];
        int m = 0;
        for (int i = 0; i < losses.length; i++) {
            if (labels[i] == label) {
                own[m++] = losses[i];
            }
        }
        own = Arrays.copyOf(own, m);
        if (m == 0) {
            return Curve.empty();
        }
        Arrays.sort(own);
        double[] cum = new double[m + 1];
        for (int k = 0; k < m; k++) {
            cum[k + 1] = cum[k] + own[k];
        }
        int points = Math.min(m + 1, maxPoints);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int j = 0; j < points; j++) {
            int k = (int) Math.round((double) j * m / (points - 1));
            xs[j] = (double) k / m;
            ys[j] = cum[m] > 0.0 ? cum[k] / cum[m] : (double) k / m;
        }
        return new Curve(xs, ys);
    }
}
