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
import java.util.List;
import java.util.concurrent.CancellationException;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * CSV or TSV with a header row. A plain file (no quote character, no byte-order mark) is read by the byte scan
 * of {@link PlainCsvReader}; anything else, or a file it gives up on, is streamed with FastCSV. Both give the
 * same rows and messages (one {@link CsvRows}, one number parser). On the FastCSV path fields arrive as
 * character ranges and numbers are parsed in place by FastDoubleParser (same results as
 * {@link Double#parseDouble}), so no String is made per field; only the selected columns are parsed. The bytes
 * are read as ISO-8859-1 — one char per byte, several times cheaper to decode than UTF-8 — and any text shown
 * (header names, a bad value) is decoded back as UTF-8, which gives exactly the UTF-8 reading (numbers are ASCII
 * either way).
 */
final class CsvPredictionReader {
    private CsvPredictionReader() {}

    static PredictionSet read(Path file, ReadOptions options, Monitor monitor) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        char separator = separator(file, name);
        PlainCsvReader plain = new PlainCsvReader(name, separator, options, monitor, size);
        PredictionSet fast = plain.read(file);
        if (fast != null) {
            return fast;
        }
        // something the byte scan does not read (a quote, a byte-order mark, a lone CR): FastCSV reads it all,
        // its progress continuing from where the fast path's left the bar
        return readFastCsv(file, name, separator, size, options, monitor.range(plain.reached(), 1.0));
    }

    /**
     * The fast path alone, in two parts from {@code twoPartsMin} bytes: the set, or null where it gives up (for
     * the tests).
     */
    static PredictionSet readPlain(Path file, ReadOptions options, Monitor monitor, long twoPartsMin) throws IOException {
        String name = file.getFileName().toString();
        return new PlainCsvReader(name, separator(file, name), options, monitor, Files.size(file), twoPartsMin).read(file);
    }

    /** The general path alone (FastCSV), whatever the file: what the tests compare the fast path with. */
    static PredictionSet readFastCsv(Path file, ReadOptions options, Monitor monitor) throws IOException {
        String name = file.getFileName().toString();
        return readFastCsv(file, name, separator(file, name), Files.size(file), options, monitor);
    }

    private static PredictionSet readFastCsv(Path file, String name, char separator, long size, ReadOptions options,
            Monitor monitor) throws IOException {
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
        if (handler.rows == null) {
            throw new PredictionFileException(name, null, null, "empty file (no header row)");
        }
        monitor.step(1.0);
        return handler.rows.finish();
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
        CsvRows rows;
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
            if (rows != null) {
                rows.begin();
            } else if (header == null) {
                header = new ArrayList<>();
            }
        }

        @Override
        protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
            consumed += len + 1;
            if (rows == null) {
                header.add(utf8(buf, off, len));
                return;
            }
            int r = rows.role(index);
            if (!rows.wants(r)) {
                return;
            }
            try {
                rows.value(r, JavaDoubleParser.parseDouble(buf, off, len));
            } catch (NumberFormatException e) {
                rows.notANumber(r, utf8(buf, off, len));
            }
        }

        @Override
        protected Boolean buildRecord() {
            if (getRecordType() == de.siegmar.fastcsv.reader.RecordType.EMPTY) {
                // A blank line (often the last one) is no row: skipped under either policy, like pandas does.
                // FastCSV's skipEmptyLines applies to its own handlers only; a custom one sees the line.
                return null;
            }
            try {
                if (rows == null) {
                    rows = new CsvRows(file, header, options);
                    return Boolean.TRUE;
                }
                if ((++records & 0xFFFF) == 0) {
                    monitor.step(Math.min(1.0, consumed / size));
                }
                rows.end(getStartingLineNumber(), getFieldCount());
            } catch (PredictionFileException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        }
    }
}
