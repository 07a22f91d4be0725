package org.focalexplorer.settings;

import java.util.List;
import java.util.Map;

/** Plain JSON data as a message shows it, and the type checks every codec shares. */
public final class Plain {
    /** JSON's {@code null} (a map cannot tell a null value from a missing key). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Plain() {}

    /** A short rendering of a value for a message (never the whole of a large value). */
    public static String describe(Object v) {
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Map) {
            return "an object";
        }
        String s = v instanceof String str ? quoted(str) : String.valueOf(v);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A string as JSON writes it, cut at 40 characters. */
    public static String quoted(String v) {
        if (v == null) {
            return "null";
        }
        String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static IllegalArgumentException expected(String id, String what, Object found) {
        return new IllegalArgumentException(id + ": expected " + what + ", found " + describe(found));
    }

    static boolean bool(String id, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw expected(id, "true or false", v);
    }

    static double number(String id, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue(); // beyond double: ±Infinity, which the range check then names
        }
        throw expected(id, "a number", v);
    }

    static int integer(String id, Object v) {
        if ((v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte)
                && ((Number) v).longValue() == ((Number) v).intValue()) {
            return ((Number) v).intValue();
        }
        throw expected(id, "a whole number", v);
    }

    static String text(String id, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw expected(id, "a string", v);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(String id, Object v, String what) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw expected(id, what, v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String id, Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(id + ": expected an object");
    }

    static Object field(String id, Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException(id + "." + key + " is missing");
        }
        return v;
    }
}
