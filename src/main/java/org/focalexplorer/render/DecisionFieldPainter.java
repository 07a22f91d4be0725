package org.focalexplorer.render;

import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PointMarks;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.DecisionField;

/**
 * One model's decision field as a heatmap in a square, with the training points on top, each drawn with
 * the size and opacity its {@link PointMarks} give it (positives larger and outlined).
 */
public final class DecisionFieldPainter {
    private DecisionFieldPainter() {}

    /** The field, the points and the border (not the background: on screen the window shows through). */
    public static void paint(Surface g, ModelPanel p, FieldGeometry geo, PlotTheme theme) {
        DecisionField f = p.field();
        FieldSquare.paint(g, geo, theme, f.columns(), f.rows(), (c, r) -> HeatmapColors.argb(f.probability(c, r)),
                points(p.marks()), f.bounds(), HeatmapColors.POSITIVE_EDGE);
    }

    /** The whole square on the theme's background: what an export shows. */
    public static Figure figure(ModelPanel p, PlotTheme theme) {
        return FieldSquare.figure(theme, p != null, (g, geo) -> paint(g, p, geo, theme));
    }

    private static FieldSquare.Points points(PointMarks marks) {
        Dataset d = marks.points();
        return new FieldSquare.Points(marks.count(), marks::drawn, d::x, d::y, marks::size, marks::opacity,
                d::isPositive, i -> d.isPositive(i) ? HeatmapColors.POSITIVE_POINT : HeatmapColors.NEGATIVE_POINT);
    }
}
