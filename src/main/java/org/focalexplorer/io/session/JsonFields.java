package org.focalexplorer.io.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.focalexplorer.io.session.SessionFormatException.Reason;

/**
 * Reads the fields of one JSON object of a session by name and type, and afterwards reports the fields
 * it was not asked for (unknown to this version) to a list of warnings. Only JSON values are read: no
 * class names, no polymorphic typing.
 */
final class JsonFields {
    private final ObjectNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object under {@code name} in {@code parent}, or the top-level object when parent is null. */
    static JsonFields of(JsonNode n, String path) throws SessionFormatException {
        if (n == null || n.isMissingNode() || n.isNull()) {
            throw invalid(path + " is missing");
        }
        if (!n.isObject()) {
            throw invalid(path + ": expected an object, found " + describe(n));
        }
        return new JsonFields((ObjectNode) n, path);
    }

    JsonFields object(String name) throws SessionFormatException {
        return of(get(name), where(name));
    }

    boolean bool(String name) throws SessionFormatException {
        JsonNode n = get(name);
        if (!n.isBoolean()) {
            throw wrongType(name, "true or false", n);
        }
        return n.booleanValue();
    }

    double number(String name) throws SessionFormatException {
        JsonNode n = get(name);
        if (!n.isNumber()) {
            throw wrongType(name, "a number", n);
        }
        return n.doubleValue();
    }

    int integer(String name) throws SessionFormatException {
        return integer(get(name), where(name));
    }

    String text(String name) throws SessionFormatException {
        JsonNode n = get(name);
        if (!n.isTextual()) {
            throw wrongType(name, "a string", n);
        }
        return n.textValue();
    }

    /** A number, or one of the given words standing for a value JSON numbers cannot hold. */
    double numberOr(String name, String word, double meaning) throws SessionFormatException {
        JsonNode n = get(name);
        if (n.isTextual() && n.textValue().equals(word)) {
            return meaning;
        }
        if (!n.isNumber()) {
            throw wrongType(name, "a number or \"" + word + "\"", n);
        }
        return n.doubleValue();
    }

    List<Integer> integers(String name, int maxLength) throws SessionFormatException {
        JsonNode n = get(name);
        if (!n.isArray()) {
            throw wrongType(name, "a list of whole numbers", n);
        }
        if (n.size() > maxLength) {
            throw invalid(where(name) + ": " + n.size() + " entries, at most " + maxLength);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(integer(n.get(i), where(name) + "[" + i + "]"));
        }
        return out;
    }

    /** Adds the dotted paths of the fields nobody asked for to {@code unknown}. */
    void reportUnknown(List<String> unknown) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!read.contains(name)) {
                unknown.add(where(name));
            }
        }
    }

    private JsonNode get(String name) throws SessionFormatException {
        read.add(name);
        JsonNode n = node.get(name);
        if (n == null) {
            throw invalid(where(name) + " is missing");
        }
        return n;
    }

    private static int integer(JsonNode n, String where) throws SessionFormatException {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw invalid(where + ": expected a whole number, found " + describe(n));
        }
        return n.intValue();
    }

    private String where(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private SessionFormatException wrongType(String name, String expected, JsonNode found) {
        return invalid(where(name) + ": expected " + expected + ", found " + describe(found));
    }

    private static SessionFormatException invalid(String detail) {
        return new SessionFormatException(Reason.INVALID_VALUE, detail);
    }

    /** A short rendering of a value for a message (never the whole of a large value). */
    static String describe(JsonNode n) {
        if (n.isContainerNode()) {
            return n.isArray() ? "a list" : "an object";
        }
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
