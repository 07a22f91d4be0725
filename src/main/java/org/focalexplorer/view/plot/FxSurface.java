package org.focalexplorer.view.plot;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.focalexplorer.render.PlotFont;
import org.focalexplorer.render.Surface;

/** A {@link Surface} on a JavaFX canvas: how the plots reach the screen. */
public final class FxSurface implements Surface {
    private final GraphicsContext g;
    private final Text measurer = new Text();
    private final Map<PlotFont, Font> fonts = new HashMap<>();
    private WritableImage grid;

    public FxSurface(GraphicsContext g) {
        this.g = g;
    }

    /** The JavaFX colour of an AWT colour (alpha included). */
    public static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getRGBComponents(null)[3]);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(degrees);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.beginPath();
    }

    @Override
    public void setStroke(java.awt.Color c) {
        g.setStroke(fx(c));
    }

    @Override
    public void setFill(java.awt.Color c) {
        g.setFill(fx(c));
    }

    @Override
    public void setAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setDashes(double... dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public void setRoundJoins(boolean round) {
        g.setLineCap(round ? StrokeLineCap.BUTT : StrokeLineCap.SQUARE);
        g.setLineJoin(round ? StrokeLineJoin.ROUND : StrokeLineJoin.MITER);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public double textWidth(String text, PlotFont font) {
        measurer.setFont(fx(font));
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    @Override
    public void setFont(PlotFont font) {
        g.setFont(fx(font));
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline, double maxWidth) {
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BOTTOM -> VPos.BOTTOM;
        });
        if (maxWidth == Double.MAX_VALUE) {
            g.fillText(text, x, y);
        } else {
            g.fillText(text, x, y, maxWidth);
        }
    }

    @Override
    public void fillGrid(double x, double y, double w, double h, int columns, int rows, int[] argb) {
        if (grid == null || grid.getWidth() != columns || grid.getHeight() != rows) {
            grid = new WritableImage(columns, rows);
        }
        PixelWriter pw = grid.getPixelWriter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                pw.setArgb(c, r, argb[r * columns + c]);
            }
        }
        g.setImageSmoothing(true);
        g.drawImage(grid, x, y, w, h);
    }

    private Font fx(PlotFont f) {
        return fonts.computeIfAbsent(f, k -> Font.font(null, k.bold() ? FontWeight.BOLD : FontWeight.NORMAL, k.size()));
    }
}
