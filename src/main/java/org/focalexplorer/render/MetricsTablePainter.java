package org.focalexplorer.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.focalexplorer.plot.MetricsTable;

/**
 * A model's metrics table as an export picture: the model's title, each set's heading over a rule, the
 * metric names on the left and their values right-aligned, in the theme's colours. The table on screen
 * is made of labels; this painter gives the PNG and a true-vector SVG (text as text) of the same rows.
 */
public final class MetricsTablePainter {
    /** Left and right of the name column, between the columns, around everything (at 100 % text). */
    private static final double INDENT = 8;
    private static final double GAP = 24;
    private static final double PAD = 10;

    /** Where everything goes at one text size; the width is the natural one, a wider picture right-aligns further. */
    private record Layout(PlotFonts fonts, PlotFont row, PlotFont heading, double pad, double indent, double rowHeight,
            double headingHeight, double titleHeight, double nameWidth, double width, double height) {}

    private MetricsTablePainter() {}

    /** The picture and the CSV of {@code t}, at the size its texts need. */
    public static ExportContent content(String name, MetricsTable t, PlotTheme theme, double fontScale) {
        Layout l = measured(t, fontScale);
        return new ExportContent(name, l.width(), l.height(), figure(t, theme, fontScale), () -> PlotCsv.of(t));
    }

    public static Figure figure(MetricsTable t, PlotTheme theme, double fontScale) {
        return (g, w, h) -> paint(g, t, theme, layout(t, g, fontScale), w, h);
    }

    private static void paint(Surface g, MetricsTable t, PlotTheme theme, Layout l, double w, double h) {
        g.save();
        g.setAlpha(1.0);
        g.setDashes();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        double right = w - l.pad();
        double y = l.pad();
        if (!t.title().isEmpty()) {
            g.setFill(theme.text());
            g.setFont(l.fonts().title());
            g.fillText(t.title(), l.pad(), y + l.titleHeight() / 2, Surface.Align.LEFT, Surface.Baseline.CENTER,
                    right - l.pad());
            y += l.titleHeight();
        }
        String group = null;
        for (MetricsTable.Row r : t.rows()) {
            if (!r.group().equals(group)) {
                group = r.group();
                g.setFill(theme.frame());
                g.setFont(l.heading());
                g.fillText(group, l.pad(), y + l.headingHeight() / 2, Surface.Align.LEFT, Surface.Baseline.CENTER,
                        right - l.pad());
                y += l.headingHeight();
                g.setStroke(theme.grid());
                g.setLineWidth(1);
                g.strokeLine(l.pad(), y - 1.5, right, y - 1.5);
            }
            g.setFill(theme.text());
            g.setFont(l.row());
            double mid = y + l.rowHeight() / 2;
            g.fillText(r.name(), l.pad() + l.indent(), mid, Surface.Align.LEFT, Surface.Baseline.CENTER, l.nameWidth());
            g.fillText(r.text(), right, mid, Surface.Align.RIGHT, Surface.Baseline.CENTER, 0);
            y += l.rowHeight();
        }
        g.restore();
    }

    private static Layout layout(MetricsTable t, Surface measure, double fontScale) {
        PlotFonts fonts = new PlotFonts(measure, fontScale);
        double s = fonts.scale();
        PlotFont row = fonts.label();
        PlotFont heading = new PlotFont(row.size(), true);
        double rowHeight = row.size() * 1.5;
        double headingHeight = heading.size() * 1.5 + 4 * s;
        double titleHeight = t.title().isEmpty() ? 0 : fonts.lineHeight() + 2 * s;
        double pad = PAD * s;
        double indent = INDENT * s;
        double names = 0;
        double values = 0;
        double headings = t.title().isEmpty() ? 0 : fonts.width(t.title(), fonts.title());
        int groups = 0;
        String group = null;
        for (MetricsTable.Row r : t.rows()) {
            names = Math.max(names, fonts.width(r.name(), row));
            values = Math.max(values, fonts.width(r.text(), row));
            if (!r.group().equals(group)) {
                group = r.group();
                groups++;
                headings = Math.max(headings, fonts.width(group, heading));
            }
        }
        double inner = Math.max(headings, indent + names + GAP * s + values);
        double height = 2 * pad + titleHeight + groups * headingHeight + t.rows().size() * rowHeight;
        return new Layout(fonts, row, heading, pad, indent, rowHeight, headingHeight, titleHeight, names,
                Math.ceil(inner + 2 * pad), Math.ceil(height));
    }

    /** The layout with text measured as a PNG draws it (the SVG uses the same fonts). */
    private static Layout measured(MetricsTable t, double fontScale) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return layout(t, new Java2DSurface(g, false), fontScale);
        } finally {
            g.dispose();
        }
    }
}
