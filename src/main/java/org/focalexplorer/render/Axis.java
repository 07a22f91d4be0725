package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.focalexplorer.text.NumberText;

/**
 * Maps data values to pixels along one axis (linear or log10) and picks readable ticks.
 * Drawing plumbing only: no JavaFX, so it is tested without the toolkit.
 */
public final class Axis {
    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final int[] DECADE_STRIDES = {1, 2, 5, 10, 20, 25, 50, 100};
    /** Pixels this far outside the plot stand for "off the plot": keeps the rasteriser's numbers small. */
    private static final double FAR = 1e5;

    /** A tick: where, and its label. */
    public record Tick(double value, String label) {}

    private final double min;
    private final double max;
    private final boolean log;
    private final double pixelStart;
    private final double pixelEnd;
    private final double lo;
    private final double hi;

    /**
     * @param pixelStart the pixel of {@code min} (for a vertical axis the bottom, so larger than pixelEnd)
     */
    public Axis(double min, double max, boolean log, double pixelStart, double pixelEnd) {
        if (!(min < max) || (log && !(min > 0.0))) {
            throw new IllegalArgumentException("bad axis range [" + min + ", " + max + "], log = " + log);
        }
        this.min = min;
        this.max = max;
        this.log = log;
        this.pixelStart = pixelStart;
        this.pixelEnd = pixelEnd;
        this.lo = log ? Math.log10(min) : min;
        this.hi = log ? Math.log10(max) : max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean isLog() {
        return log;
    }

    /**
     * The pixel of {@code v}; NaN where the axis has no place for it (NaN, or ≤ 0 on a log axis).
     * Values far outside the range map to a pixel well outside the plot, never to ±∞.
     */
    public double toPixel(double v) {
        double t;
        if (log) {
            if (!(v > 0.0)) {
                return Double.NaN;
            }
            t = (Math.log10(v) - lo) / (hi - lo);
        } else {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            t = (v - lo) / (hi - lo);
        }
        double px = pixelStart + t * (pixelEnd - pixelStart);
        return Math.max(-FAR, Math.min(FAR, px));
    }

    /** The data value at a pixel (inverse of {@link #toPixel}). */
    public double toValue(double pixel) {
        double t = (pixel - pixelStart) / (pixelEnd - pixelStart);
        double u = lo + t * (hi - lo);
        return log ? Math.pow(10, u) : u;
    }

    /** At most {@code maxTicks} (at least 2) ticks at round values inside the range. */
    public List<Tick> ticks(int maxTicks) {
        int n = Math.max(2, maxTicks);
        return log ? logTicks(n) : linearTicks(n);
    }

    private List<Tick> linearTicks(int maxTicks) {
        double raw = (max - min) / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        int decimals = 0;
        for (double m : NICE) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                step = m * magnitude;
                decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9) + (m == 2.5 ? 1 : 0));
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = k * step;
            ticks.add(new Tick(v, linearLabel(v, decimals)));
        }
        return ticks;
    }

    private static String linearLabel(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '−');
    }

    private List<Tick> logTicks(int maxTicks) {
        int first = (int) Math.ceil(lo - 1e-9);
        int last = (int) Math.floor(hi + 1e-9);
        int count = last - first + 1;
        int stride = DECADE_STRIDES[DECADE_STRIDES.length - 1];
        for (int s : DECADE_STRIDES) {
            if ((count + s - 1) / s <= maxTicks) {
                stride = s;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int e = first; e <= last; e++) {
            if (Math.floorMod(e, stride) == 0) {
                ticks.add(new Tick(Math.pow(10, e), decadeLabel(e)));
            }
        }
        return ticks;
    }

    /** "1", "10", otherwise "10⁻⁵⁰". */
    static String decadeLabel(int exponent) {
        if (exponent == 0) {
            return "1";
        }
        if (exponent == 1) {
            return "10";
        }
        return "10" + NumberText.superscript(exponent);
    }
}
