package org.focalexplorer.toy;

import java.util.Arrays;

/**
 * An immutable set of labelled 2-D points. Coordinates and labels are held privately and never handed
 * out, so a data set can be shared between threads and snapshots without copying.
 */
public final class Dataset {
    private final DatasetKind kind;
    private final Bounds bounds;
    private final double[] xs;
    private final double[] ys;
    /** 0.0 or 1.0, the form the loss core takes. */
    private final double[] labels;
    private final int positives;

    /** Takes ownership of the arrays. */
    Dataset(DatasetKind kind, Bounds bounds, double[] xs, double[] ys, double[] labels) {
        if (xs.length != ys.length || xs.length != labels.length) {
            throw new IllegalArgumentException("xs, ys and labels must have the same length");
        }
        int p = 0;
        for (double t : labels) {
            if (t != 0.0 && t != 1.0) {
                throw new IllegalArgumentException("labels must be 0 or 1, got " + t);
            }
            p += t == 1.0 ? 1 : 0;
        }
        this.kind = kind;
        this.bounds = bounds;
        this.xs = xs;
        this.ys = ys;
        this.labels = labels;
        this.positives = p;
    }

    /** A data set from copies of the given arrays (labels 0 or 1). */
    public static Dataset of(DatasetKind kind, Bounds bounds, double[] xs, double[] ys, double[] labels) {
        return new Dataset(kind, bounds, xs.clone(), ys.clone(), labels.clone());
    }

    public DatasetKind kind() {
        return kind;
    }

    /** The region the data is drawn in, and the decision field covers. */
    public Bounds bounds() {
        return bounds;
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public boolean isPositive(int i) {
        return labels[i] == 1.0;
    }

    public int positives() {
        return positives;
    }

    public int negatives() {
        return xs.length - positives;
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    /** Labels as 0.0/1.0. */
    public double[] labels() {
        return labels.clone();
    }

    // ---- for the trainer: no copies ------------------------------------------------------------------

    double[] labelArray() {
        return labels;
    }

    double[] xArray() {
        return xs;
    }

    double[] yArray() {
        return ys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && kind == d.kind && bounds.equals(d.bounds) && Arrays.equals(xs, d.xs)
                && Arrays.equals(ys, d.ys) && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xs) * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Dataset[" + kind.id() + ", " + size() + " points, " + positives + " positive]";
    }
}
