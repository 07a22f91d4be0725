package org.focalexplorer.view.plot;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The fonts of a plot at a text size, and text measurement. Canvas text grows a little slower than
 * the controls' text (200 % gives 1.6×): a plot keeps room for its curves at projector sizes.
 */
final class PlotFonts {
    static final double BASE = 12.0;
    /** Text never shrinks below this to fit (pixels); beyond it, it is squeezed horizontally. */
    static final double MIN = 10.0;

    private final Text measurer = new Text();
    private double scale = 1.0;
    private Font tick;
    private Font label;
    private Font title;

    PlotFonts() {
        setFontScale(1.0);
    }

    /** {@code fontScale} as set by the user (1 = 100 %). */
    void setFontScale(double fontScale) {
        scale = 1.0 + 0.6 * (fontScale - 1.0);
        tick = Font.font(null, FontWeight.NORMAL, BASE * scale);
        label = Font.font(null, FontWeight.NORMAL, (BASE + 1) * scale);
        title = Font.font(null, FontWeight.BOLD, (BASE + 2) * scale);
    }

    /** How much larger than at 100 % text, paddings and lines are drawn. */
    double scale() {
        return scale;
    }

    Font tick() {
        return tick;
    }

    Font label() {
        return label;
    }

    Font title() {
        return title;
    }

    /** A line of title text, with its spacing. */
    double lineHeight() {
        return (BASE + 2) * scale * 1.3;
    }

    double width(String text, Font f) {
        measurer.setFont(f);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    /** {@code f}, or a smaller size of it (not below {@link #MIN}) so that {@code text} fits in {@code maxWidth}. */
    Font fitted(String text, Font f, double maxWidth) {
        double w = width(text, f);
        if (w <= maxWidth || f.getSize() <= MIN) {
            return f;
        }
        return resized(f, f.getSize() * maxWidth / w);
    }

    /** {@code f} at {@code size} (not below {@link #MIN}), same weight. */
    static Font resized(Font f, double size) {
        boolean bold = f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        return Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, Math.max(MIN, Math.floor(size)));
    }
}
