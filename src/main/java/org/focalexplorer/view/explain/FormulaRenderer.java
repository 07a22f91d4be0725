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
 * FX thread). The first call loads JLaTeXMath's fonts and takes about a second and a half.
 */
public final class FormulaRenderer {
    private FormulaRenderer() {}

    public static BufferedImage render(String latex, float size, Color text) {
        return (BufferedImage) new TeXFormula(latex).createBufferedImage(TeXConstants.STYLE_DISPLAY, size, text, null);
    }

    public static Image renderFx(String latex, float size, Color text) {
        return SwingFXUtils.toFXImage(render(latex, size, text), null);
    }
}
