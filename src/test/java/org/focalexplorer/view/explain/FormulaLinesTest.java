package org.focalexplorer.view.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long formulas break into lines before "=" and keep a readable size (issue #13). */
class FormulaLinesTest {
    private static final String LONG = "\\mathrm{FL}(10^{-12}) = -0.25 \\cdot (1 - 10^{-12})^{2} \\cdot \\log 10^{-12}"
            + " = 0.25 \\cdot 0.999999999998 \\cdot 27.631021115928547 = 6.907755278981\\times10^{0}";

    @Test
    void splits_only_at_top_level_equals() {
        assertThat(FormulaLines.split("a = b_{x=1} = \\text{c=d}")).containsExactly("a ", " b_{x=1} ", " \\text{c=d}");
        assertThat(FormulaLines.split("p_t = \\begin{cases} p & y = 1 \\\\ 1 - p & y = 0 \\end{cases}"))
                .containsExactly("p_t ", " \\begin{cases} p & y = 1 \\\\ 1 - p & y = 0 \\end{cases}");
        assertThat(FormulaLines.split("\\log p_t")).containsExactly("\\log p_t");
        assertThat(FormulaLines.split("= a")).containsExactly("= a"); // nothing before the sign: as written
    }

    @Test
    void lines_start_with_the_equals_sign_in_a_left_aligned_array() {
        assertThat(FormulaLines.atEquals("A = B = C"))
                .isEqualTo("\\begin{array}{l}A \\\\ = B \\\\ = C\\end{array}");
        assertThat(FormulaLines.atEquals("\\log p_t")).isEqualTo("\\log p_t");
    }

    @Test
    void a_formula_too_wide_is_broken_into_lines_before_it_gets_smaller_than_its_least_size() {
        float size = 20f;
        int oneLine = FormulaRenderer.render(LONG, size, Color.BLACK).getWidth();
        double maxWidth = oneLine * 0.45; // the one-line form would need 45 % of the size: unreadable
        FormulaRenderer.Fitted f = FormulaRenderer.fit(LONG, size, Color.BLACK, maxWidth);
        assertThat(f.broken()).isTrue();
        assertThat(f.image().getWidth()).isLessThanOrEqualTo((int) Math.ceil(maxWidth));
        assertThat(f.size()).isGreaterThanOrEqualTo(size * FormulaRenderer.MIN_SHARE);
        // three lines: taller than the one-line picture at the same size
        assertThat(f.image().getHeight()).isGreaterThan(2 * FormulaRenderer.render(LONG, f.size(), Color.BLACK).getHeight());
    }

    @Test
    void a_formula_that_fits_stays_on_one_line_at_full_size() {
        FormulaRenderer.Fitted f = FormulaRenderer.fit("\\log p_t = 0.105", 20f, Color.BLACK, 1000);
        assertThat(f.broken()).isFalse();
        assertThat(f.size()).isEqualTo(20f);
    }

    @Test
    void a_formula_with_no_equals_sign_shrinks_as_before_rather_than_overflow() {
        String wide = String.join(" + ", List.of("a_1", "a_2", "a_3", "a_4", "a_5", "a_6", "a_7", "a_8", "a_9"));
        int oneLine = FormulaRenderer.render(wide, 20f, Color.BLACK).getWidth();
        FormulaRenderer.Fitted f = FormulaRenderer.fit(wide, 20f, Color.BLACK, oneLine * 0.6);
        assertThat(f.broken()).isFalse();
        assertThat(f.image().getWidth()).isLessThanOrEqualTo((int) Math.ceil(oneLine * 0.6));
    }
}
