package org.focalexplorer.render;

import org.focalexplorer.plot.ClassMarks;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.toy.ClassField;
import org.focalexplorer.toy.MulticlassData;

/**
 * A multi-class model's decision regions in a square, coloured by the predicted class and paler where the
 * model is less sure, with the training points on top in their class's colour, each drawn with the size
 * and opacity its {@link ClassMarks} give it (foreground classes larger and outlined).
 */
public final class ClassFieldPainter {
    private ClassFieldPainter() {}

    /** The regions, the points and the border (not the background: on screen the window shows through). */
    public static void paint(Surface g, ClassPanel p, FieldGeometry geo, PlotTheme theme) {
        ClassField f = p.field();
        FieldSquare.paint(g, geo, theme, f.columns(), f.rows(),
                (c, r) -> ClassColors.region(f.predictedClass(c, r), f.confidence(c, r), p.classes()),
                points(p.marks()), f.bounds(), ClassColors.EDGE);
    }

    /** The whole square on the theme's background: what an export shows. */
    public static Figure figure(ClassPanel p, PlotTheme theme) {
        return FieldSquare.figure(theme, p != null, (g, geo) -> paint(g, p, geo, theme));
    }

    private static FieldSquare.Points points(ClassMarks marks) {
        MulticlassData d = marks.points();
        return new FieldSquare.Points(marks.count(), marks::drawn, d::x, d::y, marks::size, marks::opacity,
                i -> d.label(i) > 0, i -> ClassColors.point(d.label(i)));
    }
}
