package org.focalexplorer.plot;

import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.ModelState;

/**
 * How to draw one model's training points: each point's relative size and opacity from its weight
 * ({@link PointStyle}), and a drawing order that puts the heaviest points on top (positives over
 * negatives on a tie). Immutable.
 */
public final class PointMarks {
    private final Dataset points;
    private final double[] weight;
    private final double[] size;
    private final double[] opacity;
    private final int[] order;

    private PointMarks(Dataset points, double[] weight, double[] size, double[] opacity, int[] order) {
        this.points = points;
        this.weight = weight;
        this.size = size;
        this.opacity = opacity;
        this.order = order;
    }

    /** The marks of {@code model}'s training points {@code train}. */
    public static PointMarks of(Dataset train, ModelState model) {
        int n = train.size();
        double[] w = model.pointWeights();
        double[] size = new double[n];
        double[] opacity = new double[n];
        for (int i = 0; i < n; i++) {
            size[i] = PointStyle.size(w[i]);
            opacity[i] = PointStyle.opacity(w[i]);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // One key per point, in the drawing order: opacity is a positive finite double (PointStyle keeps it
        // in [MIN_OPACITY, 1]), whose bit pattern, below 2^62, orders as its value; shifted left, the free low
        // bit puts negatives (0) before positives (1) at equal opacity. One long compare per step of the sort
        // instead of Double.compare and two label look-ups (JFR: a fifth of the frame builder's time was this sort).
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = Double.doubleToRawLongBits(opacity[i]) << 1 | (train.isPositive(i) ? 1L : 0L);
        }
        sortStable(order, new int[n], 0, n, key);
        return new PointMarks(train, w, size, opacity, order);
    }

    /** Runs this short are sorted by insertion (stable too). */
    private static final int INSERTION_MAX = 16;

    /**
     * Merge sort of the indices in [from, to) by key (opacity, then negatives before positives); stable, so
     * equal points keep their index order — the order a stable sort of boxed indices gives, without the boxing.
     */
    private static void sortStable(int[] a, int[] tmp, int from, int to, long[] key) {
        if (to - from <= INSERTION_MAX) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                long k = key[v];
                int j = i - 1;
                while (j >= from && key[a[j]] > k) { // strictly after: equal keys keep their order
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sortStable(a, tmp, from, mid, key);
        sortStable(a, tmp, mid, to, key);
        if (key[a[mid]] < key[a[mid - 1]]) {
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                // take from the right only when strictly before: ties keep the left (earlier) one first
                a[k] = j < to && (i >= mid || key[tmp[j]] < key[tmp[i]]) ? tmp[j++] : tmp[i++];
            }
        }
    }

    /** The points (coordinates and labels). */
    public Dataset points() {
        return points;
    }

    public int count() {
        return order.length;
    }

    /** The point to draw k-th (0 first, at the bottom). */
    public int drawn(int k) {
        return order[k];
    }

    /** Point i's weight α_t (1 − p_t)^γ relative to CE. */
    public double weight(int i) {
        return weight[i];
    }

    /** Point i's radius relative to a point of weight 1. */
    public double size(int i) {
        return size[i];
    }

    public double opacity(int i) {
        return opacity[i];
    }
}
