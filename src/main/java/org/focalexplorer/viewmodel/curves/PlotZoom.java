package org.focalexplorer.viewmodel.curves;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.focalexplorer.plot.Range;

/**
 * The part of one plot that is shown: zoomed and panned by the user, reset to a default that shows the
 * interesting part, and never beyond the bounds where the plot has data.
 *
 * <p>A log axis zooms and pans in decades (log10 of its values), a linear axis in its own units, so a
 * scroll step does the same to the picture on either. The horizontal axis is always linear here.
 *
 * <p>Positions are given as fractions of the plot area (0 = left or bottom edge, 1 = right or top edge),
 * so that this class knows nothing of pixels.
 */
public final class PlotZoom {
    /** The smallest span a zoom reaches, as a fraction of the bounds (linear) ... */
    static final double MIN_LINEAR_FRACTION = 1e-3;
    /** ... and in decades (log). */
    static final double MIN_DECADES = 0.5;

    /** Both ranges shown, changed together so that a listener never sees one new and one old. */
    public record Shown(Range x, Range y) {}

    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(this, "zoomed");
    private Object frame;
    private Range defaultX;
    private Range defaultY;
    private Range boundsX;
    private Range boundsY;
    private boolean logY;

    /** The ranges shown; null before the plot's first frame. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the shown ranges differ from the default (a reset would change something). */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** The horizontal range shown; null before the plot's first frame. */
    public Range x() {
        return shown.get() == null ? null : shown.get().x();
    }

    /** The vertical range shown; null before the plot's first frame. */
    public Range y() {
        return shown.get() == null ? null : shown.get().y();
    }

    /** The ranges the plot opens with and returns to on {@link #reset()}. */
    public Range defaultX() {
        return defaultX;
    }

    public Range defaultY() {
        return defaultY;
    }

    /**
     * What the plot can show: its defaults and its bounds. A new {@code frame} (another axis or scale)
     * starts from the defaults; the same frame keeps the user's zoom, moved inside the new bounds, and
     * follows new defaults only while not zoomed.
     */
    void reframe(Object frame, Range defaultX, Range defaultY, Range boundsX, Range boundsY, boolean logY) {
        boolean same = frame.equals(this.frame);
        this.frame = frame;
        this.defaultX = defaultX;
        this.defaultY = defaultY;
        this.boundsX = boundsX;
        this.boundsY = boundsY;
        this.logY = logY;
        if (!same || !zoomed.get()) {
            show(defaultX, defaultY);
        } else {
            show(fit(x(), boundsX, false, MIN_LINEAR_FRACTION), fit(y(), boundsY, logY, minY()));
        }
    }

    /** Back to the default ranges. */
    public void reset() {
        if (defaultX != null) {
            show(defaultX, defaultY);
        }
    }

    /** Out to everything the plot has data for (the bounds). */
    public void showAll() {
        if (boundsX != null) {
            show(boundsX, boundsY);
        }
    }

    /**
     * Zooms by {@code factor} (below 1 = in, above 1 = out) about the point at fractions {@code fx},
     * {@code fy} of the plot area, which stays where it is; only along the axes asked for.
     */
    public void zoom(double factor, double fx, double fy, boolean alongX, boolean alongY) {
        if (x() == null || !(factor > 0.0) || Double.isInfinite(factor)) {
            return;
        }
        Range nx = alongX ? fit(scale(x(), factor, clamp01(fx), false), boundsX, false, MIN_LINEAR_FRACTION) : x();
        Range ny = alongY ? fit(scale(y(), factor, clamp01(fy), logY), boundsY, logY, minY()) : y();
        show(nx, ny);
    }

    /**
     * Moves the view by fractions of the shown span: {@code dx} = 0.1 shows what lies a tenth of the
     * width further right (larger x), {@code dy} = 0.1 a tenth of the height further up.
     */
    public void pan(double dx, double dy) {
        if (x() == null || !Double.isFinite(dx) || !Double.isFinite(dy)) {
            return;
        }
        show(fit(shift(x(), dx, false), boundsX, false, MIN_LINEAR_FRACTION),
                fit(shift(y(), dy, logY), boundsY, logY, minY()));
    }

    private double minY() {
        return logY ? MIN_DECADES : MIN_LINEAR_FRACTION;
    }

    private void show(Range nx, Range ny) {
        zoomed.set(!nx.equals(defaultX) || !ny.equals(defaultY));
        shown.set(new Shown(nx, ny));
    }

    private static double clamp01(double f) {
        return Double.isNaN(f) ? 0.5 : Math.max(0.0, Math.min(1.0, f));
    }

    /** {@code r} scaled about the fraction {@code at} of it, as {lo, hi} in axis coordinates (decades on a log axis). */
    private static double[] scale(Range r, double factor, double at, boolean log) {
        double lo = coordinate(r.min(), log);
        double hi = coordinate(r.max(), log);
        double anchor = lo + at * (hi - lo);
        return new double[] {anchor - at * (hi - lo) * factor, anchor + (1 - at) * (hi - lo) * factor};
    }

    private static double[] shift(Range r, double fraction, boolean log) {
        double lo = coordinate(r.min(), log);
        double hi = coordinate(r.max(), log);
        double d = fraction * (hi - lo);
        return new double[] {lo + d, hi + d};
    }

    private static Range fit(Range r, Range bounds, boolean log, double minSpan) {
        return fit(new double[] {coordinate(r.min(), log), coordinate(r.max(), log)}, bounds, log, minSpan);
    }

    /**
     * {lo, hi} (axis coordinates) inside {@code bounds}: no wider than them, no narrower than the minimum
     * span (decades on a log axis, else a fraction of the bounds), and moved in, not cut, when it sticks out
     * on one side. Worked out in coordinates, so that a pan far below 10⁻³⁰⁸ never underflows to 0.
     */
    private static Range fit(double[] span, Range bounds, boolean log, double minSpan) {
        double blo = coordinate(bounds.min(), log);
        double bhi = coordinate(bounds.max(), log);
        double lo = span[0];
        double hi = span[1];
        double least = Math.min(bhi - blo, log ? minSpan : minSpan * (bhi - blo));
        if (hi - lo < least) {
            double mid = (lo + hi) / 2;
            lo = mid - least / 2;
            hi = mid + least / 2;
        }
        if (hi - lo >= bhi - blo) {
            return bounds;
        }
        if (lo < blo) {
            hi += blo - lo;
            lo = blo;
        } else if (hi > bhi) {
            lo -= hi - bhi;
            hi = bhi;
        }
        return range(lo, hi, log);
    }

    private static double coordinate(double v, boolean log) {
        return log ? Math.log10(v) : v;
    }

    private static Range range(double lo, double hi, boolean log) {
        return log ? new Range(Math.pow(10, lo), Math.pow(10, hi)) : new Range(lo, hi);
    }
}
