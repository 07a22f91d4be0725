package org.focalexplorer.render;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;

/**
 * The colours of every plot and decision field, on screen and in an export. Curve colours are the
 * Okabe–Ito palette (safe for colour-blind readers) and every curve also has its own dash pattern, so
 * curves stay apart in grey-scale print too; the dark theme only swaps the black of the palette for a
 * light grey ({@code ink}).
 *
 * @param background       behind everything
 * @param frame            axes, ticks and tick labels
 * @param grid             grid lines
 * @param text             title and axis labels, legend text
 * @param legendBackground the legend's box (slightly see-through)
 * @param legendBorder     the legend's border
 * @param probe            the probe line
 * @param focus            the keyboard focus ring
 * @param fieldBorder      the border of a decision field
 * @param hover            the ring around the hovered point
 * @param roles            the style of each curve role (the family's members use {@code family})
 * @param family           the styles of the paper's γ family, by variant
 */
public record PlotTheme(String name, Color background, Color frame, Color grid, Color text, Color legendBackground,
        Color legendBorder, Color probe, Color focus, Color fieldBorder, Color hover, Map<SeriesRole, LineStyle> roles,
        List<LineStyle> family) {

    private static final double[] SOLID = {};
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    private static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    private static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** How much thicker the emphasised curve (the current FL) is drawn. */
    private static final double EMPHASIS = 1.0;
    /** Pinned curves: faded (of 255) and in short dashes, whatever their live role's dash is. */
    private static final int GHOST_OPACITY = 120;
    private static final double[] GHOST_DASHES = {5, 4};

    public static final PlotTheme LIGHT = new PlotTheme("light", Color.WHITE, new Color(0x33, 0x33, 0x33),
            new Color(0xE3, 0xE3, 0xE3), Color.BLACK, new Color(1f, 1f, 1f, 0.9f), new Color(0x99, 0x99, 0x99),
            new Color(0x22, 0x22, 0x22), BLUE, new Color(0x77, 0x77, 0x77), new Color(0x11, 0x11, 0x11),
            roles(Color.BLACK), family(Color.BLACK));

    public static final PlotTheme DARK = new PlotTheme("dark", new Color(0x1E, 0x1F, 0x22),
            new Color(0xC8, 0xC8, 0xC8), new Color(0x3A, 0x3D, 0x42), new Color(0xEE, 0xEE, 0xEE),
            new Color(0x1E / 255f, 0x1F / 255f, 0x22 / 255f, 0.9f), new Color(0x77, 0x77, 0x77), new Color(0xDD, 0xDD, 0xDD), SKY_BLUE,
            new Color(0x88, 0x88, 0x88), new Color(0xF0, 0xF0, 0xF0), roles(new Color(0xE0, 0xE0, 0xE0)),
            family(new Color(0xE0, 0xE0, 0xE0)));

    public PlotTheme {
        EnumMap<SeriesRole, LineStyle> copy = new EnumMap<>(SeriesRole.class);
        copy.putAll(roles);
        for (SeriesRole r : SeriesRole.values()) {
            if (r != SeriesRole.FAMILY && r != SeriesRole.GHOST && !copy.containsKey(r)) {
                throw new IllegalArgumentException("theme " + name + " has no style for " + r);
            }
        }
        roles = java.util.Collections.unmodifiableMap(copy);
        family = List.copyOf(family);
        if (family.isEmpty()) {
            throw new IllegalArgumentException("theme " + name + " has no family styles");
        }
    }

    /** The theme called {@code name} ("light" or "dark"). */
    public static PlotTheme named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            default -> throw new IllegalArgumentException("theme = '" + name + "': must be light or dark");
        };
    }

    /** How {@code s} is drawn at 100 % text size. */
    public LineStyle style(Series s) {
        if (s.role() == SeriesRole.FAMILY) {
            return family.get(Math.floorMod(s.variant(), family.size()));
        }
        if (s.role() == SeriesRole.GHOST) {
            return ghost(s.variant());
        }
        LineStyle base = roles.get(s.role());
        // Only the current FL is drawn thicker; an emphasised histogram keeps its width and is only drawn on top.
        return s.emphasised() && s.role() == SeriesRole.FL ? base.widened(EMPHASIS) : base;
    }

    /** A pinned curve: the colour of its live role, faded, short dashes, thinner (issue #12). */
    private LineStyle ghost(int liveRole) {
        SeriesRole[] all = SeriesRole.values();
        SeriesRole r = liveRole >= 0 && liveRole < all.length ? all[liveRole] : SeriesRole.CE;
        LineStyle base = r == SeriesRole.FAMILY || r == SeriesRole.GHOST ? roles.get(SeriesRole.CE) : roles.get(r);
        Color c = base.color();
        return new LineStyle(new Color(c.getRed(), c.getGreen(), c.getBlue(), GHOST_OPACITY), 2.0, GHOST_DASHES);
    }

    private static Map<SeriesRole, LineStyle> roles(Color ink) {
        Map<SeriesRole, LineStyle> m = new EnumMap<>(SeriesRole.class);
        m.put(SeriesRole.CE, new LineStyle(BLUE, 2.0, SOLID));
        m.put(SeriesRole.ALPHA_CE, new LineStyle(SKY_BLUE, 2.5, new double[] {10, 5}));
        m.put(SeriesRole.FL, new LineStyle(VERMILLION, 2.5, SOLID));
        m.put(SeriesRole.FL_STAR, new LineStyle(GREEN, 2.5, new double[] {3, 4}));
        m.put(SeriesRole.MODULATING_FACTOR, new LineStyle(PURPLE, 2.5, SOLID));
        m.put(SeriesRole.RATIO, new LineStyle(ink, 2.0, new double[] {10, 5}));
        m.put(SeriesRole.POSITIVE, new LineStyle(VERMILLION, 2.5, SOLID));
        m.put(SeriesRole.NEGATIVE, new LineStyle(BLUE, 2.0, new double[] {8, 4}));
        m.put(SeriesRole.REDUCED, new LineStyle(ORANGE, 2.5, new double[] {2, 3}));
        return m;
    }

    private static List<LineStyle> family(Color ink) {
        return List.of(
                new LineStyle(BLUE, 2.0, SOLID),
                new LineStyle(ORANGE, 2.5, new double[] {12, 5}),
                new LineStyle(GREEN, 2.5, new double[] {4, 4}),
                new LineStyle(PURPLE, 2.5, new double[] {14, 4, 3, 4}),
                new LineStyle(ink, 2.0, new double[] {2, 3}));
    }
}
