package org.focalexplorer.render;

import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;

/**
 * Where the plot area sits on the canvas (margins sized from the text they hold, so nothing is
 * clipped at any text size) and the axes that map data to its pixels.
 */
public record PlotLayout(double left, double top, double right, double bottom, Axis x, Axis y, double width,
        double height, LegendPainter.Layout legend, java.util.List<String> title, java.util.List<String> yLabel) {

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
        // A title or y label too long for its room goes on two lines rather than shrinking out of legibility.
        java.util.List<String> title = lines(d.title(), fonts.title(), w - 12 * s, fonts);
        double titleBottom = Math.ceil(6 * s + title.size() * line + 2 * s);
        double estimatedHeight = h - (6 * s + line + line + 2 * s) - titleBottom - line;
        java.util.List<String> yLabel = lines(d.yLabel(), fonts.label(), estimatedHeight, fonts);
        double left = Math.ceil(8 * s + yLabel.size() * line + tickWidth + 6 * s);
        double right = Math.floor(w - Math.max(14 * s, fonts.width("0000", fonts.tick()) / 2));
        // The legend's rows between the title and the plot area (they wrap to the width of the plot).
        LegendPainter.Layout legend = LegendPainter.layout(d, Math.max(6 * s, left - line), right, titleBottom, fonts);
        double top = Math.ceil(titleBottom + legend.height() + 4 * s);
        double bottom = Math.floor(h - (6 * s + line + line + 2 * s));
        if (right - left < 20 || bottom - top < 20) {
            return null;
        }
        return new PlotLayout(left, top, right, bottom, new Axis(d.x().min(), d.x().max(), false, left, right),
                new Axis(d.y().min(), d.y().max(), d.yScale() == YScale.LOG, bottom, top), w, h, legend, title, yLabel);
    }

    /** {@code text} on one line if it fits {@code room} at font {@code f}, else on two, split at the space nearest its middle. */
    static java.util.List<String> lines(String text, PlotFont f, double room, PlotFonts fonts) {
        if (text == null || fonts.width(text, f) <= room) {
            return java.util.List.of(text == null ? "" : text);
        }
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - text.length() / 2) < Math.abs(best - text.length() / 2)) {
                best = i;
            }
        }
        if (best < 0 && text.chars().anyMatch(c -> c >= 0x2E80)) { // Chinese breaks between any two characters
            int mid = text.length() / 2;
            return java.util.List.of(text.substring(0, mid), text.substring(mid));
        }
        return best < 0 ? java.util.List.of(text) : java.util.List.of(text.substring(0, best), text.substring(best + 1));
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
