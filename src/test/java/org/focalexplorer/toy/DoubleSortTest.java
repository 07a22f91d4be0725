package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix sort gives exactly what {@link Arrays#sort(double[])} gives. */
class DoubleSortTest {
    @Test
    void sorts_as_arrays_sort_does() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int n : new int[] {0, 1, 5, DoubleSort.RADIX_MIN - 1, DoubleSort.RADIX_MIN, 5000, 40_000}) {
            for (int kind = 0; kind < 3; kind++) {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = switch (kind) {
                        case 0 -> rng.nextGaussian() * Math.pow(10, rng.nextInt(-300, 300));
                        case 1 -> rng.nextInt(5) - 2.0 + (rng.nextBoolean() ? -0.0 : 0.0); // ties, −0.0 and 0.0
                        default -> rng.nextInt(4) == 0 ? -Double.MAX_VALUE : rng.nextInt(3) == 0 ? Double.MIN_VALUE : -0.0;
                    };
                }
                double[] expected = a.clone();
                Arrays.sort(expected);
                DoubleSort.sort(a);
                for (int i = 0; i < n; i++) {
                    assertThat(Double.doubleToRawLongBits(a[i])).as("n = %d, kind %d, index %d", n, kind, i)
                            .isEqualTo(Double.doubleToRawLongBits(expected[i]));
                }
            }
        }
    }
}
