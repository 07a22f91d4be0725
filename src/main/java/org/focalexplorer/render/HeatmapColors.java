package org.focalexplorer.render;

import java.awt.Color;

/**
 * The colours of the live classifier: a light diverging map for the decision field (blue where the
 * model says negative, white at p = ½, orange where it says positive), under saturated point colours from
 * the same Okabe–Ito palette as the curves, so the points stay readable on any background.
 */
public final class HeatmapColors {
    static final Color NEGATIVE_POINT = new Color(0x00, 0x72, 0xB2);
    static final Color POSITIVE_POINT = new Color(0xD5, 0x5E, 0x00);
    static final Color POSITIVE_EDGE = new Color(0x5A, 0x20, 0x00);

    private static final int[] LOW = {0xB9, 0xD4, 0xEC};
    private static final int[] MID = {0xFA, 0xFA, 0xFA};
    private static final int[] HIGH = {0xFB, 0xC7, 0x98};

    private HeatmapColors() {}

    /** The field's colour at probability p of the positive class, as 0xAARRGGBB. */
    public static int argb(double p) {
        double t = Double.isNaN(p) ? 0.5 : Math.max(0.0, Math.min(1.0, p));
        int[] from = t < 0.5 ? LOW : MID;
        int[] to = t < 0.5 ? MID : HIGH;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        int argb = 0xFF;
        for (int c = 0; c < 3; c++) {
            argb = (argb << 8) | (int) Math.round(from[c] + (to[c] - from[c]) * u);
        }
        return argb;
    }
}
