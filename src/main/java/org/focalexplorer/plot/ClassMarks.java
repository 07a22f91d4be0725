package org.focalexplorer.plot;

import org.focalexplorer.toy.MulticlassData;

/**
 * How to draw a multi-class model's training points: each point's class, relative size and opacity from its
 * weight α_y (1 − p_y)^γ ({@link PointStyle}), and a drawing order that puts the heaviest points on top (the
 * rarer class over the more common one on a tie). Immutable.
 */
public final class ClassMarks {
    private final MulticlassData points;
    private final double[] weight;
    private final double[] size;
    private final double[] opacity;
    private final int[] order;

    private ClassMarks(MulticlassData points, double[] weight, double[] size, double[] opacity, int[] order) {
        this.points = points;
        this.weight = weight;
        this.size = size;
        this.opacity = opacity;
        this.order = order;
    }

    /**
     * @param weights each training point's weight in its model's loss, α_y (1 − p_y)^γ
     * @param scale   what turns a weight into the point's share of the mean relative to CE's 1/N: N / Σ α_y
     *                for the losses that divide by Σ α_y, 1 for the others (weights above 1 are drawn full)
     */
    public static ClassMarks of(MulticlassData train, double[] weights, double scale) {
        int n = train.size();
        weights = weights.clone();
        double[] size = new double[n];
        double[] opacity = new double[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            double w = weights[i] * scale;
            weights[i] = w;
            size[i] = PointStyle.size(w);
            opacity[i] = PointStyle.opacity(w);
            // Sort key: opacity (16 bits), then the class (rarer classes have higher indices), then the index.
            long o = Math.round(Math.max(0, Math.min(1, opacity[i])) * 65535);
            keys[i] = (o << 40) | ((long) train.label(i) << 32) | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] & 0xFFFFFFFFL);
        }
        return new ClassMarks(train, weights, size, opacity, order);
    }

    public MulticlassData points() {
        return points;
    }

    public int count() {
        return order.length;
    }

    /** The point to draw k-th (0 first, at the bottom). */
    public int drawn(int k) {
        return order[k];
    }

    /** Point i's weight relative to CE's (its share of the mean, times N). */
    public double weight(int i) {
        return weight[i];
    }

    public double size(int i) {
        return size[i];
    }

    public double opacity(int i) {
        return opacity[i];
    }
}
