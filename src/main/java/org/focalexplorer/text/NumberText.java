package org.focalexplorer.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a reader sees them: a few significant digits, plain between 0.001 and 10⁶, and
 * "1.23×10⁻¹⁵⁰" outside, so that the tiny losses of easy examples stay legible (never shown as 0).
 */
public final class NumberText {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';
    private static final char MINUS = '−';

    private NumberText() {}

    /** {@code value} rounded to {@code digits} significant digits, trailing zeros dropped. */
    public static String format(double value, int digits) {
        return text(value, digits, false);
    }

    /**
     * {@code value} rounded to {@code digits} significant digits, trailing zeros kept ("2.30", "23.0",
     * "7.90×10⁻⁴"): numbers a sentence compares with each other then show the same precision.
     */
    public static String significant(double value, int digits) {
        return text(value, digits, true);
    }

    private static String text(double value, int digits, boolean keepZeros) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : MINUS + "∞";
        }
        if (value == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (keepZeros && rounded.precision() < digits) { // 0.5 is exactly 0.5 in binary: "0.500" needs the zeros added
            rounded = rounded.setScale(rounded.scale() + digits - rounded.precision());
        }
        double magnitude = Math.abs(rounded.doubleValue());
        String sign = value < 0 ? String.valueOf(MINUS) : "";
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            BigDecimal plain = keepZeros ? rounded.abs() : rounded.abs().stripTrailingZeros();
            return sign + plain.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.abs().movePointLeft(exponent);
        if (!keepZeros) {
            mantissa = mantissa.stripTrailingZeros();
        }
        String m = !keepZeros && mantissa.compareTo(BigDecimal.ONE) == 0 ? "" : mantissa.toPlainString() + "×";
        return sign + m + "10" + superscript(exponent);
    }

    /**
     * A text that parses back to exactly {@code value} ("2" for 2.0, "0.25", "2.35"); below 10⁻⁶ and from
     * 10¹⁵ on in scientific notation with every digit ("1×10⁻³²⁰", "2.5×10⁻¹²"; {@link NumberParser} reads it
     * back), never a decimal with hundreds of zeros.
     */
    public static String exact(double value) {
        if (value == 0.0) {
            return "0";
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return text(value, 1, false);
        }
        BigDecimal abs = BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros();
        String sign = value < 0 ? String.valueOf(MINUS) : "";
        if (Math.abs(value) >= 1e-6 && Math.abs(value) < 1e15) {
            return sign + abs.toPlainString();
        }
        int exponent = abs.precision() - abs.scale() - 1;
        BigDecimal mantissa = abs.movePointLeft(exponent).stripTrailingZeros();
        String m = mantissa.compareTo(BigDecimal.ONE) == 0 ? "" : mantissa.toPlainString() + "×";
        return sign + m + "10" + superscript(exponent);
    }

    /**
     * A share (0 to 1) as a percentage with 3 significant digits, without the "%" — but never "100" for a share
     * below 1: the hardest 10 % of a file often carry 99.97 % of its loss, and "100" would say the rest carry
     * nothing. Such a share gets the digits it needs ("99.97"), up to 7, then "> 99.99999".
     */
    public static String percent(double fraction) {
        String t = significant(fraction * 100, 3);
        for (int digits = 4; fraction < 1 && roundsToHundred(t) && digits <= 7; digits++) {
            t = significant(fraction * 100, digits);
        }
        return fraction < 1 && roundsToHundred(t) ? "> 99.99999" : t;
    }

    private static boolean roundsToHundred(String text) {
        return text.matches("100(\\.0*)?");
    }

    /** An integer exponent in superscript digits: −50 gives "⁻⁵⁰". */
    public static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < 0) {
            sb.append(SUPERSCRIPT_MINUS);
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
