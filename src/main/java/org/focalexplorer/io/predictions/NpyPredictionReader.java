package org.focalexplorer.io.predictions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * NumPy arrays read directly: the header, then the raw data in chunks of {@link #CHUNK_ROWS} rows through a
 * channel (a file, or a member of an .npz zip). Either two arrays — logits [N] (binary) or [N, C]
 * (multi-class), float32/float64, and labels [N] of any integer type — or one structured array whose fields
 * are chosen by name.
 */
final class NpyPredictionReader {
    static final int CHUNK_ROWS = 1 << 16;

    private NpyPredictionReader() {}

    /** A .npy file: logits with {@code options.labels()} beside it, or one structured array. */
    static PredictionSet readNpy(Path file, ReadOptions options, Monitor monitor) throws IOException {
        String name = file.getFileName().toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader h = NpyHeader.read(ch, name, null);
            checkLength(name, null, h, ch.size() - ch.position());
            if (options.labels() == null) {
                if (!h.structured()) {
                    throw new PredictionFileException(name, null, null,
                            "a plain array holds no labels: give the labels .npy too, or a structured array");
                }
                return structured(name, ch, h, options, monitor);
            }
            String labelsName = options.labels().getFileName().toString();
            try (FileChannel lc = FileChannel.open(options.labels(), StandardOpenOption.READ)) {
                NpyHeader lh = NpyHeader.read(lc, labelsName, null);
                checkLength(labelsName, null, lh, lc.size() - lc.position());
                return twoArrays(name, ch, h, "logits", labelsName, lc, lh, "labels", options, monitor);
            }
        }
    }

    /** An .npz: two members (scores and labels, by name) or one structured member. */
    static PredictionSet readNpz(Path file, ReadOptions options, Monitor monitor) throws IOException {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> members = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String m = e.nextElement().getName();
                if (m.endsWith(".npy")) {
                    members.add(m.substring(0, m.length() - 4));
                }
            }
            if (members.isEmpty()) {
                throw new PredictionFileException(name, null, null, "no .npy arrays in the .npz");
            }
            List<String> asked = options.columns();
            boolean structuredOne = members.size() == 1 || (!asked.isEmpty() && !members.containsAll(asked));
            if (structuredOne) {
                String member = members.size() == 1 ? members.get(0) : null;
                if (member == null) {
                    throw new PredictionFileException(name, null, null, "no arrays named " + asked + " (members: " + members + ")");
                }
                try (ReadableByteChannel ch = Channels.newChannel(open(zip, member))) {
                    NpyHeader h = NpyHeader.read(ch, name, member);
                    if (!h.structured()) {
                        throw new PredictionFileException(name, null, member,
                                "one plain array holds no labels: store logits and labels, or a structured array");
                    }
                    return structured(name, ch, h, options, monitor);
                }
            }
            String scores;
            String labels;
            if (!asked.isEmpty()) {
                if (asked.size() != 2) {
                    throw new PredictionFileException(name, null, null, "give two array names (scores, labels), not " + asked);
                }
                scores = asked.get(0);
                labels = asked.get(1);
            } else {
                List<String> labelLike = members.stream()
                        .filter(m -> ColumnChoice.LABEL_NAMES.contains(m.toLowerCase(Locale.ROOT))).toList();
                if (labelLike.size() != 1 || members.size() != 2) {
                    throw new PredictionFileException(name, null, null, "cannot tell which arrays are the scores and "
                            + "the labels among " + members + ": choose them (scores, then labels)");
                }
                labels = labelLike.get(0);
                scores = members.get(0).equals(labels) ? members.get(1) : members.get(0);
            }
            try (ReadableByteChannel sc = Channels.newChannel(open(zip, scores));
                    ReadableByteChannel lc = Channels.newChannel(open(zip, labels))) {
                NpyHeader sh = NpyHeader.read(sc, name, scores);
                NpyHeader lh = NpyHeader.read(lc, name, labels);
                return twoArrays(name, sc, sh, scores, name, lc, lh, labels, options, monitor);
            }
        }
    }

    private static InputStream open(ZipFile zip, String member) throws IOException {
        return zip.getInputStream(zip.getEntry(member + ".npy"));
    }

    private static void checkLength(String file, String array, NpyHeader h, long available) throws PredictionFileException {
        long need = h.rowBytes();
        for (long d : h.shape()) {
            need = Math.multiplyExact(need, d);
        }
        if (available < need) {
            throw new PredictionFileException(file, null, array, "truncated: the shape " + shape(h) + " needs " + need
                    + " bytes of data, the file has " + available);
        }
    }

    static String shape(NpyHeader h) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < h.shape().length; i++) {
            sb.append(i > 0 ? ", " : "").append(h.shape()[i]);
        }
        return sb.append(h.shape().length == 1 ? ",)" : ")").toString();
    }

    private static PredictionSet twoArrays(String file, ReadableByteChannel sc, NpyHeader sh, String scoresName,
            String labelsFile, ReadableByteChannel lc, NpyHeader lh, String labelsName, ReadOptions options, Monitor monitor)
            throws IOException {
        if (sh.structured() || !sh.type().isFloat()) {
            throw new PredictionFileException(file, null, scoresName, "dtype " + (sh.structured() ? "structured" : descr(sh.type()))
                    + ": logits or probabilities must be float32 or float64");
        }
        if (sh.shape().length < 1 || sh.shape().length > 2) {
            throw new PredictionFileException(file, null, scoresName, "shape " + shape(sh) + ": must be [N] or [N, C]");
        }
        if (lh.structured() || !lh.type().isNumber() || lh.shape().length != 1) {
            throw new PredictionFileException(labelsFile, null, labelsName, "dtype "
                    + (lh.structured() ? "structured" : descr(lh.type())) + ", shape " + shape(lh) + ": labels must be one integer per row, [N]");
        }
        if (lh.shape()[0] != sh.shape()[0]) {
            throw new PredictionFileException(labelsFile, null, labelsName, shape(lh) + " labels for " + shape(sh) + " scores: need one per row");
        }
        long rows = sh.shape()[0];
        checkRows(file, rows);
        int c = sh.shape().length == 2 ? Math.toIntExact(sh.shape()[1]) : 1;
        if (sh.shape().length == 2 && c < 2) {
            throw new PredictionFileException(file, null, scoresName, "shape " + shape(sh) + ": multi-class needs C >= 2 columns");
        }
        if (c == 1 && sh.shape().length == 1) {
            return NpyBinaryReader.read(file, sc, sh, scoresName, labelsFile, lc, lh, labelsName, options, monitor);
        }
        RowSink sink = new RowSink(c, options.scoreKind(), options.ignoreIndex());
        int sBytes = sh.type().size();
        int lBytes = lh.type().size();
        ByteBuffer sb = ByteBuffer.allocateDirect(CHUNK_ROWS * c * sBytes).order(sh.type().order());
        ByteBuffer lb = ByteBuffer.allocateDirect(CHUNK_ROWS * lBytes).order(lh.type().order());
        double[] row = new double[c];
        boolean f4 = sBytes == 4;
        for (long start = 0; start < rows; start += CHUNK_ROWS) {
            monitor.step((double) start / rows);
            int n = (int) Math.min(CHUNK_ROWS, rows - start);
            fill(sc, sb, n * c * sBytes, file, scoresName);
            fill(lc, lb, n * lBytes, labelsFile, labelsName);
            for (int i = 0; i < n; i++) {
                double label = lh.type().get(lb, i * lBytes);
                try {
                    if (c == 1) {
                        sink.binaryRow(f4 ? sb.getFloat(i * 4) : sb.getDouble(i * 8), label);
                    } else {
                        int base = i * c;
                        for (int k = 0; k < c; k++) {
                            row[k] = f4 ? sb.getFloat((base + k) * 4) : sb.getDouble((base + k) * 8);
                        }
                        sink.row(row, label);
                    }
                } catch (RowProblem p) {
                    String column = p.column == RowProblem.LABEL ? labelsName : c == 1 ? scoresName : scoresName + "[:, " + p.column + "]";
                    problem(sink, options, p.column == RowProblem.LABEL ? labelsFile : file, "index " + (start + i), column, p.getMessage());
                }
            }
        }
        monitor.step(1.0);
        List<String> classes = new ArrayList<>();
        if (c == 1) {
            classes.addAll(List.of("negative", "positive"));
        } else {
            for (int k = 0; k < c; k++) {
                classes.add("class " + k);
            }
        }
        return sink.finish(file, classes);
    }

    private static PredictionSet structured(String file, ReadableByteChannel ch, NpyHeader h, ReadOptions options, Monitor monitor)
            throws IOException {
        if (h.shape().length != 1) {
            throw new PredictionFileException(file, null, null, "structured array of shape " + shape(h) + ": must be [N]");
        }
        List<String> names = h.fields().stream().map(NpyHeader.Field::name).toList();
        ColumnChoice choice = ColumnChoice.of(file, names, options.columns());
        long rows = h.shape()[0];
        checkRows(file, rows);
        int c = choice.scores().length;
        RowSink sink = new RowSink(c, options.scoreKind(), options.ignoreIndex());
        NpyHeader.Field[] score = new NpyHeader.Field[c];
        for (int k = 0; k < c; k++) {
            score[k] = h.fields().get(choice.scores()[k]);
            if (!score[k].type().isFloat()) {
                throw new PredictionFileException(file, null, score[k].name(), "dtype " + descr(score[k].type())
                        + ": logits or probabilities must be float32 or float64");
            }
        }
        NpyHeader.Field label = h.fields().get(choice.label());
        int rb = h.rowBytes();
        ByteBuffer b = ByteBuffer.allocate(CHUNK_ROWS * rb).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        double[] row = new double[c];
        for (long start = 0; start < rows; start += CHUNK_ROWS) {
            monitor.step((double) start / rows);
            int n = (int) Math.min(CHUNK_ROWS, rows - start);
            fill(ch, b, n * rb, file, null);
            for (int i = 0; i < n; i++) {
                int at = i * rb;
                try {
                    double y = get(label, b, at);
                    if (c == 1) {
                        sink.binaryRow(get(score[0], b, at), y);
                    } else {
                        for (int k = 0; k < c; k++) {
                            row[k] = get(score[k], b, at);
                        }
                        sink.row(row, y);
                    }
                } catch (RowProblem p) {
                    problem(sink, options, file, "index " + (start + i), choice.name(p.column), p.getMessage());
                }
            }
        }
        monitor.step(1.0);
        return sink.finish(file, choice.classNames());
    }

    private static double get(NpyHeader.Field f, ByteBuffer b, int at) {
        b.order(f.type().order());
        return f.type().get(b, at + f.offset());
    }

    private static void problem(RowSink sink, ReadOptions options, String file, String where, String column, String what)
            throws PredictionFileException {
        PredictionFileException e = new PredictionFileException(file, where, column, what);
        if (options.onError() == OnError.STOP) {
            throw e;
        }
        sink.skip(e.getMessage());
    }

    private static void checkRows(String file, long rows) throws PredictionFileException {
        if (rows > Integer.MAX_VALUE - 8) {
            throw new PredictionFileException(file, null, null, rows + " rows: at most " + (Integer.MAX_VALUE - 8));
        }
    }

    private static String descr(NpyType t) {
        return (t.order() == java.nio.ByteOrder.BIG_ENDIAN ? ">" : "<") + t.kind() + t.size();
    }

    /** Reads exactly {@code bytes} into b from its start. */
    static void fill(ReadableByteChannel ch, ByteBuffer b, int bytes, String file, String array) throws IOException {
        b.clear().limit(bytes);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new PredictionFileException(file, null, array, "truncated: the data ends before the shape says");
            }
        }
        b.flip();
    }
}
