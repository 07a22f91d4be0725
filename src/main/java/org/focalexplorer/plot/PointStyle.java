package org.focalexplorer.plot;

/**
 * How a training point is drawn from its weight w = α_t (1 − p_t)^γ relative to CE (whose weight is 1):
 * radius and opacity grow linearly with w, from a floor (so a point that no longer counts stays faintly
 * visible) to full at w = 1. Under CE every point is full; under FL the easy majority fades.
 */
public final class PointStyle {
    /** Relative radius of a point of weight 0. */
    public static final double MIN_SIZE = 0.3;
    /** Opacity of a point of weight 0. */
    public static final double MIN_OPACITY = 0.07;

    private PointStyle() {}

    /** Radius relative to a point of weight 1, in [{@link #MIN_SIZE}, 1]. */
    public static double size(double weight) {
        return MIN_SIZE + (1.0 - MIN_SIZE) * unit(weight);
    }

    /** Opacity in [{@link #MIN_OPACITY}, 1]. */
    public static double opacity(double weight) {
        return MIN_OPACITY + (1.0 - MIN_OPACITY) * unit(weight);
    }

    /** The weight clamped to [0, 1]; NaN (a diverged model) is drawn full, not hidden. */
    private static double unit(double w) {
        if (Double.isNaN(w)) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, w));
    }
}
