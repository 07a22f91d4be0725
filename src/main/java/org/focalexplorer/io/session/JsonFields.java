package org.focalexplorer.io.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
    /** Every object read so far, this one's children included (shared from the top-level object down). */
    private final List<JsonFields> objects;

    private JsonFields(ObjectNode node, String path, List<JsonFields> objects) {
        this.node = node;
        this.path = path;
        this.objects = objects;
        objects.add(this);
    }

    /** The top-level object of a document. */
    static JsonFields top(ObjectNode root) {
        return new JsonFields(root, "", new ArrayList<>());
    }

    /** The object under {@code name}. */
    JsonFields object(String name) throws SessionFormatException {
        JsonNode n = get(name);
        if (!n.isObject()) {
            throw wrongType(name, "an object", n);
        }
        return new JsonFields((ObjectNode) n, where(name), objects);
    }

    /** The object under {@code name}, or empty if the field is absent (a section added within a version). */
    java.util.Optional<JsonFields> optionalObject(String name) throws SessionFormatException {
        return node.has(name) ? java.util.Optional.of(object(name)) : java.util.Optional.empty();
    }

    boolean bool(String name) throws SessionFormatException {
        return typed(name, JsonNode::isBoolean, "true or false").booleanValue();
    }

    double number(String name) throws SessionFormatException {
        return typed(name, JsonNode::isNumber, "a number").doubleValue();
    }

    int integer(String name) throws SessionFormatException {
        return integer(get(name), where(name));
    }

    String text(String name) throws SessionFormatException {
        return typed(name, JsonNode::isTextual, "a string").textValue();
    }

    /** A string, or {@code absent} if the field is missing (a field added within a version). */
    String textOr(String name, String absent) throws SessionFormatException {
        return node.has(name) ? text(name) : absent;
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

    /** A list of numbers, or the given word standing for "no list" (read as the empty list). */
    List<Double> numbersOr(String name, String word, int maxLength) throws SessionFormatException {
        JsonNode n = get(name);
        if (n.isTextual() && n.textValue().equals(word)) {
            return List.of();
        }
        if (!n.isArray()) {
            throw wrongType(name, "a list of numbers or \"" + word + "\"", n);
        }
        if (n.size() > maxLength) {
            throw invalid(where(name) + ": " + n.size() + " entries, at most " + maxLength);
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber()) {
                throw invalid(where(name) + "[" + i + "]: expected a number, found " + describe(e));
            }
            out.add(e.doubleValue());
        }
        return out;
    }

    /** The dotted paths of the fields nobody asked for, in this object and every object read below it. */
    List<String> unknownFields() {
        List<String> unknown = new ArrayList<>();
        for (JsonFields f : objects) {
            for (Iterator<String> it = f.node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!f.read.contains(name)) {
                    unknown.add(f.where(name));
                }
            }
        }
        return unknown;
    }

    private JsonNode typed(String name, Predicate<JsonNode> is, String expected) throws SessionFormatException {
        JsonNode n = get(name);
        if (!is.test(n)) {
            throw wrongType(name, expected, n);
        }
        return n;
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
