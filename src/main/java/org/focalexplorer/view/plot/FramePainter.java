package org.focalexplorer.view.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.focalexplorer.viewmodel.curves.PlotData;

/** Paints what stays while the curves change: background, grid, axes with ticks, title and axis labels. */
final class FramePainter {
    private static final Color GRID = Color.web("#E3E3E3");
    private static final Color AXIS = Color.web("#333333");

    private FramePainter() {}

    static void paint(GraphicsContext g, PlotData d, PlotLayout l, PlotFonts fonts) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, l.width(), l.height());
        gridAndTicks(g, l, fonts);
        labels(g, d, l, fonts);
    }

    private static void gridAndTicks(GraphicsContext g, PlotLayout l, PlotFonts fonts) {
        double s = fonts.scale();
        Font tick = fonts.tick();
        g.setLineDashes();
        g.setLineWidth(1);
        g.setFont(tick);
        g.setFill(AXIS);
        int maxX = (int) Math.max(2, l.plotWidth() / (fonts.width("−10.00", tick) + 24 * s));
        int maxY = (int) Math.max(2, l.plotHeight() / (tick.getSize() * 2.6));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (Axis.Tick t : l.x().ticks(maxX)) {
            double x = Math.round(l.x().toPixel(t.value())) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(x, l.top(), x, l.bottom());
            g.setStroke(AXIS);
            g.strokeLine(x, l.bottom(), x, l.bottom() + 4 * s);
            g.fillText(t.label(), x, l.bottom() + 5 * s);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (Axis.Tick t : l.y().ticks(maxY)) {
            double y = Math.round(l.y().toPixel(t.value())) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(l.left(), y, l.right(), y);
            g.setStroke(AXIS);
            g.strokeLine(l.left() - 4 * s, y, l.left(), y);
            g.fillText(t.label(), l.left() - 6 * s, y);
        }
        g.setStroke(AXIS);
        g.strokeRect(l.left() + 0.5, l.top() + 0.5, l.plotWidth(), l.plotHeight());
    }

    /** Title above the plot, x label below, y label turned along the left edge; each shrunk to fit. */
    private static void labels(GraphicsContext g, PlotData d, PlotLayout l, PlotFonts fonts) {
        double s = fonts.scale();
        double w = l.width();
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double titleLeft = Math.min(l.left(), Math.max(6 * s, w - 6 * s - fonts.width(d.title(), fonts.title())));
        double titleWidth = w - titleLeft - 6 * s;
        g.setFont(fonts.fitted(d.title(), fonts.title(), titleWidth));
        g.fillText(d.title(), titleLeft, 6 * s, titleWidth);

        double xWidth = w - 12 * s;
        Font xFont = fonts.fitted(d.xLabel(), fonts.label(), xWidth);
        double half = Math.min(fonts.width(d.xLabel(), xFont), xWidth) / 2;
        double xCentre = Math.max(6 * s + half, Math.min(w - 6 * s - half, (l.left() + l.right()) / 2));
        g.setFont(xFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(d.xLabel(), xCentre, l.height() - 4 * s, xWidth);

        double yWidth = l.plotHeight();
        g.setFont(fonts.fitted(d.yLabel(), fonts.label(), yWidth));
        g.save();
        g.translate(6 * s, (l.top() + l.bottom()) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(d.yLabel(), 0, 0, yWidth);
        g.restore();
    }
}
