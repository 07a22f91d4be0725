package org.focalexplorer.view.explain;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import java.awt.Graphics2D;
import java.awt.Insets;

/**
 * LaTeX to a picture with JLaTeXMath: transparent background, the given text colour, {@code size} pixels
 * per em. Safe on any thread (JLaTeXMath parses into fresh objects; a JavaFX Image may be made off the
 * FX thread). The first call loads JLaTeXMath's fonts and takes a second or more.
 */
public final class FormulaRenderer {
    /** Never below this many pixels per em, whatever the panel's width ... */
    private static final float MIN_SIZE = 12f;
    /** ... nor below this share of the size asked for (the prose's): a narrow panel wraps the formula instead. */
    static final float MIN_FRACTION = 0.85f;

    private FormulaRenderer() {}

    public static BufferedImage render(String latex, float size, Color text) {
        return render(latex, size, text, Double.POSITIVE_INFINITY);
    }

    /**
     * The formula at {@code size}, at most {@code maxWidth} pixels wide: first a little smaller (down to
     * {@link #MIN_FRACTION} of the size, never below {@link #MIN_SIZE}), then broken onto several lines at
     * its relations and operators (JLaTeXMath's line breaking). It is never made unreadably small: a
     * substituted formula with long numbers, or a narrow side panel, gives more lines, not smaller ones.
     * Rendered at the size shown rather than shrunk as a bitmap, whose thin minus signs and fraction bars
     * would vanish.
     */
    public static BufferedImage render(String latex, float size, Color text, double maxWidth) {
        TeXFormula formula = new TeXFormula(latex);
        BufferedImage image = render(formula, size, text, 0);
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        float least = minimumSize(size);
        float fitted = size;
        // The picture has fixed margins besides the glyphs: a second try corrects the first guess.
        for (int attempt = 0; attempt < 3 && image.getWidth() > maxWidth && fitted > least; attempt++) {
            fitted = Math.max(least, (float) (fitted * (maxWidth - 1) / image.getWidth()));
            image = render(formula, fitted, text, 0);
        }
        if (image.getWidth() > maxWidth) {
            image = render(formula, least, text, maxWidth);
        }
        return image;
    }

    /** The smallest size a formula asked for at {@code size} is rendered at. */
    static float minimumSize(float size) {
        return Math.max(Math.min(size, MIN_SIZE), size * MIN_FRACTION);
    }

    /** The formula as a picture; with a {@code wrapWidth} above 0, broken onto lines of at most that many pixels. */
    private static BufferedImage render(TeXFormula formula, float size, Color text, double wrapWidth) {
        TeXFormula.TeXIconBuilder builder = formula.new TeXIconBuilder().setStyle(TeXConstants.STYLE_DISPLAY)
                .setSize(size).setFGColor(text);
        if (wrapWidth > 0) {
            // The icon's 2 px insets on each side come on top of the lines' width.
            builder.setWidth(TeXConstants.UNIT_PIXEL, (float) Math.max(1, wrapWidth - 4), TeXConstants.ALIGN_LEFT)
                    .setIsMaxWidth(true).setInterLineSpacing(TeXConstants.UNIT_EX, 1.2f);
        }
        TeXIcon icon = builder.build();
        icon.setInsets(new Insets(2, 2, 2, 2));
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        icon.setForeground(text);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    public static Image renderFx(String latex, float size, Color text) {
        return SwingFXUtils.toFXImage(render(latex, size, text), null);
    }

    static Image renderFx(String latex, float size, Color text, double maxWidth) {
        return SwingFXUtils.toFXImage(render(latex, size, text, maxWidth), null);
    }
}
