package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.render.Surface.Align;
import org.focalexplorer.render.Surface.Baseline;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;

/**
 * The legend: a line sample (colour and dash) and the label of each series, in rows between the title
 * and the plot area. It never covers a curve: a legend inside the plot hid the curves at projector text
 * sizes and in Chinese, wherever it went. The rows wrap to the plot's width.
 */
final class LegendPainter {
    /** Where each entry goes (in the plot's pixels) and the sizes they were laid out with. */
    record Layout(List<double[]> slots, double sample, double pad, double rowHeight, double height) {
        static final Layout NONE = new Layout(List.of(), 0, 0, 0, 0);
    }

    private LegendPainter() {}

    /** Lays the entries of {@code d} out in rows from {@code left} to {@code right}, starting at {@code top}. */
    static Layout layout(PlotData d, double left, double right, double top, PlotFonts fonts) {
        if (d.series().isEmpty()) {
            return Layout.NONE;
        }
        double s = fonts.scale();
        PlotFont f = fonts.tick();
        double sample = 26 * s;
        double pad = 5 * s;
        double gap = 16 * s;
        double rowHeight = f.size() * 1.4;
        List<double[]> slots = new ArrayList<>();
        double x = left;
        double y = top;
        for (Series ser : d.series()) {
            double w = sample + pad + fonts.width(ser.label(), f);
            if (x > left && x + w > right) {
                x = left;
                y += rowHeight;
            }
            slots.add(new double[] {x, y, Math.min(w, right - x)});
            x += w + gap;
        }
        return new Layout(List.copyOf(slots), sample, pad, rowHeight, y + rowHeight - top);
    }

    /** Paints the legend where {@link #layout} put it. */
    static void paint(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme) {
        Layout legend = l.legend();
        double s = fonts.scale();
        g.setFont(fonts.tick());
        for (int i = 0; i < legend.slots().size() && i < d.series().size(); i++) {
            Series ser = d.series().get(i);
            double[] slot = legend.slots().get(i);
            double y = slot[1] + legend.rowHeight() / 2;
            LineStyle style = theme.style(ser).scaled(CurvePainter.lineScale(s));
            g.setStroke(style.color());
            g.setLineWidth(style.width());
            g.setDashes(style.dashes());
            g.strokeLine(slot[0], y, slot[0] + legend.sample(), y);
            g.setDashes();
            g.setFill(theme.text());
            double textLeft = slot[0] + legend.sample() + legend.pad();
            g.fillText(ser.label(), textLeft, y, Align.LEFT, Baseline.CENTER, Math.max(1, slot[0] + slot[2] - textLeft));
        }
    }

    static List<String> labels(PlotData d) {
        return d.series().stream().map(Series::label).toList();
    }
}
