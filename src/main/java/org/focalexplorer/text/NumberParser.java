package org.focalexplorer.text;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number a user typed: decimal or scientific ("2", "0.25", ".5", "1e-3"), a comma as the
 * decimal mark and the typographic minus "−" are accepted; "NaN", "Infinity", hex and words are not.
 * The result is the double nearest the decimal, so "2" is exactly 2.
 */
public final class NumberParser {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** sign, optional mantissa with "×", "10", superscript exponent */
    private static final Pattern POWER = Pattern.compile("([+-]?)(?:(\\d+(?:\\.\\d*)?)\\s*[×xX*]\\s*)?10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberParser() {}

    public static OptionalDouble parse(String typed) {
        OptionalDouble v = parseWithOverflow(typed);
        return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v : OptionalDouble.empty();
    }

    /**
     * The same, but a number too large for a double ("1e999") is ±∞ instead of refused: it is a number,
     * out of every range, and a message should say so rather than "not a number".
     */
    public static OptionalDouble parseWithOverflow(String typed) {
        if (typed == null) {
            return OptionalDouble.empty();
        }
        String t = scientific(typed.strip().replace('−', '-').replace(',', '.'));
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t));
    }

    /** "2.5×10⁻¹²" and "10⁻³²⁰" (as {@link NumberText} writes them) as "2.5e-12" and "1e-320". */
    private static String scientific(String t) {
        Matcher m = POWER.matcher(t);
        if (!m.matches()) {
            return t;
        }
        StringBuilder exponent = new StringBuilder();
        for (char c : m.group(3).toCharArray()) {
            exponent.append(c == '⁻' ? '-' : c == '⁺' ? '+' : (char) ('0' + SUPERSCRIPT_DIGITS.indexOf(c)));
        }
        String mantissa = m.group(2) == null ? "1" : m.group(2);
        return m.group(1) + mantissa + "e" + exponent;
    }
}
