package org.focalexplorer.analysis;

/** A polyline (x_k, y_k), immutable; x non-decreasing. */
public final class Curve {
    private final double[] x;
    private final double[] y;

    Curve(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x;
        this.y = y;
    }

    static Curve empty() {
        return new Curve(new double[0], new double[0]);
    }

    public int size() {
        return x.length;
    }

    public boolean isEmpty() {
        return x.length == 0;
    }

    public double x(int k) {
        return x[k];
    }

    public double y(int k) {
        return y[k];
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    /** y at {@code at} by linear interpolation (clamped to the ends); NaN for an empty curve. */
    public double valueAt(double at) {
        if (x.length == 0) {
            return Double.NaN;
        }
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int lo = 0;
        int hi = x.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= at) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = x[hi] - x[lo];
        return span == 0.0 ? y[hi] : y[lo] + (y[hi] - y[lo]) * (at - x[lo]) / span;
    }
}
