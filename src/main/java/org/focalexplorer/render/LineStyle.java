package org.focalexplorer.render;

import java.awt.Color;

/** How a curve looks: colour, width and dash pattern (empty for solid), at 100 % text size. */
public record LineStyle(Color color, double width, double[] dashes) {
    public LineStyle {
        dashes = dashes.clone();
    }

    @Override
    public double[] dashes() {
        return dashes.clone();
    }

    /** The same look with widths and dashes scaled for a larger text size. */
    public LineStyle scaled(double factor) {
        double[] d = dashes.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= factor;
        }
        return new LineStyle(color, width * factor, d);
    }

    /** The same look, thicker (the emphasised curve). */
    public LineStyle widened(double extra) {
        return new LineStyle(color, width + extra, dashes);
    }
}
