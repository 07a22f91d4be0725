package org.focalexplorer.viewmodel.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The app's number text (Unicode) as LaTeX. */
class TexTest {
    @Test
    void powers_of_ten_minus_signs_and_infinity_become_latex() {
        assertThat(Tex.fromNumberText("2.63×10⁻⁴").latex()).isEqualTo("2.63 \\times 10^{-4}");
        assertThat(Tex.fromNumberText("10⁻³⁰⁰").latex()).isEqualTo("10^{-300}");
        assertThat(Tex.fromNumberText("−1.5×10⁷").latex()).isEqualTo("-1.5 \\times 10^{7}");
        assertThat(Tex.fromNumberText("−0.1").latex()).isEqualTo("-0.1");
        assertThat(Tex.fromNumberText("∞").latex()).isEqualTo("\\infty ");
        assertThat(Tex.fromNumberText("2.63×10⁻⁴").plain()).isEqualTo("2.63×10⁻⁴");
    }

    @Test
    void negative_operands_get_parentheses_and_long_equations_two_lines() {
        assertThat(Tex.operand(Tex.number(-1.5, 4))).isEqualTo(new Tex("(-1.5)", "(−1.5)"));
        assertThat(Tex.operand(Tex.number(1.5, 4))).isEqualTo(new Tex("1.5", "1.5"));
        Tex shortOne = Tex.equation(Tex.same("a"), Tex.same("1"), Tex.same("1"));
        assertThat(shortOne.latex()).isEqualTo("a = 1 = 1");
        Tex longOne = Tex.equation(Tex.same("a"), Tex.same("x".repeat(40)), Tex.same("1"));
        assertThat(longOne.latex()).startsWith("\\begin{aligned}").contains("\\\\ &= 1");
        assertThat(longOne.plain()).isEqualTo("a = " + "x".repeat(40) + " = 1");
    }
}
