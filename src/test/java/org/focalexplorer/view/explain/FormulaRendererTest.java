package org.focalexplorer.view.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Formulas keep a readable size (issue #13): a formula too wide for its room is rendered at most a little
 * smaller and otherwise broken onto several lines — the substituted formula at p_t = 10⁻¹² used to shrink
 * until it was unreadable. Pure AWT (JLaTeXMath), no toolkit.
 */
class FormulaRendererTest {
    /** The live FL formula at p_t = 10⁻¹², as the Explain panel substitutes it. */
    private static final String LONG = "\\mathrm{FL}(1\\times10^{-12}) = -0.25 \\cdot (1 - 1\\times10^{-12})^{2}"
            + " \\cdot \\log(1\\times10^{-12}) = 6.91 \\quad\\text{and}\\quad \\alpha_t = 0.25 \\;(y = 1),"
            + " \\quad 1 - 0.25 = 0.75 \\;(y = 0)";

    /** The ink's height of one line of "x = 1" at {@code size}: the scale of the glyphs. */
    private static int lineHeight(float size) {
        return FormulaRenderer.render("x = 1", size, Color.BLACK).getHeight();
    }

    @Test
    void a_formula_that_fits_is_rendered_at_the_size_asked_for() {
        BufferedImage free = FormulaRenderer.render("x = 1", 20f, Color.BLACK);
        BufferedImage roomy = FormulaRenderer.render("x = 1", 20f, Color.BLACK, 500);
        assertThat(roomy.getWidth()).isEqualTo(free.getWidth());
        assertThat(roomy.getHeight()).isEqualTo(free.getHeight());
    }

    @Test
    void a_formula_too_wide_wraps_onto_lines_instead_of_shrinking_below_the_minimum() {
        float size = 20f;
        int oneLine = FormulaRenderer.render(LONG, size, Color.BLACK).getWidth();
        int room = 260;
        assertThat(oneLine).as("the formula is far too wide for the room").isGreaterThan(3 * room);
        BufferedImage wrapped = FormulaRenderer.render(LONG, size, Color.BLACK, room);
        assertThat(wrapped.getWidth()).isLessThanOrEqualTo(room);
        // Shrinking to fit would have needed a size of about 20 × 260 / width (under 6 px per em); wrapped it
        // keeps the minimum size: several lines, each at least as tall as a line at that size.
        float least = FormulaRenderer.minimumSize(size);
        assertThat(least).isGreaterThanOrEqualTo(size * FormulaRenderer.MIN_FRACTION);
        assertThat(wrapped.getHeight()).isGreaterThanOrEqualTo(3 * lineHeight(least) - 4);
    }

    @Test
    void slightly_too_wide_is_rendered_a_little_smaller_on_one_line() {
        float size = 20f;
        BufferedImage full = FormulaRenderer.render("x = 1 + 2 + 3 + 4", size, Color.BLACK);
        int room = (int) (full.getWidth() * 0.92);
        BufferedImage fitted = FormulaRenderer.render("x = 1 + 2 + 3 + 4", size, Color.BLACK, room);
        assertThat(fitted.getWidth()).isLessThanOrEqualTo(room);
        assertThat(fitted.getHeight()).isLessThan(full.getHeight() + 2).isGreaterThan((int) (full.getHeight() * 0.8));
    }
}
