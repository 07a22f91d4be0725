package org.focalexplorer.io.predictions;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file offers to choose from before it is read: its column names (a CSV header, the fields of a
 * structured .npy) or its arrays (an .npz), and whether the reader could pick the label by its name alone.
 * Only the head of the file is read. A view asks the user to choose the columns when the choice is
 * {@link Kind#AMBIGUOUS}, and for the labels file when it is {@link Kind#NEEDS_LABELS_FILE}.
 *
 * @param kind  what the reader will do with {@link ReadOptions#defaults()}
 * @param names the columns or arrays, in the file's order (empty for a plain .npy)
 */
public record ColumnNames(Kind kind, List<String> names) {
    /** Whether a file can be read with its columns found by name. */
    public enum Kind {
        /** One column or array is named like a label (label, labels, target, targets, y, class). */
        CLEAR,
        /** None or several are: the user picks the score column(s) and the label. */
        AMBIGUOUS,
        /** A plain .npy of logits: the labels are in a second .npy. */
        NEEDS_LABELS_FILE,
        /** An .npz holding one array: the reader looks inside it (a structured array) and says what is wrong. */
        INSIDE
    }

    public ColumnNames {
        names = List.copyOf(names);
    }

    /**
     * @throws PredictionFileException an empty file or a broken header, named as the reader would
     */
    public static ColumnNames of(Path file, PredictionFormat format) throws IOException {
        String name = file.getFileName().toString();
        PredictionFormat f = format != null ? format : PredictionFormat.of(file);
        return switch (f) {
            case NPY -> npy(file, name);
            case NPZ -> npz(file, name);
            default -> csv(file, name);
        };
    }

    /** Whether {@code name} marks the label column when none is given. */
    public static boolean labelLike(String name) {
        return ColumnChoice.LABEL_NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static ColumnNames csv(Path file, String name) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || header.isBlank()) {
                throw new PredictionFileException(name, null, null, "empty file (no header row)");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            char sep = header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
            List<String> names = new ArrayList<>();
            for (String n : header.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)) {
                String s = n; // as the reader sees it: a name is matched exactly
                names.add(s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s);
            }
            return named(names);
        }
    }

    private static ColumnNames npy(Path file, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader h = NpyHeader.read(ch, name, null);
            if (!h.structured()) {
                return new ColumnNames(Kind.NEEDS_LABELS_FILE, List.of());
            }
            return named(h.fields().stream().map(NpyHeader.Field::name).toList());
        }
    }

    private static ColumnNames npz(Path file, String name) throws IOException {
        List<String> members = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String m = e.nextElement().getName();
                if (m.endsWith(".npy")) {
                    members.add(m.substring(0, m.length() - 4));
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new PredictionFileException(name, null, null, "not a NumPy .npz (zip) file: " + e.getMessage());
        }
        if (members.size() <= 1) {
            return new ColumnNames(Kind.INSIDE, members);
        }
        long labels = members.stream().filter(ColumnNames::labelLike).count();
        return new ColumnNames(members.size() == 2 && labels == 1 ? Kind.CLEAR : Kind.AMBIGUOUS, members);
    }

    /** Exactly one label-like name among at least two: the reader's own rule ({@link ColumnChoice}). */
    private static ColumnNames named(List<String> names) {
        long labels = names.stream().filter(ColumnNames::labelLike).count();
        return new ColumnNames(labels == 1 && names.size() >= 2 ? Kind.CLEAR : Kind.AMBIGUOUS, names);
    }
}
