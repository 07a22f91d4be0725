package org.focalexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Numbers in the golden format: JSON numbers, with non-finite values as the strings "NaN",
 * "Infinity" and "-Infinity" so that files stay strict JSON.
 */
final class JsonNumbers {
    private JsonNumbers() {}

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The double of a node, or null if it is not a number in this format. */
    static Double toDouble(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            switch (n.textValue()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: return null;
            }
        }
        return null;
    }

    static JsonNode toNode(double v) {
        if (Double.isNaN(v)) {
            return NODES.textNode("NaN");
        }
        if (Double.isInfinite(v)) {
            return NODES.textNode(v > 0 ? "Infinity" : "-Infinity");
        }
        return NODES.numberNode(v);
    }
}
