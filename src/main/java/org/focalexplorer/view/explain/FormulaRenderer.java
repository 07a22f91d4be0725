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
    /** Below this the formula would be too small to read; a narrower panel shrinks the picture instead. */
    private static final float MIN_SIZE = 8f;

    private FormulaRenderer() {}

    public static BufferedImage render(String latex, float size, Color text) {
        return render(latex, size, text, Double.POSITIVE_INFINITY);
    }

    /**
     * The formula at {@code size}, or at the smaller size that makes it at most {@code maxWidth} pixels
     * wide: rendered small rather than shrunk as a bitmap, whose thin minus signs and fraction bars
     * would vanish.
     */
    public static BufferedImage render(String latex, float size, Color text, double maxWidth) {
        TeXFormula formula = new TeXFormula(latex);
        float fitted = size;
        BufferedImage image = render(formula, fitted, text);
        // The picture has fixed margins besides the glyphs: a second try corrects the first guess.
        for (int attempt = 0; attempt < 3 && image.getWidth() > maxWidth && fitted > MIN_SIZE; attempt++) {
            fitted = Math.max(MIN_SIZE, (float) (fitted * (maxWidth - 1) / image.getWidth()));
            image = render(formula, fitted, text);
        }
        return image;
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
