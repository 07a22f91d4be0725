package org.focalexplorer.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.focalexplorer.plot.PlotData;

/**
 * Paints one {@link PlotData}: the frame (background, grid, axes, titles, legend) and, clipped to the plot
 * area, the curves. The screen paints the two parts on separate layers so that a change of
 * data does not redraw the frame; an export paints both at once with {@link #figure}.
 */
public final class PlotPainter {
    /** What painting the curves put where. */
    public record Painted(DrawStats stats, Rectangle2D legend) {}

    private final CurvePainter curves = new CurvePainter();

    /** The layout of {@code d} on {@code w} × {@code h}; null if that is too small to plot. */
    public static PlotLayout layout(PlotData d, double w, double h, PlotFonts fonts) {
        return PlotLayout.of(d, w, h, fonts);
    }

    /** The labelled ticks of the y axis the frame draws (at least 3 places; see {@link FramePainter#yTicks}). */
    public static List<Axis.Tick> yTicks(PlotLayout l, PlotFonts fonts) {
        return FramePainter.yTicks(l, fonts);
    }

    public void paintFrame(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        FramePainter.paint(g, d, l, fonts, theme);
    }

    /** The curves and the legend, in the frame's pixel coordinates (the caller clips to the plot area). */
    public Painted paintCurves(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        List<Integer> points = curves.paint(g, d, l, theme, fonts.scale());
        // The legend is the frame's (above the plot area): nothing here covers a curve.
        return new Painted(new DrawStats(points, curves.minPositiveYDrawn(), LegendPainter.labels(d)),
                new Rectangle2D.Double());
    }

    /** The whole plot as one picture (no probe, no focus ring): what an export shows. */
    public static Figure figure(PlotData d, PlotTheme theme, double fontScale) {
        return (g, w, h) -> {
            g.save();
            g.setAlpha(1.0);
            g.setFill(theme.background());
            g.fillRect(0, 0, w, h);
            PlotFonts fonts = new PlotFonts(g, fontScale);
            PlotLayout l = d == null ? null : layout(d, w, h, fonts);
            if (l != null) {
                PlotPainter painter = new PlotPainter();
                painter.paintFrame(g, d, l, fonts, theme);
                g.save();
                g.clipRect(l.left(), l.top(), l.plotWidth(), l.plotHeight());
                painter.paintCurves(g, d, l, fonts, theme);
                g.restore();
            }
            g.restore();
        };
    }
}
