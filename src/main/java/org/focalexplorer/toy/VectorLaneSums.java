package org.focalexplorer.toy;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LaneSums} in four 64-bit lanes: lane r is partial sum r, the tail is added to the lanes' values in
 * the scalar order, then combined as the scalar form does. Loaded only by {@link LaneSums}, by name.
 */
final class VectorLaneSums implements LaneSums.Kernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    VectorLaneSums() {
        if (DoubleVector.SPECIES_PREFERRED.length() < LaneSums.LANES) {
            throw new LinkageError("fewer than four hardware lanes: four would be emulated, slower than scalar");
        }
    }

    @Override
    public double sum(double[] a, int n) {
        int end = n & ~3;
        DoubleVector acc = DoubleVector.zero(S);
        for (int e = 0; e < end; e += 4) {
            acc = acc.add(DoubleVector.fromArray(S, a, e));
        }
        double s0 = acc.lane(0);
        double s1 = acc.lane(1);
        double s2 = acc.lane(2);
        double s3 = acc.lane(3);
        if (end < n) {
            s0 += a[end];
        }
        if (end + 1 < n) {
            s1 += a[end + 1];
        }
        if (end + 2 < n) {
            s2 += a[end + 2];
        }
        return LaneSums.combine(s0, s1, s2, s3);
    }

    @Override
    public double dot(double[] a, double[] b, int n) {
        int end = n & ~3;
        DoubleVector acc = DoubleVector.zero(S);
        for (int e = 0; e < end; e += 4) {
            acc = acc.add(DoubleVector.fromArray(S, a, e).mul(DoubleVector.fromArray(S, b, e)));
        }
        return finish(acc, a, b, end, n);
    }

    @Override
    public void dot4(double[] d, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out, int at) {
        int end = n & ~3;
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        for (int e = 0; e < end; e += 4) {
            DoubleVector dv = DoubleVector.fromArray(S, d, e);
            a0 = a0.add(dv.mul(DoubleVector.fromArray(S, x0, e)));
            a1 = a1.add(dv.mul(DoubleVector.fromArray(S, x1, e)));
            a2 = a2.add(dv.mul(DoubleVector.fromArray(S, x2, e)));
            a3 = a3.add(dv.mul(DoubleVector.fromArray(S, x3, e)));
        }
        out[at] = finish(a0, d, x0, end, n);
        out[at + 1] = finish(a1, d, x1, end, n);
        out[at + 2] = finish(a2, d, x2, end, n);
        out[at + 3] = finish(a3, d, x3, end, n);
    }

    /** The lanes' partial sums plus the tail's products (element e to partial e mod 4), combined. */
    private static double finish(DoubleVector acc, double[] a, double[] b, int end, int n) {
        double s0 = acc.lane(0);
        double s1 = acc.lane(1);
        double s2 = acc.lane(2);
        double s3 = acc.lane(3);
        if (end < n) {
            s0 += a[end] * b[end];
        }
        if (end + 1 < n) {
            s1 += a[end + 1] * b[end + 1];
        }
        if (end + 2 < n) {
            s2 += a[end + 2] * b[end + 2];
        }
        return LaneSums.combine(s0, s1, s2, s3);
    }
}
