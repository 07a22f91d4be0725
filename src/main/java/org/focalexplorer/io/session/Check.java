package org.focalexplorer.io.session;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of the session schema's values. Every message names the field by its path in the session file
 * ("loss.alpha") and the value, so a refused file says exactly what is wrong with it.
 */
final class Check {
    /** BCP 47-like: "en", "zh-CN", "zh-Hans-CN"; short, so that a file cannot smuggle a long string in. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private Check() {}

    static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " = " + v + ": must be a finite number");
        }
        return v;
    }

    static double range(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(field + " = " + v + ": must be in [" + min + ", " + max + "]");
        }
        return v;
    }

    static int range(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " = " + v + ": must be in [" + min + ", " + max + "]");
        }
        return v;
    }

    static String choice(String field, String v, List<String> allowed) {
        if (v == null || !allowed.contains(v)) {
            throw new IllegalArgumentException(field + " = " + quoted(v) + ": must be one of " + allowed);
        }
        return v;
    }

    static <T> T present(String field, T v) {
        if (v == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return v;
    }

    static String language(String field, String v) {
        if (v == null || !LANGUAGE.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " = " + quoted(v) + ": must be a language tag such as en or zh-CN");
        }
        return v;
    }

    static String quoted(String v) {
        if (v == null) {
            return "null";
        }
        String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return "\"" + shown + "\"";
    }
}
