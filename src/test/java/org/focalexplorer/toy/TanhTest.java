package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hidden layers' tanh against {@link StrictMath#tanh} (fdlibm, an independent implementation). */
class TanhTest {
    /** Arguments over every scale that matters: tiny, around the reduction's break points, saturated. */
    private static double[] arguments() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 200_000;
        double[] x = new double[n + 12];
        for (int i = 0; i < n; i++) {
            double magnitude = Math.pow(10, -12 + 13.5 * rng.nextDouble()); // 1e-12 … 3e1
            x[i] = rng.nextBoolean() ? magnitude : -magnitude;
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0.17328679513998632, 0.5, 19.06, 20.0,
                25.0, -40.0, 710.0, Double.MAX_VALUE};
        System.arraycopy(special, 0, x, n, special.length);
        return x;
    }

    @Test
    void within_three_ulp_of_strict_tanh_everywhere() {
        double worst = 0;
        for (double x : arguments()) {
            double t = Tanh.of(x);
            double exact = StrictMath.tanh(x);
            worst = Math.max(worst, Math.abs(t - exact) / Math.ulp(exact));
            assertThat(Math.abs(t)).isLessThanOrEqualTo(1.0);
        }
        assertThat(worst).as("worst error in ulp").isLessThanOrEqualTo(3.0); // the worst seen is 3 ulp (StrictMath.tanh has rounding errors of its own)
    }

    @Test
    void keeps_signs_and_special_values() {
        assertThat(Tanh.of(0.0)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(Tanh.of(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Tanh.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Tanh.of(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Tanh.of(Double.NaN)).isNaN();
        assertThat(Tanh.of(1e-300)).isEqualTo(1e-300);
    }

    @Test
    void vector_lanes_give_the_scalar_bits() {
        assumeTrue(Tanh.vectorAvailable(), "jdk.incubator.vector not in the boot layer");
        double[] x = arguments();
        double[] withNan = new double[x.length + 3];
        System.arraycopy(x, 0, withNan, 0, x.length);
        withNan[x.length] = Double.NaN;
        withNan[x.length + 1] = Double.POSITIVE_INFINITY;
        withNan[x.length + 2] = Double.NEGATIVE_INFINITY; // length not a multiple of the lanes: the tail too
        double[] scalar = withNan.clone();
        double[] vector = withNan.clone();
        Tanh.scalar(scalar, 0, scalar.length);
        Tanh.vector(vector, vector.length);
        for (int i = 0; i < scalar.length; i++) {
            assertThat(Double.doubleToRawLongBits(vector[i])).as("tanh(%s)", withNan[i])
                    .isEqualTo(Double.doubleToRawLongBits(scalar[i]));
        }
    }

    /** Blocks, the four-vector loop, the vectors left over and the scalar tail: every length up to two blocks and more. */
    @Test
    void vector_lanes_give_the_scalar_bits_at_every_length() {
        assumeTrue(Tanh.vectorAvailable(), "jdk.incubator.vector not in the boot layer");
        double[] x = arguments();
        for (int n = 1; n <= 2 * Tanh.BLOCK + 40; n++) {
            double[] scalar = java.util.Arrays.copyOfRange(x, 1000 * n % 150_000, 1000 * n % 150_000 + n);
            double[] vector = scalar.clone();
            Tanh.scalar(scalar, 0, n);
            Tanh.vector(vector, n);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(vector[i])).as("n = %d, element %d", n, i)
                        .isEqualTo(Double.doubleToRawLongBits(scalar[i]));
            }
        }
    }
}
