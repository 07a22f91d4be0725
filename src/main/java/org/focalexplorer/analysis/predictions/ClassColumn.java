package org.focalexplorer.analysis.predictions;

import java.util.Arrays;
import org.focalexplorer.loss.Numerics;

/**
 * The examples of one class, sorted once by x_t (hardest first), cut into fine bins with the moments
 * Σ u^k (k ≤ 5) of each bin's scaled offsets u = (x_t − centre)/halfWidth ∈ [−1, 1]. Since every loss
 * here is a smooth function of x_t alone within a class, a bin's sum is Σ_k a_k M_k for the Taylor
 * coefficients a_k of the loss at the centre ({@link Jets}): one evaluation per bin instead of per example.
 *
 * <p>Bins: width 1/64 in x_t on (−64, 1024); below −64 the loss is linear in x_t to the last bit (the focal
 * term is 1 − γe^{x_t}, e^{−64} ≈ 1.6e-28) and above 1024 it is 0, so there bins are 1/64 of an octave wide.
 * A bin never straddles x_t = 0 (p_t = 1/2) or the "easy" boundary p_t = 0.9, so region sums are exact sums
 * of whole bins. Every {@link #CHECKPOINT} positions the partial moments of the bin in progress are kept,
 * so a sum over the first m examples costs at most one scan of {@code CHECKPOINT} offsets.
 */
final class ClassColumn {
    static final int MOMENTS = 6;
    static final int CHECKPOINT = 1024;
    static final double BINS_PER_UNIT = 64.0;
    static final int HARD = 0;
    static final int MIDDLE = 1;
    static final int EASY = 2;
    /** An easy example: p_t above this (as the toy's analysis). */
    static final double EASY_PT = 0.9;

    final double[] sorted;
    final int bins;
    final int[] start;       // first position of each bin; start[bins] = n
    final double[] centre;
    final double[] halfWidth;
    final byte[] region;
    final double[] moments;  // MOMENTS per bin
    final double[] checkpoints; // MOMENTS per CHECKPOINT positions: moments of [bin start, position)

    /** Takes ownership of {@code values} and sorts it. */
    static ClassColumn sorting(double[] values) {
        org.focalexplorer.toy.DoubleSort.sortMillions(values);
        return new ClassColumn(values);
    }

    /** Takes ownership of {@code values}, which are in ascending order (as {@link java.util.Arrays#sort(double[])}). */
    static ClassColumn ofSorted(double[] values) {
        return new ClassColumn(values);
    }

