package org.focalexplorer.toy;

import java.util.Arrays;
import java.util.Locale;

/**
 * A per-class α vector (the weight of each class in weighted CE and the seed's softmax focal loss), one
 * finite value ≥ 0 per class, not all 0. Immutable. An invalid vector is refused with a one-line message
 * naming the index and the value, so an editor can keep the previous one.
 */
public final class AlphaVector {
    private final double[] values;

    private AlphaVector(double[] values) {
        this.values = values;
    }

    /** Checks and copies {@code values} for {@code classes} classes. */
    public static AlphaVector of(double[] values, int classes) {
        if (values == null) {
            throw new IllegalArgumentException("alpha vector must not be null");
        }
        if (values.length != classes) {
            throw new IllegalArgumentException("alpha vector has " + values.length + " value" + (values.length == 1 ? "" : "s")
                    + ": expected " + classes + ", one per class");
        }
        boolean anyPositive = false;
        for (int k = 0; k < values.length; k++) {
            double a = values[k];
            if (Double.isNaN(a) || Double.isInfinite(a) || a < 0) {
                throw new IllegalArgumentException("alpha[" + k + "] = " + a + ": must be a finite number >= 0");
            }
            anyPositive |= a > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("alpha vector is all zero: at least one class needs a weight > 0");
        }
        return new AlphaVector(values.clone());
    }

    /** Every class weighted 1 (weighted CE becomes CE). */
    public static AlphaVector uniform(int classes) {
        double[] a = new double[classes];
        Arrays.fill(a, 1.0);
        return of(a, classes);
    }

    /** α_k ∝ 1 / frequency_k, scaled so that the mean α is 1 (a common heuristic for long tails). */
    public static AlphaVector inverseFrequency(double[] frequencies) {
        int k = frequencies.length;
        double[] a = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            a[c] = 1.0 / frequencies[c];
            sum += a[c];
        }
        for (int c = 0; c < k; c++) {
            a[c] = a[c] * k / sum;
        }
        return of(a, k);
    }

    /** "Background 0.25, others 1": the binary paper's α = 0.25 carried over to the background class 0. */
    public static AlphaVector backgroundDown(int classes, double background) {
        double[] a = new double[classes];
        Arrays.fill(a, 1.0);
        a[0] = background;
        return of(a, classes);
    }

    public int size() {
        return values.length;
    }

    public double get(int k) {
        return values[k];
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlphaVector a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** "0.25,1,1,1" (the command line's form). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            String v = String.format(Locale.ROOT, "%.4g", values[k]);
            b.append(k == 0 ? "" : ",").append(v.contains(".") && !v.contains("e") ? v.replaceAll("\\.?0+$", "") : v);
        }
        return b.toString();
    }
}
