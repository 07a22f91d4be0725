package org.focalexplorer.render;

import java.awt.Color;
import java.util.function.IntBinaryOperator;
import org.focalexplorer.toy.Bounds;

/**
 * What the binary and the multi-class decision fields draw alike: a grid of colours filling the square, the
 * training points on top (each with its own size and opacity, the rarer class larger and outlined), a border,
 * and for exports the whole square on the theme's background. The painters say only what differs: the colour
 * of a grid cell and of a point.
 */
final class FieldSquare {
    private FieldSquare() {}

    /**
     * The training points of a field as the painters see them: how many, the k-th to draw (faint ones first),
     * and per point its position, size, opacity, whether it is of a rare class (drawn 1.2× larger, outlined)
     * and its colour.
     */
    record Points(int count, java.util.function.IntUnaryOperator drawn, java.util.function.IntToDoubleFunction x,
            java.util.function.IntToDoubleFunction y, java.util.function.IntToDoubleFunction size,
            java.util.function.IntToDoubleFunction opacity, java.util.function.IntPredicate emphasised,
            java.util.function.IntFunction<Color> fill) {}

    /** The grid, the points and the border (not the background: on screen the window shows through). */
    static void paint(Surface g, FieldGeometry geo, PlotTheme theme, int columns, int rows, IntBinaryOperator argbAt,
            Points points, Bounds b, Color outline) {
        g.save();
        grid(g, geo, columns, rows, argbAt);
        points(g, geo, points, b, outline);
        g.setAlpha(1.0);
        g.setDashes();
        g.setStroke(theme.fieldBorder());
        g.setLineWidth(1);
        g.strokeRect(geo.left() + 0.5, geo.top() + 0.5, geo.side() - 1, geo.side() - 1);
        g.restore();
    }

    /** The whole square on the theme's background: what an export shows; {@code paint} runs when drawable. */
    static Figure figure(PlotTheme theme, boolean hasContent, java.util.function.BiConsumer<Surface, FieldGeometry> paint) {
        return (g, w, h) -> {
            g.save();
            g.setAlpha(1.0);
            g.setFill(theme.background());
            g.fillRect(0, 0, w, h);
            FieldGeometry geo = FieldGeometry.of(w, h);
            if (hasContent && geo.drawable()) {
                paint.accept(g, geo);
            }
            g.restore();
        };
    }

    /** {@code argbAt(column, row)}, row 0 at the bottom. */
    private static void grid(Surface g, FieldGeometry geo, int cols, int rows, IntBinaryOperator argbAt) {
        int[] argb = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                argb[(rows - 1 - r) * cols + c] = argbAt.applyAsInt(c, r);
            }
        }
        g.fillGrid(geo.left(), geo.top(), geo.side(), geo.side(), cols, rows, argb);
    }

    private static void points(Surface g, FieldGeometry geo, Points p, Bounds b, Color outline) {
        double base = geo.baseRadius(p.count());
        g.save();
        g.clipRect(geo.left(), geo.top(), geo.side(), geo.side());
        g.setLineWidth(0.8);
        g.setStroke(outline);
        for (int k = 0; k < p.count(); k++) {
            int i = p.drawn().applyAsInt(k);
            boolean emphasised = p.emphasised().test(i);
            double r = base * p.size().applyAsDouble(i) * (emphasised ? 1.2 : 1.0);
            double x = geo.px(p.x().applyAsDouble(i), b);
            double y = geo.py(p.y().applyAsDouble(i), b);
            g.setAlpha(p.opacity().applyAsDouble(i));
            g.setFill(p.fill().apply(i));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (emphasised) {
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }
}
