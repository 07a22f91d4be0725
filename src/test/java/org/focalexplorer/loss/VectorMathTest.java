package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel's own exp and log1p against {@link StrictMath} (fdlibm, correctly rounded to within
 * 1 ulp): over their whole domains, including results in the subnormal range and exact special values.
 */
class VectorMathTest {

    private static final int N = 1 << 16; // a multiple of every lane count

    /** Error in ulps of the reference; for subnormal references, in units of the smallest subnormal. */
    private static double ulps(double ours, double ref) {
        return ours == ref ? 0.0 : Math.abs(ours - ref) / Math.ulp(ref);
    }

    @Test
    void exp_is_within_two_ulps_of_strictmath_on_minus_746_to_0() {
        SplittableRandom r = new SplittableRandom(11);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = switch (i % 4) {
                case 0 -> -746.0 * r.nextDouble();
                case 1 -> -r.nextDouble();                  // near 0: e^x near 1
                case 2 -> -700 - 46 * r.nextDouble();       // subnormal results
                default -> -Math.scalb(r.nextDouble(), -r.nextInt(60)); // tiny arguments
            };
        }
        double[] out = new double[N];
        VectorMath.expNonPositive(x, 0, out, 0, N);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            worst = Math.max(worst, ulps(out[i], StrictMath.exp(x[i])));
        }
        assertThat(worst).as("worst ulps").isLessThanOrEqualTo(2.0);
    }

    @Test
    void exp_special_values() {
        double[] x = {0.0, -0.0, -746.0, -1e300, Double.NEGATIVE_INFINITY, 5.0, -708.0, -745.0};
        double[] in = new double[VectorMath.L * 2];
        System.arraycopy(x, 0, in, 0, x.length);
        double[] out = new double[in.length];
        VectorMath.expNonPositive(in, 0, out, 0, in.length);
        assertThat(out[0]).isEqualTo(1.0);
        assertThat(out[1]).isEqualTo(1.0);
        assertThat(out[2]).isEqualTo(0.0);
        assertThat(out[3]).isEqualTo(0.0);
        assertThat(out[4]).isEqualTo(0.0);
        assertThat(out[5]).as("positive arguments are taken as 0").isEqualTo(1.0);
        assertThat(ulps(out[6], StrictMath.exp(-708.0))).isLessThanOrEqualTo(2.0);
        assertThat(out[7]).isEqualTo(StrictMath.exp(-745.0)); // the smallest subnormal
    }

    @Test
    void log1p_is_within_two_ulps_of_strictmath_and_inverse_is_one_over_one_plus_v() {
        SplittableRandom r = new SplittableRandom(12);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = switch (i % 4) {
                case 0 -> r.nextDouble();                                  // (0, 1): the binary kernel's e
                case 1 -> Math.scalb(r.nextDouble(), -r.nextInt(1074));    // down to the subnormals
                case 2 -> 1000 * r.nextDouble();                           // softmax rest with many classes
                default -> Math.scalb(1.0, -r.nextInt(60)) * (1 + 1e-3 * r.nextDouble());
            };
        }
        v[0] = 0.0;
        v[1] = 1.0;
        double[] out = new double[N];
        double[] inv = new double[N];
        VectorMath.log1p(v, out, inv, N);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            worst = Math.max(worst, ulps(out[i], StrictMath.log1p(v[i])));
            assertThat(inv[i]).isEqualTo(1.0 / (1.0 + v[i]));
        }
        assertThat(out[0]).isEqualTo(0.0);
        assertThat(worst).as("worst ulps").isLessThanOrEqualTo(2.0);
    }
}
