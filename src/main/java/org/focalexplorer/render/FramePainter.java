package org.focalexplorer.render;

import org.focalexplorer.render.Surface.Align;
import org.focalexplorer.render.Surface.Baseline;
import org.focalexplorer.plot.PlotData;

/**
 * Paints what stays while the curves change: background, grid, axes with ticks, title, axis labels and
 * the legend above the plot area.
 */
final class FramePainter {
    private FramePainter() {}

    static void paint(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        g.setAlpha(1.0);
        g.setFill(theme.background());
        g.fillRect(0, 0, l.width(), l.height());
        gridAndTicks(g, l, fonts, theme);
        labels(g, d, l, fonts, theme);
        LegendPainter.paint(g, d, l, fonts, theme);
    }

    /**
     * The labelled ticks of the y axis: as many as fit at 2.6 lines apart, and never fewer than 3 places
     * to allow for (one tick alone does not tell a scale; the plot's minimum height leaves room for 3).
     */
    static java.util.List<Axis.Tick> yTicks(PlotLayout l, PlotFonts fonts) {
        int maxY = (int) Math.max(3, l.plotHeight() / (fonts.tick().size() * 2.6));
        return l.y().ticks(maxY);
    }

    private static void gridAndTicks(Surface g, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        double s = fonts.scale();
        PlotFont tick = fonts.tick();
        g.setDashes();
        g.setRoundJoins(false);
        g.setLineWidth(1);
        g.setFont(tick);
        g.setFill(theme.frame());
        int maxX = (int) Math.max(2, l.plotWidth() / (fonts.width("−10.00", tick) + 24 * s));
        for (Axis.Tick t : l.x().ticks(maxX)) {
            double x = Math.round(l.x().toPixel(t.value())) + 0.5;
            g.setStroke(theme.grid());
            g.strokeLine(x, l.top(), x, l.bottom());
            g.setStroke(theme.frame());
            g.strokeLine(x, l.bottom(), x, l.bottom() + 4 * s);
            g.fillText(t.label(), x, l.bottom() + 5 * s, Align.CENTER, Baseline.TOP, Double.MAX_VALUE);
        }
        for (Axis.Tick t : yTicks(l, fonts)) {
            double y = Math.round(l.y().toPixel(t.value())) + 0.5;
            g.setStroke(theme.grid());
            g.strokeLine(l.left(), y, l.right(), y);
            g.setStroke(theme.frame());
            g.strokeLine(l.left() - 4 * s, y, l.left(), y);
            g.fillText(t.label(), l.left() - 6 * s, y, Align.RIGHT, Baseline.CENTER, Double.MAX_VALUE);
        }
        g.setStroke(theme.frame());
        g.strokeRect(l.left() + 0.5, l.top() + 0.5, l.plotWidth(), l.plotHeight());
    }

    /** Title above the plot, x label below, y label turned along the left edge; on two lines if long, then shrunk to fit. */
    private static void labels(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        double s = fonts.scale();
        double w = l.width();
        g.setFill(theme.text());
        double line = fonts.lineHeight();
        for (int i = 0; i < l.title().size(); i++) {
            String t = l.title().get(i);
            double titleLeft = Math.min(l.left(), Math.max(6 * s, w - 6 * s - fonts.width(t, fonts.title())));
            double titleWidth = w - titleLeft - 6 * s;
            g.setFont(fonts.fitted(t, fonts.title(), titleWidth));
            g.fillText(t, titleLeft, 6 * s + i * line, Align.LEFT, Baseline.TOP, titleWidth);
        }

        double xWidth = w - 12 * s;
        PlotFont xFont = fonts.fitted(d.xLabel(), fonts.label(), xWidth);
        double half = Math.min(fonts.width(d.xLabel(), xFont), xWidth) / 2;
        double xCentre = Math.max(6 * s + half, Math.min(w - 6 * s - half, (l.left() + l.right()) / 2));
        g.setFont(xFont);
        g.fillText(d.xLabel(), xCentre, l.height() - 4 * s, Align.CENTER, Baseline.BOTTOM, xWidth);

        double yWidth = l.plotHeight();
        for (int i = 0; i < l.yLabel().size(); i++) {
            String y = l.yLabel().get(i);
            g.setFont(fonts.fitted(y, fonts.label(), yWidth));
            g.save();
            g.translate(6 * s + i * line, (l.top() + l.bottom()) / 2);
            g.rotate(-90);
            g.fillText(y, 0, 0, Align.CENTER, Baseline.TOP, yWidth);
            g.restore();
        }
    }
}
