package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;

/**
 * Strokes the series as polylines, broken wherever a value has no place on the axis (0 on a log
 * axis, NaN): such points are skipped, never drawn as 0. Keeps a coarse map of where points fell,
 * so the legend can go where it hides the least.
 */
final class CurvePainter {
    static final int OCCUPANCY = 24;

    private final int[] occupancy = new int[OCCUPANCY * OCCUPANCY];
    private double[] px = new double[0];
    private double[] py = new double[0];
    private double minDrawn;

    /** Points per series that were placed on the plot. */
    List<Integer> paint(Surface g, PlotData d, PlotLayout l, PlotTheme theme, double scale) {
        minDrawn = Double.POSITIVE_INFINITY;
        Arrays.fill(occupancy, 0);
        List<Integer> counts = new ArrayList<>();
        g.save();
        g.setRoundJoins(true);
        for (Series ser : d.series()) {
            LineStyle style = theme.style(ser).scaled(lineScale(scale));
            g.setStroke(style.color());
            g.setLineWidth(style.width());
            g.setDashes(style.dashes());
            counts.add(polyline(g, ser, l));
        }
        g.restore();
        return counts;
    }

    static double lineScale(double textScale) {
        return Math.max(1.0, 0.5 + 0.5 * textScale);
    }

    /** The smallest positive y value drawn inside the plot area by the last {@link #paint}. */
    double minPositiveYDrawn() {
        return minDrawn;
    }

    /** How many drawn points fell in the cell (column i, row j) of a grid over the plot area. */
    int occupancy(int i, int j) {
        return occupancy[i * OCCUPANCY + j];
    }

    private int polyline(Surface g, Series ser, PlotLayout l) {
        double[] x = ser.x();
        double[] y = ser.y();
        if (px.length < x.length) {
            px = new double[x.length];
            py = new double[x.length];
        }
        int drawn = 0;
        int n = 0;
        for (int i = 0; i <= x.length; i++) {
            double cx = i < x.length ? l.x().toPixel(x[i]) : Double.NaN;
            double cy = i < x.length ? l.y().toPixel(y[i]) : Double.NaN;
            if (Double.isNaN(cx) || Double.isNaN(cy)) {
                if (n > 1) {
                    g.strokePolyline(px, py, n);
                }
                n = 0;
                continue;
            }
            px[n] = cx;
            py[n] = cy;
            n++;
            drawn++;
            if (l.inside(cx, cy)) {
                if (y[i] > 0.0) {
                    minDrawn = Math.min(minDrawn, y[i]);
                }
                occupancy[cell(cx, l.left(), l.right()) * OCCUPANCY + cell(cy, l.top(), l.bottom())]++;
            }
        }
        return drawn;
    }

    private static int cell(double pixel, double from, double to) {
        int c = (int) ((pixel - from) / (to - from) * OCCUPANCY);
        return Math.max(0, Math.min(OCCUPANCY - 1, c));
    }
}
