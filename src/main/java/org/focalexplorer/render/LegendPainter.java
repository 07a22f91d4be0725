package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.List;
import java.awt.geom.Rectangle2D;
import org.focalexplorer.render.Surface.Align;
import org.focalexplorer.render.Surface.Baseline;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;

/**
 * The legend: a line sample (colour and dash) and the label of each series, in a box inside the
 * plot. The box shrinks (not below {@link PlotFonts#MIN}) to fit, and goes to the corner that hides
 * the fewest points, the view model's preferred corner on a tie (so it stays put while curves move).
 */
final class LegendPainter {
    /** Where the legend went and what it lists (empty bounds and list when there is no legend). */
    record Legend(Rectangle2D bounds, List<String> labels) {}

    private LegendPainter() {}

    static Legend paint(Surface g, PlotData d, PlotLayout l, PlotFonts fonts, PlotTheme theme, CurvePainter curves) {
        List<String> labels = new ArrayList<>();
        for (Series ser : d.series()) {
            labels.add(ser.label());
        }
        if (labels.isEmpty()) {
            return new Legend(new Rectangle2D.Double(), labels);
        }
        double s = fonts.scale();
        PlotFont f = fonts.tick();
        double sample = 0;
        double pad = 0;
        double rowHeight = 0;
        double boxW = 0;
        double boxH = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            double k = f.size() / (PlotFonts.BASE * s);
            sample = 30 * s * k;
            pad = 6 * s * k;
            rowHeight = f.size() * 1.45;
            double textWidth = 0;
            for (String label : labels) {
                textWidth = Math.max(textWidth, fonts.width(label, f));
            }
            boxW = pad + sample + pad + textWidth + pad;
            boxH = pad + rowHeight * labels.size() + pad - (rowHeight - f.size()) / 2;
            double fit = Math.min(0.85 * l.plotWidth() / boxW, 0.8 * l.plotHeight() / boxH);
            if (fit >= 1.0 || f.size() <= PlotFonts.MIN) {
                break;
            }
            f = PlotFonts.resized(f, f.size() * fit);
        }
        Rectangle2D box = place(d.legendCorner(), boxW, boxH, 8 * s, l, curves);

        g.setFill(theme.legendBackground());
        g.fillRect(box.getMinX(), box.getMinY(), boxW, boxH);
        g.setStroke(theme.legendBorder());
        g.setLineWidth(1);
        g.setDashes();
        g.strokeRect(Math.round(box.getMinX()) + 0.5, Math.round(box.getMinY()) + 0.5, Math.round(boxW),
                Math.round(boxH));
        g.setFont(f);
        double x = box.getMinX();
        double y = box.getMinY() + pad + f.size() / 2;
        for (Series ser : d.series()) {
            LineStyle style = theme.style(ser).scaled(CurvePainter.lineScale(s));
            g.setStroke(style.color());
            g.setLineWidth(style.width());
            g.setDashes(style.dashes());
            g.strokeLine(x + pad, y, x + pad + sample, y);
            g.setDashes();
            g.setFill(theme.text());
            g.fillText(ser.label(), x + pad + sample + pad, y, Align.LEFT, Baseline.CENTER,
                    Math.max(1, boxW - 3 * pad - sample));
            y += rowHeight;
        }
        return new Legend(box, labels);
    }

    private static Rectangle2D place(LegendCorner preferred, double boxW, double boxH, double margin, PlotLayout l,
            CurvePainter curves) {
        List<LegendCorner> order = new ArrayList<>(List.of(LegendCorner.values()));
        order.remove(preferred);
        order.add(0, preferred);
        Rectangle2D best = null;
        long fewest = Long.MAX_VALUE;
        int n = CurvePainter.OCCUPANCY;
        for (LegendCorner c : order) {
            boolean left = c == LegendCorner.TOP_LEFT || c == LegendCorner.BOTTOM_LEFT;
            boolean top = c == LegendCorner.TOP_LEFT || c == LegendCorner.TOP_RIGHT;
            double bx = left ? l.left() + margin : l.right() - margin - boxW;
            double by = top ? l.top() + margin : l.bottom() - margin - boxH;
            long covered = 0;
            for (int i = 0; i < n; i++) {
                double cx = l.left() + (i + 0.5) * l.plotWidth() / n;
                for (int j = 0; j < n; j++) {
                    double cy = l.top() + (j + 0.5) * l.plotHeight() / n;
                    if (cx >= bx && cx <= bx + boxW && cy >= by && cy <= by + boxH) {
                        covered += curves.occupancy(i, j);
                    }
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = new Rectangle2D.Double(bx, by, boxW, boxH);
            }
        }
        return best;
    }
}
