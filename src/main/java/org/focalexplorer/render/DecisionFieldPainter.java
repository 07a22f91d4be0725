package org.focalexplorer.render;

import org.focalexplorer.toy.Bounds;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.DecisionField;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PointMarks;

/**
 * One model's decision field as a heatmap in a square, with the training points on top, each drawn with
 * the size and opacity its {@link PointMarks} give it.
 */
public final class DecisionFieldPainter {
    private DecisionFieldPainter() {}

    /** The field, the points and the border (not the background: on screen the window shows through). */
    public static void paint(Surface g, ModelPanel p, FieldGeometry geo, PlotTheme theme) {
        g.save();
        field(g, p.field(), geo);
        points(g, p.marks(), p.field().bounds(), geo);
        g.setAlpha(1.0);
        g.setDashes();
        g.setStroke(theme.fieldBorder());
        g.setLineWidth(1);
        g.strokeRect(geo.left() + 0.5, geo.top() + 0.5, geo.side() - 1, geo.side() - 1);
        g.restore();
    }

    /** The whole square on the theme's background: what an export shows. */
    public static Figure figure(ModelPanel p, PlotTheme theme) {
        return (g, w, h) -> {
            g.save();
            g.setAlpha(1.0);
            g.setFill(theme.background());
            g.fillRect(0, 0, w, h);
            FieldGeometry geo = FieldGeometry.of(w, h);
            if (p != null && geo.drawable()) {
                paint(g, p, geo, theme);
            }
            g.restore();
        };
    }

    private static void field(Surface g, DecisionField f, FieldGeometry geo) {
        int cols = f.columns();
        int rows = f.rows();
        int[] argb = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                argb[(rows - 1 - r) * cols + c] = HeatmapColors.argb(f.probability(c, r)); // row 0 is at the bottom
            }
        }
        g.fillGrid(geo.left(), geo.top(), geo.side(), geo.side(), cols, rows, argb);
    }

    private static void points(Surface g, PointMarks marks, Bounds b, FieldGeometry geo) {
        Dataset d = marks.points();
        double base = geo.baseRadius(marks.count());
        g.save();
        g.clipRect(geo.left(), geo.top(), geo.side(), geo.side());
        g.setLineWidth(0.8);
        g.setStroke(HeatmapColors.POSITIVE_EDGE);
        for (int k = 0; k < marks.count(); k++) {
            int i = marks.drawn(k);
            boolean positive = d.isPositive(i);
            double r = base * marks.size(i) * (positive ? 1.2 : 1.0);
            double x = geo.px(d.x(i), b);
            double y = geo.py(d.y(i), b);
            g.setAlpha(marks.opacity(i));
            g.setFill(positive ? HeatmapColors.POSITIVE_POINT : HeatmapColors.NEGATIVE_POINT);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (positive) {
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }
}
