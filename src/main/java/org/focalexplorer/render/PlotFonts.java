package org.focalexplorer.render;

/**
 * The fonts of a plot at a text size, and text measurement on the surface it is drawn on. Plot text
 * grows a little slower than the controls' text (200 % gives 1.6×): a plot keeps room for its curves
 * at projector sizes.
 */
public final class PlotFonts {
    static final double BASE = 12.0;
    /** Text never shrinks below this to fit (pixels); beyond it, it is squeezed horizontally. */
    static final double MIN = 10.0;

    private final Surface measure;
    private final double scale;
    private final PlotFont tick;
    private final PlotFont label;
    private final PlotFont title;

    /** @param fontScale the text size as set by the user (1 = 100 %) */
    public PlotFonts(Surface measure, double fontScale) {
        this.measure = measure;
        scale = 1.0 + 0.6 * (fontScale - 1.0);
        tick = new PlotFont(BASE * scale, false);
        label = new PlotFont((BASE + 1) * scale, false);
        title = new PlotFont((BASE + 2) * scale, true);
    }

    /** How much larger than at 100 % text, paddings and lines are drawn. */
    public double scale() {
        return scale;
    }

    PlotFont tick() {
        return tick;
    }

    PlotFont label() {
        return label;
    }

    PlotFont title() {
        return title;
    }

    /** A line of title text, with its spacing. */
    double lineHeight() {
        return (BASE + 2) * scale * 1.3;
    }

    double width(String text, PlotFont f) {
        return measure.textWidth(text, f);
    }

    /** {@code f}, or a smaller size of it (not below {@link #MIN}) so that {@code text} fits in {@code maxWidth}. */
    PlotFont fitted(String text, PlotFont f, double maxWidth) {
        double w = width(text, f);
        if (w <= maxWidth || f.size() <= MIN) {
            return f;
        }
        return resized(f, f.size() * maxWidth / w);
    }

    /** {@code f} at {@code size} (not below {@link #MIN}), same weight. */
    static PlotFont resized(PlotFont f, double size) {
        return f.resized(Math.max(MIN, Math.floor(size)));
    }
}
