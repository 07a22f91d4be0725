package org.focalexplorer.viewmodel.code;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * Numbers written as Python writes them with {@code repr}: the shortest decimal that reads back as exactly the
 * same double, plain between 1e-4 and 1e16 ("0.25", "2.0"), otherwise "1e-05". The pasted call then holds
 * bit for bit the α and γ the app computed with.
 *
 * <p>Java 17's {@code Double.toString} is not always the shortest (JDK-4511638, fixed in 19), so the digits
 * are searched here: the fewest significant digits whose rounding, up or down, reads back exactly.
 */
public final class PythonLiteral {
    private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    private PythonLiteral() {}

    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        if (v == 0.0) {
            return (1.0 / v) < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(v).stripTrailingZeros();
        String sign = v < 0 ? "-" : "";
        BigDecimal abs = shortest.abs();
        int exponent = abs.precision() - abs.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = abs.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = abs.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** A Python list: "[0.75, 0.25, 0.25]". */
    public static String list(double[] values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double v : values) {
            j.add(of(v));
        }
        return j.toString();
    }

    private static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits <= 17; digits++) {
            for (RoundingMode mode : MODES) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() == v) {
                    return candidate;
                }
            }
        }
        return exact; // not reached: 17 significant digits always read back
    }
}
