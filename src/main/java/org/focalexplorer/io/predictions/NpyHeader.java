package org.focalexplorer.io.predictions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a NumPy .npy array (format versions 1–3): magic, version, header length, and a Python dict
 * literal with {@code descr}, {@code fortran_order} and {@code shape}. {@code descr} is one type or, for a
 * structured array, a list of (name, type) fields; padding fields (empty names, {@code |V<n>}) are skipped.
 */
record NpyHeader(NpyType type, List<Field> fields, long[] shape, int rowBytes) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Larger headers are not NumPy's (it pads to 64 bytes; v1 allows 65,535). */
    private static final int MAX_HEADER = 1 << 20;
    private static final Pattern DESCR_SIMPLE = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern DESCR_LIST = Pattern.compile("'descr'\\s*:\\s*\\[(.*?)\\]\\s*,\\s*'");
    private static final Pattern FIELD = Pattern.compile("\\(\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*(?:,\\s*\\(([^)]*)\\)\\s*)?\\)");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** A field of a structured array, at {@code offset} bytes in each record. */
    record Field(String name, NpyType type, int offset) {}

    boolean structured() {
        return type == null;
    }

    long rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** Reads the header from the channel's current position. */
    static NpyHeader read(ReadableByteChannel in, String file, String array) throws IOException {
        ByteBuffer start = readFully(in, 10, file, array);
        for (int i = 0; i < MAGIC.length; i++) {
            if (start.get(i) != MAGIC[i]) {
                throw bad(file, array, "not a NumPy .npy array (no \\x93NUMPY magic)");
            }
        }
        int major = start.get(6);
        long length;
        if (major == 1) {
            length = start.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
        } else if (major == 2 || major == 3) {
            ByteBuffer more = readFully(in, 2, file, array);
            length = ((start.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFFL)
                    | ((more.order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFFL) << 16));
        } else {
            throw bad(file, array, ".npy format version " + major + " is not supported (1, 2 or 3)");
        }
        if (length > MAX_HEADER) {
            throw bad(file, array, "header of " + length + " bytes: not a NumPy array");
        }
        ByteBuffer h = readFully(in, (int) length, file, array);
        String dict = new String(h.array(), 0, (int) length,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parse(dict, file, array);
    }

    static NpyHeader parse(String dict, String file, String array) throws PredictionFileException {
        Matcher fortran = FORTRAN.matcher(dict);
        Matcher shapeM = SHAPE.matcher(dict);
        if (!fortran.find() || !shapeM.find()) {
            throw bad(file, array, "malformed .npy header " + dict.strip());
        }
        if (fortran.group(1).equals("True")) {
            throw bad(file, array, "fortran_order=True arrays are not supported (save np.ascontiguousarray(a))");
        }
        List<Long> dims = new ArrayList<>();
        for (String part : shapeM.group(1).split(",")) {
            if (!part.isBlank()) {
                try {
                    long d = Long.parseLong(part.strip().replaceAll("L$", ""));
                    if (d < 0) {
                        throw bad(file, array, "negative dimension in shape (" + shapeM.group(1) + ")");
                    }
                    dims.add(d);
                } catch (NumberFormatException e) {
                    throw bad(file, array, "malformed shape (" + shapeM.group(1) + ")");
                }
            }
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        Matcher simple = DESCR_SIMPLE.matcher(dict);
        if (simple.find()) {
            NpyType t = NpyType.parse(simple.group(1));
            if (t == null || !t.isNumber()) {
                throw bad(file, array, "dtype " + simple.group(1) + " is not a number type (float32/64 or an integer)");
            }
            return new NpyHeader(t, List.of(), shape, t.size());
        }
        Matcher list = DESCR_LIST.matcher(dict);
        if (!list.find()) {
            throw bad(file, array, "malformed dtype in header " + dict.strip());
        }
        List<Field> fields = new ArrayList<>();
        int offset = 0;
        Matcher f = FIELD.matcher(list.group(1));
        while (f.find()) {
            String name = f.group(1);
            String descr = f.group(2);
            if (f.group(3) != null) {
                throw bad(file, array, "field '" + name + "' is a sub-array; only scalar fields are supported");
            }
            NpyType t = NpyType.parse(descr);
            if (t == null) {
                throw bad(file, array, "field '" + name + "' has dtype " + descr + ", which is not understood");
            }
            if (!name.isEmpty() && t.isNumber()) {
                fields.add(new Field(name, t, offset));
            }
            offset += t.size();
        }
        if (fields.isEmpty()) {
            throw bad(file, array, "structured dtype without numeric fields");
        }
        return new NpyHeader(null, fields, shape, offset);
    }

    static ByteBuffer readFully(ReadableByteChannel in, int n, String file, String array) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw bad(file, array, "file ends inside the .npy header");
            }
        }
        return b.flip();
    }

    static PredictionFileException bad(String file, String array, String problem) {
        return new PredictionFileException(file, null, array, problem);
    }
}
