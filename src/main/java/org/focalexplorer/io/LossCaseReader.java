package org.focalexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON list of cases in the golden format. Only the input fields are read ({@code id},
 * {@code fn}, {@code params}, {@code shape}, {@code target_shape}, {@code logits}, {@code targets},
 * {@code reductions}; the keys of {@code loss} when {@code reductions} is absent); expected values are
 * ignored. Every problem is a {@link CaseFormatException} naming the case and the field.
 *
 * <p>Reading is strict and bounded, so that no file can make it crash or exhaust memory: the file must be
 * UTF-8 (checked byte by byte), at most {@link #MAX_FILE_BYTES}; the parser's own limits (nesting, number,
 * string and key length) are set here and reported like any other problem; duplicate keys and anything
 * after the list are errors; a shape has at most {@link #MAX_DIMENSIONS} dimensions of {@code int} size,
 * its product (in overflow-checked {@code long} arithmetic) is at most {@link #MAX_VALUES}, and the nested
 * lists must match it before any array is allocated.
 */
public final class LossCaseReader {
    /** The golden files are under 1 MB; a parsed tree takes up to ~15× its text, so this keeps eval within ~1 GB. */
    public static final int MAX_FILE_BYTES = 64 << 20;
    /** NumPy's own limit on dimensions (32 before NumPy 2). */
    public static final int MAX_DIMENSIONS = 32;
    /** Values per array: a shape's product, zero dimensions counted as 1, so that no stride in the core overflows. */
    public static final long MAX_VALUES = 1L << 24;
    /** list, case, then a value nested at most {@link #MAX_DIMENSIONS} deep, with room for {@code params}. */
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 1_000;
    static final int MAX_STRING_LENGTH = 65_536;
    static final int MAX_NAME_LENGTH = 1_024;

    private static final String FILE = "(file)";
    private static final String CASE = "(case)";

    private static final JsonMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LossCaseReader() {}

    public static List<LossCase> read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
            throw tooLarge(Files.size(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<LossCase> read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1); // the file may have grown, or be a device
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(bytes.length);
        }
        return read(bytes);
    }

    /** The cases of a whole file's bytes; only ever throws {@link CaseFormatException}. */
    public static List<LossCase> read(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(bytes.length);
        }
        int start = checkUtf8(bytes);
        // A Reader, not the bytes: Jackson would otherwise guess UTF-16 or UTF-32 from the first bytes.
        InputStreamReader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8);
        try (JsonParser p = MAPPER.createParser(text)) {
            return cases(p);
        } catch (JsonProcessingException e) {
            throw new CaseFormatException(null, FILE, notJson(e, null)); // only the list's own tokens get here
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading from memory cannot fail
        }
    }

    private static List<LossCase> cases(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new CaseFormatException(null, FILE, "empty: expected a JSON list of cases");
        }
        if (first != JsonToken.START_ARRAY) {
            throw new CaseFormatException(null, FILE, "expected a JSON list of cases, found " + describe(first));
        }
        List<LossCase> cases = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int position = cases.size();
            if (t != JsonToken.START_OBJECT) {
                throw new CaseFormatException("#" + position, CASE, "expected an object, found " + describe(t));
            }
            cases.add(parse(object(p, position), position));
        }
        JsonToken after;
        try {
            after = p.nextToken();
        } catch (JsonProcessingException e) {
            throw new CaseFormatException(null, FILE, "unexpected content after the list of cases (" + where(e, p) + ")");
        }
        if (after != null) {
            throw new CaseFormatException(null, FILE, "unexpected content after the list of cases (" + where(null, p) + ")");
        }
        return cases;
    }

    /** One case's object, read field by field so that a parser error can name the case and the field. */
    private static ObjectNode object(JsonParser p, int position) throws IOException {
        ObjectNode o = JsonNumbers.NODES.objectNode();
        String last = null;
        boolean inKey = false;
        try {
            while (true) {
                inKey = true;
                if (p.nextToken() != JsonToken.FIELD_NAME) {
                    return o;
                }
                inKey = false;
                last = p.currentName();
                p.nextToken();
                o.set(last, p.readValueAsTree());
            }
        } catch (JsonProcessingException e) {
            JsonNode id = o.get("id");
            String caseName = id != null && id.isTextual() ? id.textValue() : "#" + position;
            throw new CaseFormatException(caseName, inKey ? keyField(p, last) : CaseFormatException.brief(last), notJson(e, p));
        }
    }

    /**
     * The field to name when a key could not be read: a duplicate key is already the parser's current name;
     * a key that is too long or broken is named by the key before it.
     */
    private static String keyField(JsonParser p, String last) {
        JsonStreamContext ctx = p.getParsingContext();
        while (ctx != null && ctx.getNestingDepth() > 2) {
            ctx = ctx.getParent();
        }
        String name = ctx == null || !ctx.inObject() ? null : ctx.getCurrentName();
        if (name != null && !name.equals(last)) {
            return CaseFormatException.brief(name);
        }
        return last == null ? "(first key)" : "(key after '" + CaseFormatException.brief(last) + "')";
    }

    private static String notJson(JsonProcessingException e, JsonParser p) {
        String what = e.getOriginalMessage();
        what = what == null ? e.getClass().getSimpleName() : what;
        if (e instanceof StreamConstraintsException) {
            // valid JSON, but past one of the limits set above; the limit's Java getter means nothing to a user
            return "over the reader's limit: " + what.replaceAll(", from `[^`]*`\\)", ")") + " (" + where(e, p) + ")";
        }
        return "not valid JSON: " + what + " (" + where(e, p) + ")";
    }

    /** Line and column of a parser error; the parser's own position when the error carries none. */
    private static String where(JsonProcessingException e, JsonParser p) {
        JsonLocation at = e == null ? null : e.getLocation();
        if (at == null && p != null) {
            at = p.currentLocation();
        }
        return at == null ? "position unknown" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private static CaseFormatException tooLarge(long bytes) {
        return new CaseFormatException(null, FILE, "too large: " + bytes + " bytes or more, at most " + MAX_FILE_BYTES);
    }

    /**
     * Checks that the bytes are UTF-8, overlong forms and surrogates included (the decoder's REPORT mode);
     * returns where the JSON starts (after a byte-order mark, which RFC 8259 lets a reader ignore).
     */
    private static int checkUtf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // REPORT by default
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192); // reused: only errors matter, not the text
        CoderResult r;
        do {
            r = decoder.decode(in, out, true); // true: a sequence cut off at the end is an error too
            if (r.isError()) {
                throw new CaseFormatException(null, FILE, "not valid UTF-8 at byte " + in.position());
            }
            out.clear();
        } while (r.isOverflow());
        return start;
    }

    static LossCase parse(JsonNode c, int position) {
        if (!c.isObject()) {
            throw new CaseFormatException("#" + position, CASE, "expected an object");
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
                    throw new CaseFormatException(id, "reductions", "expected strings, found " + CaseFormatException.brief(n));
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

    /** The dimensions, each a non-negative {@code int}, and their product within {@link #MAX_VALUES}. */
    private static int[] shape(String id, String field, JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new CaseFormatException(id, field, "missing or not a list of dimensions");
        }
        if (n.size() > MAX_DIMENSIONS) {
            throw new CaseFormatException(id, field, n.size() + " dimensions: at most " + MAX_DIMENSIONS);
        }
        int[] s = new int[n.size()];
        long product = 1;
        for (int i = 0; i < s.length; i++) {
            JsonNode d = n.get(i);
            // canConvertToInt: a BigInteger or long dimension is refused, never cut to its low 32 bits
            if (!d.isIntegralNumber() || !d.canConvertToInt() || d.intValue() < 0) {
                throw new CaseFormatException(id, field, "dimension " + i + " = " + CaseFormatException.brief(d)
                        + " is not an integer in [0, " + Integer.MAX_VALUE + "]");
            }
            s[i] = d.intValue();
            try {
                product = Math.multiplyExact(product, Math.max(1, s[i]));
            } catch (ArithmeticException e) {
                product = Long.MAX_VALUE;
            }
            if (product > MAX_VALUES) {
                throw new CaseFormatException(id, field, "shape " + CaseFormatException.brief(n) + " is too large: at most "
                        + MAX_VALUES + " values (dimensions of 0 counted as 1)");
            }
        }
        return s;
    }

    private static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d); // within MAX_VALUES: checked by shape()
        }
        return n;
    }

    private static double[] flatDoubles(String id, String field, JsonNode n, int[] shape) {
        Leaf check = (v, index) -> {
            if (JsonNumbers.toDouble(v) == null) {
                throw new CaseFormatException(id, field, "value " + index + " = " + CaseFormatException.brief(v) + " is not a number");
            }
        };
        walkChecked(id, field, n, shape, check);
        double[] out = new double[(int) size(shape)];
        walk(id, field, n, shape, 0, new int[1], (v, index) -> out[index] = JsonNumbers.toDouble(v));
        return out;
    }

    private static int[] flatInts(String id, String field, JsonNode n, int[] shape) {
        Leaf check = (v, index) -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new CaseFormatException(id, field, "value " + index + " = " + CaseFormatException.brief(v)
                        + " is not an integer class label");
            }
        };
        walkChecked(id, field, n, shape, check);
        int[] out = new int[(int) size(shape)];
        walk(id, field, n, shape, 0, new int[1], (v, index) -> out[index] = v.intValue());
        return out;
    }

    /** Checks the nesting and every leaf without allocating: the arrays are made only for input that fits. */
    private static void walkChecked(String id, String field, JsonNode n, int[] shape, Leaf check) {
        if (n == null) {
            throw new CaseFormatException(id, field, "missing");
        }
        walk(id, field, n, shape, 0, new int[1], check);
    }

    private interface Leaf {
        void accept(JsonNode v, int index);
    }

    /** Visits the leaves in row-major order, checking that the nesting matches {@code shape}. */
    private static void walk(String id, String field, JsonNode n, int[] shape, int dim, int[] count, Leaf leaf) {
        if (dim == shape.length) {
            if (n.isArray()) {
                throw new CaseFormatException(id, field, "nested deeper than shape " + Arrays.toString(shape));
            }
            leaf.accept(n, count[0]++);
            return;
        }
        if (!n.isArray() || n.size() != shape[dim]) {
            throw new CaseFormatException(id, field, "does not match shape " + Arrays.toString(shape)
                    + " at depth " + dim + " (expected a list of " + shape[dim] + ")");
        }
        for (JsonNode child : n) {
            walk(id, field, child, shape, dim + 1, count, leaf);
        }
    }
}