    private ClassColumn(double[] values) {
        this.sorted = values;
        int n = values.length;
        int cap = 64;
        int[] st = new int[cap + 1];
        double[] ce = new double[cap];
        double[] hw = new double[cap];
        byte[] rg = new byte[cap];
        double[] mo = new double[cap * MOMENTS];
        double[] cp = new double[((n + CHECKPOINT - 1) / CHECKPOINT + 1) * MOMENTS];
        int b = -1;
        long key = Long.MIN_VALUE;
        int reg = -1;
        double c = 0;
        double w = 1;
        double m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            long k = key(x);
            int r = regionOf(x);
            if (k != key || r != reg) {
                if (b >= 0) {
                    store(mo, b, m0, m1, m2, m3, m4, m5);
                }
                b++;
                if (b == cap) {
                    cap *= 2;
                    st = Arrays.copyOf(st, cap + 1);
                    ce = Arrays.copyOf(ce, cap);
                    hw = Arrays.copyOf(hw, cap);
                    rg = Arrays.copyOf(rg, cap);
                    mo = Arrays.copyOf(mo, cap * MOMENTS);
                }
                key = k;
                reg = r;
                double lo = lower(x);
                double hi = upper(x);
                c = 0.5 * (lo + hi);
                w = 0.5 * (hi - lo);
                st[b] = i;
                ce[b] = c;
                hw[b] = w;
                rg[b] = (byte) r;
                m0 = m1 = m2 = m3 = m4 = m5 = 0;
            }
            if (i % CHECKPOINT == 0) {
                store(cp, i / CHECKPOINT, m0, m1, m2, m3, m4, m5);
            }
            double u = (x - c) / w;
            double u2 = u * u;
            m0 += 1;
            m1 += u;
            m2 += u2;
            m3 += u2 * u;
            m4 += u2 * u2;
            m5 += u2 * u2 * u;
        }
        if (b >= 0) {
            store(mo, b, m0, m1, m2, m3, m4, m5);
        }
        this.bins = b + 1;
        st[bins] = n;
        this.start = Arrays.copyOf(st, bins + 1);
        this.centre = Arrays.copyOf(ce, bins);
        this.halfWidth = Arrays.copyOf(hw, bins);
        this.region = Arrays.copyOf(rg, bins);
        this.moments = Arrays.copyOf(mo, bins * MOMENTS);
        this.checkpoints = cp;
    }

    int size() {
        return sorted.length;
    }

    /**
     * The smallest x_t with σ(x_t) &gt; 0.9 as {@link Numerics#sigmoid} rounds it (σ is monotone in floating
     * point), so that "easy" is one comparison per example and agrees with p_t &gt; 0.9 exactly.
     */
    static final double EASY_XT = easyThreshold();

    private static double easyThreshold() {
        double lo = 0.0;
        double hi = 10.0; // σ(0) = 0.5 is not easy, σ(10) is
        while (Math.nextUp(lo) < hi) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                mid = Math.nextUp(lo);
            }
            if (Numerics.sigmoid(mid) > EASY_PT) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    static int regionOf(double xt) {
        if (xt < 0) {
            return HARD;
        }
        return xt >= EASY_XT ? EASY : MIDDLE;
    }

    private static boolean uniform(double x) {
        return x > -64.0 && x < 1024.0;
    }

    private static long key(double x) {
        if (uniform(x)) {
            return (long) Math.floor(x * BINS_PER_UNIT);
        }
        long octave = Double.doubleToRawLongBits(Math.abs(x)) >>> 46; // exponent and 6 mantissa bits
        return x < 0 ? -(1L << 40) - octave : (1L << 40) + octave;
    }

    private static double lower(double x) {
        if (uniform(x)) {
            return Math.floor(x * BINS_PER_UNIT) / BINS_PER_UNIT;
        }
        double a = Double.longBitsToDouble((Double.doubleToRawLongBits(Math.abs(x)) >>> 46) << 46);
        double b = Double.longBitsToDouble(((Double.doubleToRawLongBits(Math.abs(x)) >>> 46) + 1) << 46);
        return x < 0 ? -b : a;
    }

    private static double upper(double x) {
        if (uniform(x)) {
            return (Math.floor(x * BINS_PER_UNIT) + 1) / BINS_PER_UNIT;
        }
        double a = Double.longBitsToDouble((Double.doubleToRawLongBits(Math.abs(x)) >>> 46) << 46);
        double b = Double.longBitsToDouble(((Double.doubleToRawLongBits(Math.abs(x)) >>> 46) + 1) << 46);
        return x < 0 ? -a : b;
    }

    private static void store(double[] into, int slot, double m0, double m1, double m2, double m3, double m4, double m5) {
        int o = slot * MOMENTS;
        into[o] = m0;
        into[o + 1] = m1;
        into[o + 2] = m2;
        into[o + 3] = m3;
        into[o + 4] = m4;
        into[o + 5] = m5;
    }

    /** The bin holding position p (0 ≤ p &lt; n). */
    int binOf(int p) {
        int i = Arrays.binarySearch(start, 0, bins, p);
        return i >= 0 ? i : -i - 2;
    }

    /** Σ_k coef[k] · (moments of positions [start[b], p)), for p inside bin b. */
    double partial(int b, int p, double[] coef) {
        return partial(coef, partialMoments(b, p));
    }

    /** Σ_k coef[k] · m[k] for moments from {@link #partialMoments} (0 for none). */
    static double partial(double[] coef, double[] m) {
        if (m == null) {
            return 0.0;
        }
        return coef[0] * m[0] + coef[1] * m[1] + coef[2] * m[2] + coef[3] * m[3] + coef[4] * m[4] + coef[5] * m[5];
    }

    /**
     * The moments Σ u^k (k ≤ 5) of positions [start[b], p) for p inside bin b (null when the range is empty):
     * they do not depend on γ, so a caller that asks for the same positions at every γ may keep them.
     */
    double[] partialMoments(int b, int p) {
        int from = start[b];
        if (p <= from) {
            return null;
        }
        int cpIndex = p / CHECKPOINT;
        int cpPos = cpIndex * CHECKPOINT;
        double m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0;
        int scanFrom = from;
        if (cpPos > from) {
            int o = cpIndex * MOMENTS;
            m0 = checkpoints[o];
            m1 = checkpoints[o + 1];
            m2 = checkpoints[o + 2];
            m3 = checkpoints[o + 3];
            m4 = checkpoints[o + 4];
            m5 = checkpoints[o + 5];
            scanFrom = cpPos;
        }
        double c = centre[b];
        double w = halfWidth[b];
        for (int i = scanFrom; i < p; i++) {
            double u = (sorted[i] - c) / w;
            double u2 = u * u;
            m0 += 1;
            m1 += u;
            m2 += u2;
            m3 += u2 * u;
            m4 += u2 * u2;
            m5 += u2 * u2 * u;
        }
        return new double[] {m0, m1, m2, m3, m4, m5};
    }

    /** Σ_k coef[k] M_k of bin b. */
    double binSum(int b, double[] coef) {
        int o = b * MOMENTS;
        double s = 0.0;
        for (int k = 0; k < MOMENTS; k++) {
            s += coef[k] * moments[o + k];
        }
        return s;
    }

    /** Positions with x_t &lt; t (ascending order: the count of examples harder than t). */
    int countBelow(double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
