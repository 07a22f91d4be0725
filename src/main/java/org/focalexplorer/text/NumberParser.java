package org.focalexplorer.text;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads a number a user typed: decimal or scientific ("2", "0.25", ".5", "1e-3"), a comma as the
 * decimal mark and the typographic minus "−" are accepted; "NaN", "Infinity", hex and words are not.
 * The result is the double nearest the decimal, so "2" is exactly 2.
 */
public final class NumberParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberParser() {}

    public static OptionalDouble parse(String typed) {
        if (typed == null) {
            return OptionalDouble.empty();
        }
        String t = typed.strip().replace('−', '-').replace(',', '.');
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
