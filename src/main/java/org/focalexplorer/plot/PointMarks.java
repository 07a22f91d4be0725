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
        sortStable(order, new int[n], 0, n, opacity, train);
        return new PointMarks(train, w, size, opacity, order);
    }

    /**
     * Merge sort of the indices in [from, to) by opacity, then negatives before positives; stable, so equal
     * points keep their index order — the order a stable sort of boxed indices gives, without the boxing.
     */
    private static void sortStable(int[] a, int[] tmp, int from, int to, double[] opacity, Dataset train) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sortStable(a, tmp, from, mid, opacity, train);
        sortStable(a, tmp, mid, to, opacity, train);
        if (before(a[mid], a[mid - 1], opacity, train)) {
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                // take from the right only when strictly before: ties keep the left (earlier) one first
                a[k] = j < to && (i >= mid || before(tmp[j], tmp[i], opacity, train)) ? tmp[j++] : tmp[i++];
            }
        }
    }

    /** Point p drawn strictly before point q. */
    private static boolean before(int p, int q, double[] opacity, Dataset train) {
        int c = Double.compare(opacity[p], opacity[q]);
        return c != 0 ? c < 0 : !train.isPositive(p) && train.isPositive(q);
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
