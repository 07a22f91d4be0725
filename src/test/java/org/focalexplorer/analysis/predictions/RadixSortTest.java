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
    /** Floats sorted on 32-bit keys and widened: bit for bit the widened values sorted by Arrays.sort. */
    @Test
    void floatsSortedThenWidenedAsArraysSort() {
        SplittableRandom r = new SplittableRandom(10);
        for (int n : new int[] {0, 1, 1000, 65_535, 65_536, 300_000}) {
            float[] a = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (r.nextInt(6)) {
                    case 0 -> (float) (r.nextDouble() * 2e6 - 1e6);
                    case 1 -> (float) (r.nextGaussian() * 3);
                    case 2 -> r.nextBoolean() ? 0.0f : -0.0f;
                    case 3 -> r.nextBoolean() ? Float.MAX_VALUE : -Float.MIN_VALUE;
                    case 4 -> (float) Math.rint(r.nextDouble() * 10) - 5;
                    default -> Float.intBitsToFloat(r.nextInt() & 0x7F7F_FFFF) * (r.nextBoolean() ? 1 : -1);
                };
            }
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = a[i];
            }
            Arrays.sort(expected);
            double[] sorted = org.focalexplorer.toy.DoubleSort.sortMillionsWidened(a);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(sorted[i])).as("n = %d, at %d", n, i)
                        .isEqualTo(Double.doubleToRawLongBits(expected[i]));
            }
        }
        // every value has the same low 16 bits: the first pass is skipped
        float[] same = new float[70_000];
        for (int i = 0; i < same.length; i++) {
            same[i] = (float) ((i * 7919) % 128); // 0 … 127: at most 6 fraction bits, the low 16 are 0
        }
        double[] expected = new double[same.length];
        for (int i = 0; i < same.length; i++) {
            expected[i] = same[i];
        }
        Arrays.sort(expected);
        assertThat(org.focalexplorer.toy.DoubleSort.sortMillionsWidened(same)).containsExactly(expected);
    }
}
