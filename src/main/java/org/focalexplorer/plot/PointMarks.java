package org.focalexplorer.plot;

import java.util.Arrays;
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
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(opacity[a], opacity[b]);
            return c != 0 ? c : Boolean.compare(train.isPositive(a), train.isPositive(b));
        });
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return new PointMarks(train, w, size, opacity, order);
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
