package org.focalexplorer.io.predictions;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * CSV or TSV with a header row, streamed with FastCSV. Fields arrive as character ranges and numbers are
 * parsed in place by FastDoubleParser (same results as {@link Double#parseDouble}), so no String is made
 * per field; only the selected columns are parsed. The bytes are read as ISO-8859-1 — one char per byte, several
 * times cheaper to decode than UTF-8 — and any text shown (header names, a bad value) is decoded back as
 * UTF-8, which gives exactly the UTF-8 reading (numbers are ASCII either way).
 */
final class CsvPredictionReader {
    private CsvPredictionReader() {}

    static PredictionSet read(Path file, ReadOptions options, Monitor monitor) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        char separator = separator(file, name);
        Handler handler = new Handler(name, options, monitor, size);
        try (CsvReader<Boolean> reader = CsvReader.builder().fieldSeparator(separator)
                .allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true).detectBomHeader(true)
                .build(handler, file, StandardCharsets.ISO_8859_1)) {
            for (Boolean ignored : reader) {
                // the handler does the work record by record
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            // FastCSV wraps what the handler throws (a bad row, a cancellation) in its own exception
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (t instanceof CancellationException c) {
                    throw c;
                }
            }
            throw new PredictionFileException(name, null, null, "not valid CSV: " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
        }
        if (handler.sink == null) {
            throw new PredictionFileException(name, null, null, "empty file (no header row)");
        }
        monitor.step(1.0);
        return handler.sink.finish(name, handler.choice.classNames());
    }

    /** Tab if the header (the first line that is not empty) has a tab and no comma, else comma. */
    private static char separator(Path file, String name) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            for (int blank = 0; header != null && header.isEmpty() && blank < 1000; blank++) {
                header = r.readLine(); // blank lines before the header are skipped, as after it
            }
            if (header == null || header.isBlank()) {
                throw new PredictionFileException(name, null, null, "empty file (no header row)");
            }
            return header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
        }
    }

    /** The UTF-8 text of chars that are bytes (read as ISO-8859-1). */
    static String utf8(char[] buf, int off, int len) {
        return new String(new String(buf, off, len).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static final class Handler extends AbstractBaseCsvCallbackHandler<Boolean> {
        private final String file;
        private final ReadOptions options;
        private final Monitor monitor;
        private final double size;
        private List<String> header;
        private int headerFields;
        ColumnChoice choice;
        RowSink sink;
        /** Column index → score slot, or LABEL, or −2 for unused. */
        private int[] role = new int[0];
        private double[] scores;
        private double label;
        private int problemColumn;
        private String problem;
        private long records;
        /**
         * Bytes of the file parsed so far, for progress: each field's characters plus one for its separator or
         * line end (quotes and a CR of CRLF are not counted, so it runs slightly behind). FastCSV's callbacks give
         * a record's line number, not its offset in the file.
         */
        private long consumed;

        Handler(String file, ReadOptions options, Monitor monitor, long size) {
            this.file = file;
            this.options = options;
            this.monitor = monitor;
            this.size = Math.max(1, size);
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            problem = null;
            if (header == null) {
                header = new ArrayList<>();
            }
        }

        @Override
        protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
            consumed += len + 1;
            if (sink == null) {
                header.add(utf8(buf, off, len));
                return;
            }
            int r = index < role.length ? role[index] : RowProblem.ROW;
            if (r == RowProblem.ROW || problem != null) {
                return;
            }
            double v;
            try {
                v = JavaDoubleParser.parseDouble(buf, off, len);
            } catch (NumberFormatException e) {
                problem = "\"" + utf8(buf, off, len) + "\" is not a number";
                problemColumn = r;
                return;
            }
            if (r == RowProblem.LABEL) {
                label = v;
            } else {
                scores[r] = v;
            }
        }

        @Override
        protected Boolean buildRecord() {
            if (getRecordType() == de.siegmar.fastcsv.reader.RecordType.EMPTY) {
                // A blank line (often the last one) is no row: skipped under either policy, like pandas does.
                // FastCSV's skipEmptyLines applies to its own handlers only; a custom one sees the line.
                return null;
            }
            if (sink == null) {
                startData();
                return Boolean.TRUE;
            }
            if ((++records & 0xFFFF) == 0) {
                monitor.step(Math.min(1.0, consumed / size));
            }
            try {
                if (getFieldCount() != headerFields) {
                    throw new RowProblem(RowProblem.ROW, "expected " + headerFields + " columns, found " + getFieldCount());
                }
                if (problem != null) {
                    throw new RowProblem(problemColumn, problem);
                }
                if (sink.binary()) {
                    sink.binaryRow(scores[0], label);
                } else {
                    sink.row(scores, label);
                }
            } catch (RowProblem p) {
                String message = PredictionFileException.format(file, "line " + getStartingLineNumber(),
                        choice.name(p.column), p.getMessage());
                if (options.onError() == OnError.STOP) {
                    throw new UncheckedIOException(new PredictionFileException(file, "line " + getStartingLineNumber(),
                            choice.name(p.column), p.getMessage()));
                }
                sink.skip(message);
            }
            return Boolean.TRUE;
        }

        private void startData() {
            headerFields = header.size();
            try {
                choice = ColumnChoice.of(file, header, options.columns());
            } catch (PredictionFileException e) {
                throw new UncheckedIOException(e);
            }
            role = new int[headerFields];
            Arrays.fill(role, RowProblem.ROW);
            for (int s = 0; s < choice.scores().length; s++) {
                role[choice.scores()[s]] = s;
            }
            role[choice.label()] = RowProblem.LABEL;
            scores = new double[choice.scores().length];
            sink = new RowSink(scores.length, options.scoreKind(), options.ignoreIndex());
        }
    }
}
