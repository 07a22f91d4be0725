package org.focalexplorer.viewmodel.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arguments back out of a generated snippet with regular expressions, as a reader of the code
 * would: a keyword argument on its own line ({@code    gamma=2.0,}), a top-level assignment
 * ({@code alpha = [...]}), or the presence of a line.
 */
final class SnippetArgs {
    private final String code;

    SnippetArgs(String code) {
        this.code = code;
    }

    /** The value of keyword {@code name} in the call, if it is passed (at most once). */
    Optional<String> keyword(String name) {
        return single(Pattern.compile("(?m)^    " + Pattern.quote(name) + "=(.+),$"));
    }

    /** The right-hand side of a top-level {@code name = ...}. */
    Optional<String> assignment(String name) {
        return single(Pattern.compile("(?m)^" + Pattern.quote(name) + " = (.+)$"));
    }

    boolean hasLine(String line) {
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(line) + "$").matcher(code).find();
    }

    /** A Python float literal (as {@code repr} writes it) or {@code None} (empty). */
    static Optional<Double> number(String literal) {
        return literal.equals("None") ? Optional.empty() : Optional.of(Double.parseDouble(literal));
    }

    /** A Python list of floats, "[0.75, 0.25]". */
    static double[] list(String literal) {
        Matcher m = Pattern.compile("^\\[(.*)\\]$").matcher(literal.strip());
        if (!m.matches()) {
            throw new AssertionError("not a list: " + literal);
        }
        List<Double> values = new ArrayList<>();
        for (String part : m.group(1).split(",")) {
            values.add(Double.parseDouble(part.strip()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A Python string literal's content. */
    static String string(String literal) {
        Matcher m = Pattern.compile("^\"(\\w+)\"$").matcher(literal);
        if (!m.matches()) {
            throw new AssertionError("not a string literal: " + literal);
        }
        return m.group(1);
    }

    private Optional<String> single(Pattern p) {
        Matcher m = p.matcher(code);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1);
        if (m.find()) {
            throw new AssertionError("passed twice: " + p + " in\n" + code);
        }
        return Optional.of(value);
    }
}
