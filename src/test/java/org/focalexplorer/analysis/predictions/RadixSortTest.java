package org.focalexplorer.analysis.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    @Test
    void sameOrderAsArraysSort() {
        SplittableRandom r = new SplittableRandom(9);
        double[] a = new double[200_000];
        for (int i = 0; i < a.length; i++) {
            int kind = r.nextInt(6);
            a[i] = switch (kind) {
                case 0 -> r.nextDouble() * 2e6 - 1e6;
                case 1 -> (float) (r.nextGaussian() * 3);
                case 2 -> r.nextBoolean() ? 0.0 : -0.0;
                case 3 -> r.nextBoolean() ? Double.MAX_VALUE : -Double.MIN_VALUE;
                case 4 -> Math.rint(r.nextDouble() * 10) - 5;
                default -> -r.nextDouble() * 1e-300;
            };
        }
        double[] expected = a.clone();
        Arrays.sort(expected);
        org.focalexplorer.toy.DoubleSort.sortMillions(a); // the tuning the predictions files use
        for (int i = 0; i < a.length; i++) {
            assertThat(Double.doubleToRawLongBits(a[i])).as("at %d", i).isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }
}
