package org.focalexplorer.viewmodel.explain;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalexplorer.text.NumberText;

/**
 * A piece of mathematics twice: as LaTeX source for the renderer, and as plain text (Unicode symbols
 * and numbers) that a screen reader speaks and a test can read. Both are built from the same pieces,
 * so they cannot drift apart. Only symbols and numbers, never words: words belong in the labels around
 * a formula, in the user's language, where the fonts have every glyph.
 */
public record Tex(String latex, String plain) {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** "2.63×10⁻⁴", "10⁻³⁰⁰", "−1.5×10⁷" as {@link NumberText} writes them. */
    private static final Pattern POWER = Pattern.compile("(−?)(?:([0-9.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
    /** Plain text is long enough to split the LaTeX over two lines (the side panel is narrow). */
    private static final int LONG = 30;

    /** The same text in both forms (a symbol or number that needs no markup). */
    public static Tex same(String s) {
        return new Tex(s, s);
    }

    /**
     * Fills {@code %1$s}, {@code %2$s}… of a LaTeX pattern and of a plain pattern with the arguments' two
     * forms.
     */
    public static Tex of(String latexPattern, String plainPattern, Tex... args) {
        Object[] latex = Arrays.stream(args).map(Tex::latex).toArray();
        Object[] plain = Arrays.stream(args).map(Tex::plain).toArray();
        return new Tex(String.format(java.util.Locale.ROOT, latexPattern, latex),
                String.format(java.util.Locale.ROOT, plainPattern, plain));
    }

    /** A result, to {@code digits} significant digits as the app writes numbers everywhere. */
    public static Tex number(double value, int digits) {
        return fromNumberText(NumberText.format(value, digits));
    }

    /** A parameter exactly as the user set it ("0.25", "2"). */
    public static Tex exact(double value) {
        return fromNumberText(NumberText.exact(value));
    }

    /** A number inside a product or sum: in parentheses if negative, so "2 · (−1.5)". */
    public static Tex operand(Tex number) {
        return number.plain().startsWith("−") ? of("(%s)", "(%s)", number) : number;
    }

    /**
     * {@code lhs = substitution = result}; in LaTeX on two aligned lines when it is long, so that the
     * picture fits the side panel at large text sizes.
     */
    public static Tex equation(Tex lhs, Tex substitution, Tex result) {
        String plain = lhs.plain() + " = " + substitution.plain() + " = " + result.plain();
        String latex = plain.length() > LONG
                ? "\\begin{aligned}" + lhs.latex() + " &= " + substitution.latex() + " \\\\ &= " + result.latex()
                        + "\\end{aligned}"
                : lhs.latex() + " = " + substitution.latex() + " = " + result.latex();
        return new Tex(latex, plain);
    }

    /** {@link NumberText}'s Unicode ("−", "×10⁻⁴", "∞") as LaTeX; the plain form keeps it as is. */
    static Tex fromNumberText(String text) {
        String latex;
        Matcher m = POWER.matcher(text);
        if (m.matches()) {
            StringBuilder exponent = new StringBuilder();
            for (char c : m.group(3).toCharArray()) {
                exponent.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
            }
            String mantissa = m.group(2) == null ? "" : m.group(2) + " \\times ";
            latex = (m.group(1).isEmpty() ? "" : "-") + mantissa + "10^{" + exponent + "}";
        } else {
            latex = text.replace("−", "-").replace("∞", "\\infty ");
        }
        return new Tex(latex, text);
    }
}
