package org.focalexplorer.render;

import java.awt.Color;

/**
 * The colours of the multi-class lab's classes, from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies): the background class in the binary lab's negative blue, the first foreground
 * class in its positive orange, then green, purple, yellow and sky blue. The decision regions use pale tints
 * of the same colours, paler where the model is less sure.
 */
public final class ClassColors {
    private static final Color[] POINT = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9)};
    /** The dark edge of the foreground classes' points (the background's have none). */
    static final Color EDGE = new Color(0x33, 0x33, 0x33);

    private ClassColors() {}

    /** The colour of class k's points (and of its name in the legend). */
    public static Color point(int k) {
        return POINT[Math.floorMod(k, POINT.length)];
    }

    /** The colour of class k's point as "#rrggbb" (for a view's legend). */
    public static String web(int k) {
        Color c = point(k);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * A region's colour as 0xAARRGGBB: class k's colour mixed into white, by 15 % where the model is no
     * surer than chance (1 / K) up to 55 % where it is certain.
     */
    public static int region(int k, double confidence, int classes) {
        double chance = 1.0 / classes;
        double sure = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, (confidence - chance) / (1 - chance)));
        double mix = 0.15 + 0.40 * sure;
        Color c = point(k);
        int r = (int) Math.round(255 + (c.getRed() - 255) * mix);
        int g = (int) Math.round(255 + (c.getGreen() - 255) * mix);
        int b = (int) Math.round(255 + (c.getBlue() - 255) * mix);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
