package org.focalexplorer.view.plot;

import javafx.scene.paint.Color;
import org.focalexplorer.viewmodel.curves.Series;

/**
 * How a curve looks. Colours are the Okabe–Ito palette (safe for colour-blind readers) and every
 * curve also has its own dash pattern, so curves stay apart in grey-scale print too.
 */
public record LineStyle(Color color, double width, double[] dashes) {
    private static final Color BLACK = Color.web("#000000");
    private static final Color ORANGE = Color.web("#E69F00");
    private static final Color SKY_BLUE = Color.web("#56B4E9");
    private static final Color GREEN = Color.web("#009E73");
    private static final Color BLUE = Color.web("#0072B2");
    private static final Color VERMILLION = Color.web("#D55E00");
    private static final Color PURPLE = Color.web("#CC79A7");
    private static final double[] SOLID = {};

    private static final LineStyle[] FAMILY = {
        new LineStyle(BLUE, 2.0, SOLID),
        new LineStyle(ORANGE, 2.5, new double[] {12, 5}),
        new LineStyle(GREEN, 2.5, new double[] {4, 4}),
        new LineStyle(PURPLE, 2.5, new double[] {14, 4, 3, 4}),
        new LineStyle(BLACK, 2.0, new double[] {2, 3}),
    };

    public static LineStyle of(Series s) {
        return switch (s.role()) {
            case CE -> new LineStyle(BLUE, 2.0, SOLID);
            case ALPHA_CE -> new LineStyle(SKY_BLUE, 2.5, new double[] {10, 5});
            case FL -> new LineStyle(VERMILLION, s.emphasised() ? 3.5 : 2.5, SOLID);
            case FL_STAR -> new LineStyle(GREEN, 2.5, new double[] {3, 4});
            case FAMILY -> FAMILY[Math.floorMod(s.variant(), FAMILY.length)];
            case MODULATING_FACTOR -> new LineStyle(PURPLE, 2.5, SOLID);
            case RATIO -> new LineStyle(BLACK, 2.0, new double[] {10, 5});
            case POSITIVE -> new LineStyle(VERMILLION, 2.5, SOLID);
            case NEGATIVE -> new LineStyle(BLUE, 2.0, new double[] {8, 4});
        };
    }

    /** The same look with widths and dashes scaled for a larger text size. */
    public LineStyle scaled(double factor) {
        double[] d = dashes.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= factor;
        }
        return new LineStyle(color, width * factor, d);
    }
}
