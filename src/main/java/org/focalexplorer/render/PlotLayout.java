package org.focalexplorer.render;

import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;

/**
 * Where the plot area sits on the canvas (margins sized from the text they hold, so nothing is
 * clipped at any text size) and the axes that map data to its pixels.
 */
public record PlotLayout(double left, double top, double right, double bottom, Axis x, Axis y, double width,
        double height, LegendPainter.Layout legend) {

    /** The layout of {@code d} on a canvas of {@code w} × {@code h}; null if the canvas is too small to plot. */
    public static PlotLayout of(PlotData d, double w, double h, PlotFonts fonts) {
        if (w < 10 || h < 10) {
            return null;
        }
        double s = fonts.scale();
        double line = fonts.lineHeight();
        double tickWidth = 0;
        for (Axis.Tick t : new Axis(d.y().min(), d.y().max(), d.yScale() == YScale.LOG, 0, 1).ticks(12)) {
            tickWidth = Math.max(tickWidth, fonts.width(t.label(), fonts.tick()));
        }
        double left = Math.ceil(8 * s + line + tickWidth + 6 * s);
        double titleBottom = Math.ceil(6 * s + line + 2 * s);
        double right = Math.floor(w - Math.max(14 * s, fonts.width("0000", fonts.tick()) / 2));
        // The legend's rows between the title and the plot area (they wrap to the width of the plot).
        LegendPainter.Layout legend = LegendPainter.layout(d, Math.max(6 * s, left - line), right, titleBottom, fonts);
        double top = Math.ceil(titleBottom + legend.height() + 4 * s);
        double bottom = Math.floor(h - (6 * s + line + line + 2 * s));
        if (right - left < 20 || bottom - top < 20) {
            return null;
        }
        return new PlotLayout(left, top, right, bottom, new Axis(d.x().min(), d.x().max(), false, left, right),
                new Axis(d.y().min(), d.y().max(), d.yScale() == YScale.LOG, bottom, top), w, h, legend);
    }

    public double plotWidth() {
        return right - left;
    }

    public double plotHeight() {
        return bottom - top;
    }

    public boolean inside(double px, double py) {
        return px >= left - 0.5 && px <= right + 0.5 && py >= top - 0.5 && py <= bottom + 0.5;
    }
}
