package org.focalexplorer.io;

import java.util.List;

/**
 * CSV text (RFC 4180: comma separated, CRLF-free "\n" lines, fields quoted when they hold a comma, a quote
 * or a line break). Numbers are written with {@link Double#toString}, which reads back to the very same
 * double; columns of different lengths are padded with empty fields.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** A header row of {@code names}, then one row per index of the longest column. */
    public static String columns(List<String> names, List<double[]> columns) {
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException("names = " + names.size() + " but columns = " + columns.size());
        }
        StringBuilder sb = new StringBuilder();
        row(sb, names);
        int rows = 0;
        for (double[] c : columns) {
            rows = Math.max(rows, c.length);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                double[] col = columns.get(c);
                if (r < col.length) {
                    sb.append(Double.toString(col[r]));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Rows of text, the first one being the header. */
    public static String rows(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            row(sb, r);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append('\n');
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
