package org.focalexplorer.render;

import org.focalexplorer.plot.ClassMarks;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.toy.Bounds;
import org.focalexplorer.toy.ClassField;
import org.focalexplorer.toy.MulticlassData;

/**
 * A multi-class model's decision regions in a square, coloured by the predicted class and paler where the
 * model is less sure, with the training points on top in their class's colour, each drawn with the size
 * and opacity its {@link ClassMarks} give it.
 */
public final class ClassFieldPainter {
    private ClassFieldPainter() {}

    /** The regions, the points and the border (not the background: on screen the window shows through). */
    public static void paint(Surface g, ClassPanel p, FieldGeometry geo, PlotTheme theme) {
        g.save();
        regions(g, p.field(), p.classes(), geo);
        points(g, p.marks(), p.field().bounds(), geo);
        g.setAlpha(1.0);
        g.setDashes();
        g.setStroke(theme.fieldBorder());
        g.setLineWidth(1);
        g.strokeRect(geo.left() + 0.5, geo.top() + 0.5, geo.side() - 1, geo.side() - 1);
        g.restore();
    }

    /** The whole square on the theme's background: what an export shows. */
    public static Figure figure(ClassPanel p, PlotTheme theme) {
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

    private static void regions(Surface g, ClassField f, int classes, FieldGeometry geo) {
        int cols = f.columns();
        int rows = f.rows();
        int[] argb = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) { // row 0 is at the bottom
                argb[(rows - 1 - r) * cols + c] = ClassColors.region(f.predictedClass(c, r), f.confidence(c, r), classes);
            }
        }
        g.fillGrid(geo.left(), geo.top(), geo.side(), geo.side(), cols, rows, argb);
    }

    private static void points(Surface g, ClassMarks marks, Bounds b, FieldGeometry geo) {
        MulticlassData d = marks.points();
        double base = geo.baseRadius(marks.count());
        g.save();
        g.clipRect(geo.left(), geo.top(), geo.side(), geo.side());
        g.setLineWidth(0.8);
        g.setStroke(ClassColors.EDGE);
        for (int k = 0; k < marks.count(); k++) {
            int i = marks.drawn(k);
            int label = d.label(i);
            boolean foreground = label > 0;
            double r = base * marks.size(i) * (foreground ? 1.2 : 1.0);
            double x = geo.px(d.x(i), b);
            double y = geo.py(d.y(i), b);
            g.setAlpha(marks.opacity(i));
            g.setFill(ClassColors.point(label));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (foreground) {
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }
}
