package org.focalexplorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON list of cases in the golden format. Only the input fields are read ({@code id},
 * {@code fn}, {@code params}, {@code shape}, {@code target_shape}, {@code logits}, {@code targets},
 * {@code reductions}; the keys of {@code loss} when {@code reductions} is absent); expected values are
 * ignored. Every problem is a {@link CaseFormatException} naming the case and the field.
 */
public final class LossCaseReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LossCaseReader() {}

    public static List<LossCase> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<LossCase> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CaseFormatException(null, "(file)", "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isArray()) {
            throw new CaseFormatException(null, "(file)", "expected a JSON list of cases");
        }
        List<LossCase> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root) {
            cases.add(parse(c, i++));
        }
        return cases;
    }

    static LossCase parse(JsonNode c, int position) {
        if (!c.isObject()) {
            throw new CaseFormatException("#" + position, "(case)", "expected an object");
        }
        JsonNode idNode = c.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.textValue() : "#" + position;
        if (idNode == null || !idNode.isTextual()) {
            throw new CaseFormatException(id, "id", "missing or not a string");
        }
        JsonNode fnNode = c.get("fn");
        if (fnNode == null || !fnNode.isTextual()) {
            throw new CaseFormatException(id, "fn", "missing or not a string");
        }
        JsonNode params = c.get("params");
        if (params == null) {
            params = JsonNumbers.NODES.objectNode();
        } else if (!params.isObject()) {
            throw new CaseFormatException(id, "params", "expected an object");
        }
        int[] shape = shape(id, "shape", c.get("shape"));
        int[] targetShape = c.has("target_shape") ? shape(id, "target_shape", c.get("target_shape")) : null;
        double[] logits = flatDoubles(id, "logits", c.get("logits"), shape);
        JsonNode targetsNode = c.get("targets");
        double[] targets = null;
        int[] labels = null;
        if (targetShape != null) {
            labels = flatInts(id, "targets", targetsNode, targetShape);
        } else {
            targets = flatDoubles(id, "targets", targetsNode, shape);
        }
        return new LossCase(id, fnNode.textValue(), params, shape, targetShape, logits, targets, labels, reductions(id, c));
    }

    private static List<String> reductions(String id, JsonNode c) {
        List<String> out = new ArrayList<>();
        JsonNode r = c.get("reductions");
        if (r != null) {
            if (!r.isArray() || r.isEmpty()) {
                throw new CaseFormatException(id, "reductions", "expected a non-empty list of reduction names");
            }
            for (JsonNode n : r) {
                if (!n.isTextual()) {
                    throw new CaseFormatException(id, "reductions", "expected strings, found " + n);
                }
                out.add(n.textValue());
            }
            return out;
        }
        JsonNode loss = c.get("loss");
        if (loss == null || !loss.isObject() || loss.isEmpty()) {
            throw new CaseFormatException(id, "reductions", "missing, and there is no 'loss' object to take the names from");
        }
        for (Iterator<String> it = loss.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static int[] shape(String id, String field, JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new CaseFormatException(id, field, "missing or not a list of dimensions");
        }
        int[] s = new int[n.size()];
        for (int i = 0; i < s.length; i++) {
            JsonNode d = n.get(i);
            if (!d.isIntegralNumber() || d.intValue() < 0) {
                throw new CaseFormatException(id, field, "dimension " + i + " = " + d + " is not a non-negative integer");
            }
            s[i] = d.intValue();
        }
        return s;
    }

    private static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    private static double[] flatDoubles(String id, String field, JsonNode n, int[] shape) {
        if (n == null) {
            throw new CaseFormatException(id, field, "missing");
        }
        long size = size(shape);
        if (size > 50_000_000L) {
            throw new CaseFormatException(id, field, "shape too large (" + size + " values)");
        }
        double[] out = new double[(int) size];
        int[] count = {0};
        walk(id, field, n, shape, 0, v -> {
            Double d = JsonNumbers.toDouble(v);
            if (d == null) {
                throw new CaseFormatException(id, field, "value " + count[0] + " = " + v + " is not a number");
            }
            out[count[0]++] = d;
        });
        return out;
    }

    private static int[] flatInts(String id, String field, JsonNode n, int[] shape) {
        if (n == null) {
            throw new CaseFormatException(id, field, "missing");
        }
        int[] out = new int[(int) size(shape)];
        int[] count = {0};
        walk(id, field, n, shape, 0, v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new CaseFormatException(id, field, "value " + count[0] + " = " + v + " is not an integer class label");
            }
            out[count[0]++] = v.intValue();
        });
        return out;
    }

    private interface Leaf {
        void accept(JsonNode v);
    }

    /** Visits the leaves in row-major order, checking that the nesting matches {@code shape}. */
    private static void walk(String id, String field, JsonNode n, int[] shape, int dim, Leaf leaf) {
        if (dim == shape.length) {
            if (n.isArray()) {
                throw new CaseFormatException(id, field, "nested deeper than shape " + java.util.Arrays.toString(shape));
            }
            leaf.accept(n);
            return;
        }
        if (!n.isArray() || n.size() != shape[dim]) {
            throw new CaseFormatException(id, field, "does not match shape " + java.util.Arrays.toString(shape)
                    + " at depth " + dim + " (expected a list of " + shape[dim] + ")");
        }
        for (JsonNode child : n) {
            walk(id, field, child, shape, dim + 1, leaf);
        }
    }
}
