package org.focalexplorer.io.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.focalexplorer.io.session.SessionFormatException.Reason;
import org.focalexplorer.settings.Plain;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.Setting.Presence;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;

/**
 * The state to and from the JSON tree of format version 1, driven by the table of {@link Settings}: each
 * setting's id is its path ("classifier.points" is {@code "classifier": {"points": …}}), its codec gives
 * its JSON form. Only JSON values are read: no class names, no polymorphic typing.
 */
final class SessionNodes {
    static final String FORMAT = "focal-explorer-session";
    static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionNodes() {}

    static ObjectNode toNode(SettingValues state) {
        if (!state.isComplete()) {
            throw new IllegalArgumentException("a session holds every setting");
        }
        ObjectNode o = NODES.objectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        for (Setting<?> s : Settings.ALL) {
            put(o, s.path(), 0, encode(s, state));
        }
        return o;
    }

    private static <T> Object encode(Setting<T> s, SettingValues state) {
        return s.encode(state.get(s));
    }

    private static void put(ObjectNode parent, String[] path, int i, Object plain) {
        if (i == path.length - 1) {
            parent.set(path[i], node(plain));
        } else {
            JsonNode child = parent.get(path[i]);
            ObjectNode next = child instanceof ObjectNode c ? c : parent.putObject(path[i]);
            put(next, path, i + 1, plain);
        }
    }

    private static JsonNode node(Object plain) {
        if (plain instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (plain instanceof Integer n) {
            return NODES.numberNode(n);
        } else if (plain instanceof Long n) {
            return NODES.numberNode(n);
        } else if (plain instanceof Double d) {
            return NODES.numberNode(d);
        } else if (plain instanceof String t) {
            return NODES.textNode(t);
        } else if (plain instanceof List<?> l) {
            ArrayNode a = NODES.arrayNode();
            l.forEach(e -> a.add(node(e)));
            return a;
        } else if (plain instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, v) -> o.set((String) k, node(v)));
            return o;
        }
        throw new IllegalStateException("not plain JSON data: " + plain);
    }

    /** The state in a parsed session; unknown fields are listed, not refused. */
    static SessionRead fromNode(JsonNode root) throws SessionFormatException {
        if (root == null || !root.isObject()) {
            throw new SessionFormatException(Reason.NOT_A_SESSION,
                    "expected a JSON object, found " + (root == null ? "nothing" : describe(root)));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw new SessionFormatException(Reason.NOT_A_SESSION,
                    "format = " + (format == null ? "missing" : describe(format)) + ", expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION) {
            throw new SessionFormatException(Reason.WRONG_VERSION, version == null ? "missing" : describe(version));
        }
        Set<String> known = new LinkedHashSet<>(List.of("format", "version"));
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        try {
            for (Setting<?> s : Settings.ALL) {
                values.put(s, read(root, s, known));
            }
            SettingValues state = SettingValues.of(values);
            Settings.checkTogether(state);
            return new SessionRead(state, unknown(root, "", known));
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(Reason.INVALID_VALUE, e.getMessage(), e);
        }
    }

    /** One setting's value from the tree; its path and (for an object value) its keys become known. */
    private static Object read(JsonNode root, Setting<?> s, Set<String> known) {
        String[] path = s.path();
        JsonNode n = root;
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < path.length; i++) {
            if (i > 0) {
                if (!n.isObject()) {
                    throw new IllegalArgumentException(at + ": expected an object");
                }
                at.append('.');
            }
            at.append(path[i]);
            known.add(at.toString());
            JsonNode next = n.get(path[i]);
            if (next == null) {
                boolean sectionAbsent = i < path.length - 1;
                if (s.presence() == Presence.OPTIONAL && i == path.length - 1
                        || s.presence() == Presence.WITH_SECTION && sectionAbsent) {
                    return s.absentValue();
                }
                throw new IllegalArgumentException(at + " is missing");
            }
            n = next;
        }
        for (String key : s.codec().keys()) {
            known.add(s.id() + "." + key);
        }
        return s.decode(plain(n));
    }

    /** The dotted paths of the fields no setting asked for. */
    private static List<String> unknown(JsonNode node, String at, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
            if (!known.contains(path)) {
                out.add(path);
            } else if (e.getValue().isObject()) {
                out.addAll(unknown(e.getValue(), path, known));
            }
        }
        return out;
    }

    /** A JSON value as plain Java data (what a codec reads). */
    static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        } else if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(e -> l.add(plain(e)));
            return l;
        } else if (n.isTextual()) {
            return n.textValue();
        } else if (n.isBoolean()) {
            return n.booleanValue();
        } else if (n.isNumber()) {
            return n.numberValue();
        }
        return Plain.NULL;
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
