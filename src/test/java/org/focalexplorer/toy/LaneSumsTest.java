package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The backpropagation sums: close to the exact sums, and the vector lanes give the scalar bits. */
class LaneSumsTest {
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 5, 7, 31, 32, 33, 34, 35, 36, 255, 1024, 1027};

    private static double[] random(SplittableRandom rng, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (2 * rng.nextDouble() - 1) * Math.pow(10, -3 + 6 * rng.nextDouble());
        }
        return a;
    }

    @Test
    void dot_products_are_within_n_ulps_of_the_exact_sum() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int n : LENGTHS) {
            double[] a = random(rng, n);
            double[] b = random(rng, n);
            BigDecimal exact = BigDecimal.ZERO;
            double bound = 0;
            for (int e = 0; e < n; e++) {
                exact = exact.add(new BigDecimal(a[e]).multiply(new BigDecimal(b[e])));
                bound += Math.abs(a[e] * b[e]);
            }
            double err = Math.abs(LaneSums.dot(a, b, n) - exact.round(MathContext.DECIMAL64).doubleValue());
            assertThat(err).as("n = %d", n).isLessThanOrEqualTo((n + 2) * Math.ulp(1.0) * bound);
        }
    }

    @Test
    void vector_lanes_give_the_scalar_bits() {
        assumeTrue(LaneSums.vectorAvailable(), "jdk.incubator.vector not in the boot layer");
        LaneSums.Kernel v = LaneSums.vectorKernel();
        SplittableRandom rng = new SplittableRandom(9);
        for (int n : LENGTHS) {
            double[] d = random(rng, n);
            double[][] x = {random(rng, n), random(rng, n), random(rng, n), random(rng, n)};
            assertThat(bits(v.sum(d, n))).as("sum, n = %d", n).isEqualTo(bits(LaneSums.Scalar.sum(d, n)));
            assertThat(bits(v.dot(d, x[0], n))).as("dot, n = %d", n).isEqualTo(bits(LaneSums.Scalar.dot(d, x[0], n)));
            double[] vec = new double[5];
            double[] sca = new double[5];
            v.dot4(d, x[0], x[1], x[2], x[3], n, vec, 1);
            LaneSums.Scalar.dot4(d, x[0], x[1], x[2], x[3], n, sca, 1);
            for (int c = 0; c < 5; c++) {
                assertThat(bits(vec[c])).as("dot4[%d], n = %d", c, n).isEqualTo(bits(sca[c]));
            }
        }
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
