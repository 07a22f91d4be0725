package org.focalexplorer.view.explain;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * LaTeX to a picture with JLaTeXMath: transparent background, the given text colour, {@code size} pixels
 * per em. Safe on any thread (JLaTeXMath parses into fresh objects; a JavaFX Image may be made off the
 * FX thread). The first call loads JLaTeXMath's fonts and takes a second or more.
 */
public final class FormulaRenderer {
    /** Below this the formula would be too small to read at all; the last resort for a very narrow panel. */
    private static final float MIN_SIZE = 8f;
    /**
     * A formula keeps at least this share of the text's size (issue #13): one too wide at it is broken into
     * lines before its "=" signs ({@link FormulaLines}) before it is made any smaller.
     */
    static final float MIN_SHARE = 0.8f;

    private FormulaRenderer() {}

    /** A rendered formula and the size (pixels per em) it was rendered at. */
    record Fitted(BufferedImage image, float size, boolean broken) {}

    public static BufferedImage render(String latex, float size, Color text) {
        return render(latex, size, text, Double.POSITIVE_INFINITY);
    }

    /**
     * The formula at {@code size}, or, to make it at most {@code maxWidth} pixels wide: smaller down to
     * {@link #MIN_SHARE} of the size, then broken into lines at that size or above, and only then smaller
     * still. Rendered small rather than shrunk as a bitmap, whose thin minus signs and fraction bars would
     * vanish.
     */
    public static BufferedImage render(String latex, float size, Color text, double maxWidth) {
        return fit(latex, size, text, maxWidth).image();
    }

    static Fitted fit(String latex, float size, Color text, double maxWidth) {
        float least = Math.max(MIN_SIZE, Math.min(size, size * MIN_SHARE));
        Fitted one = fit(latex, size, least, text, maxWidth, false);
        if (one.image().getWidth() <= maxWidth) {
            return one;
        }
        String lines = FormulaLines.atEquals(latex);
        Fitted broken = lines.equals(latex) ? one : fit(lines, size, least, text, maxWidth, true);
        if (broken.image().getWidth() <= maxWidth || least <= MIN_SIZE) {
            return broken;
        }
        return fit(lines, broken.size(), MIN_SIZE, text, maxWidth, broken.broken());
    }

    /** At {@code size}, or smaller (not below {@code least}) until it is at most {@code maxWidth} wide. */
    private static Fitted fit(String latex, float size, float least, Color text, double maxWidth, boolean broken) {
        TeXFormula formula = new TeXFormula(latex);
        float fitted = size;
        BufferedImage image = render(formula, fitted, text);
        // The picture has fixed margins besides the glyphs: a second try corrects the first guess.
        for (int attempt = 0; attempt < 3 && image.getWidth() > maxWidth && fitted > least; attempt++) {
            fitted = Math.max(least, (float) (fitted * (maxWidth - 1) / image.getWidth()));
            image = render(formula, fitted, text);
        }
        return new Fitted(image, fitted, broken);
    }

    private static BufferedImage render(TeXFormula formula, float size, Color text) {
        return (BufferedImage) formula.createBufferedImage(TeXConstants.STYLE_DISPLAY, size, text, null);
    }

    public static Image renderFx(String latex, float size, Color text) {
        return SwingFXUtils.toFXImage(render(latex, size, text), null);
    }

    static Image renderFx(String latex, float size, Color text, double maxWidth) {
        return SwingFXUtils.toFXImage(render(latex, size, text, maxWidth), null);
    }
}
