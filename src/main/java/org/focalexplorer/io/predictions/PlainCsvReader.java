package org.focalexplorer.io.predictions;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * The fast path for the common file: plain numbers, no quote character anywhere. It scans the bytes for the
 * separator and line ends and hands each selected field to FastDoubleParser's {@code byte[]} API, which reads a
 * byte as its ISO-8859-1 character, so each value is exactly what the FastCSV path parses from the same bytes.
 * It makes no char copy of the file (FastCSV decodes every byte to a char first) and no callback per field.
 *
 * <p>It keeps FastCSV's reading of the file as this project configures it: LF or CRLF line ends, a blank line
 * is no record (but counts as a line), a trailing separator makes an empty last field, a last line without a
 * line end is a record. Everything a record means — checks, messages, skipping — is {@link CsvRows}, shared with
 * the FastCSV path. It gives up, before or during the read, on anything else: a quote character (a quoted field
 * may hold separators and line breaks), a byte-order mark (FastCSV then decodes another charset), a CR that does
 * not end a CRLF (FastCSV takes it as a line end), a line longer than {@link #CHUNK} bytes. The caller then reads
 * the whole file again with FastCSV; rows already taken are dropped with this reader.
 *
 * <p><b>Two parts at once.</b> A file of {@link #TWO_PARTS_MIN} bytes or more is cut at the first line end after
 * its middle (with no quote anywhere, every LF ends a record) and the second part is read on a second thread
 * into its own rows, while this thread reads the first; then the second part's rows are appended. Its line
 * numbers are known only then (the first part's lines are counted as it goes), so its messages are worded at
 * the end. The result is the one-thread read's: the same rows in order, counts and flags combined, the first
 * bad row in file order under "stop" (a bad row in the second part waits for the first part to finish clean),
 * the skipped rows' messages in file order. Progress counts the bytes of both parts; Cancel stops both.
 */
final class PlainCsvReader {
    /** Bytes read at once; a longer line gives up. */
    static final int CHUNK = 1 << 20;
    /** Files this large are read in two parts on two threads (when there are two processors). */
    static final long TWO_PARTS_MIN = 32L << 20;

    /** Leaves for the FastCSV path. No stack trace: it is control flow. */
    private static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    private final String file;
    private final ReadOptions options;
    private final Monitor monitor;
    private final double size;
    private final byte separator;
    /** The bytes that end an unquoted field here: the separator, LF, CR, and the quote (which gives up). */
    private final boolean[] special = new boolean[256];
    private final long twoPartsMin;
    private CsvRows rows;
    /** Lines read (1-based line of the record being read, as FastCSV counts: blank lines and the header count). */
    private long line;
    private long records;
    /** File offset of buf[0]. */
    private long offset;
    /** The last fraction reported to the monitor. */
    private double reached;

    // ---- two parts: the first part's reader holds the second's, which runs on its own thread ----
    private PlainCsvReader second;
    private Thread secondThread;
    private long split = -1;
    private FileChannel channel;
    /** The file's length when the read began. */
    private long total;
    /** The second part: where it starts, bytes done (for progress), asked to stop, and how it ended. */
    private long from;
    private volatile long done;
    private volatile boolean stop;
    private boolean unusual;
    private PredictionFileException error;
    private long errorLine;
    private Throwable failure;

    /**
     * In two parts from {@link #TWO_PARTS_MIN} bytes, or from the system property
     * {@code focalexplorer.csv.twoPartsMin} (bytes; a benchmark sets it very large to compare one thread).
     */
    PlainCsvReader(String file, char separator, ReadOptions options, Monitor monitor, long size) {
        this(file, separator, options, monitor, size, Long.getLong("focalexplorer.csv.twoPartsMin", TWO_PARTS_MIN));
    }

    /** @param twoPartsMin the size from which the file is read in two parts (the tests make it small) */
    PlainCsvReader(String file, char separator, ReadOptions options, Monitor monitor, long size, long twoPartsMin) {
        this.file = file;
        this.options = options;
        this.monitor = monitor;
        this.size = Math.max(1, size);
        this.separator = (byte) separator;
        this.twoPartsMin = twoPartsMin;
        special[separator] = true;
        special['\n'] = true;
        special['\r'] = true;
        special['"'] = true;
    }

    /** The fraction of the file reported so far (where a FastCSV read after giving up continues the bar). */
    double reached() {
        return reached;
    }

    /**
     * The set, or null when the file needs the FastCSV path.
     *
     * @throws PredictionFileException a bad header or row, as the FastCSV path words it
     */
    PredictionSet read(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            channel = ch;
            total = ch.size();
            if (total >= twoPartsMin && Runtime.getRuntime().availableProcessors() >= 2) {
                split = splitPoint(ch, total);
            }
            try {
                part(ch, 0, split >= 0 ? split : total);
                if (split >= 0) {
                    if (second == null) {
                        return null; // no header in the first half: a file of blank lines, let FastCSV say so
                    }
                    if (!joinSecond()) {
                        return null;
                    }
                }
            } catch (Unusual u) {
                return null;
            } finally {
                stopSecond();
            }
        }
        if (rows == null) {
            throw new PredictionFileException(file, null, null, "empty file (no header row)");
        }
        monitor.step(1.0);
        return rows.finish();
    }

    /** The offset after the first LF at or after the middle, or −1 (read in one part). */
    private static long splitPoint(FileChannel ch, long total) throws IOException {
        long middle = total / 2;
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(CHUNK, total - middle));
        while (b.hasRemaining() && ch.read(b, middle + b.position()) > 0) {
            // positional reads until the window is full
        }
        for (int i = 0; i < b.position(); i++) {
            if (b.get(i) == '\n') {
                long at = middle + i + 1;
                return at < total ? at : -1;
            }
        }
        return -1;
    }

    /** Reads the records of bytes [start, end) of the file; the part's end is a line end or the file's end. */
    private void part(FileChannel ch, long start, long end) throws IOException, Unusual {
        byte[] buf = new byte[CHUNK];
        offset = start;
        int len = fill(ch, buf, 0, start, end);
        if (start == 0 && len > 0 && bom(buf[0])) {
            throw UNUSUAL;
        }
        while (true) {
            boolean last = offset + len == end;
            int limit = last ? len : afterLastLineFeed(buf, len);
            if (limit < 0) {
                throw UNUSUAL; // a line longer than the buffer
            }
            records(buf, limit, last && end == total);
            if (last) {
                return;
            }
            int tail = len - limit;
            System.arraycopy(buf, limit, buf, 0, tail);
            offset += limit;
            if (stop) {
                return; // the second part, asked to stop: the first part's outcome decides
            }
            done = offset - from;
            len = tail + fill(ch, buf, tail, offset + tail, end);
        }
    }

    /** Reads bytes [at, end) of the file into buf from {@code off} until it is full or the part ends. */
    private static int fill(FileChannel ch, byte[] buf, int off, long at, long end) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, off, (int) Math.min(buf.length - off, end - at));
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position() - off) < 0) {
                break; // the file shrank while being read: what is there is read
            }
        }
        return b.position() - off;
    }

    /** The first byte of a UTF-8, UTF-16 or UTF-32 byte-order mark (a file starting with a NUL byte gives up too). */
    private static boolean bom(byte b) {
        return b == (byte) 0xEF || b == (byte) 0xFE || b == (byte) 0xFF || b == 0;
    }

    private static int afterLastLineFeed(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Reads the records of buf[0, limit): whole lines, except at the end of the file ({@code eof}), where the
     * last line may have no line end.
     */
    private void records(byte[] buf, int limit, boolean eof) throws IOException, Unusual {
        int pos = 0;
        final boolean[] special = this.special;
        final byte sep = separator;
        while (pos < limit) {
            line++;
            byte b = buf[pos];
            if (b == '\n') {
                pos++;
                continue; // a blank line: no record
            }
            if (b == '\r') {
                if (pos + 1 < limit && buf[pos + 1] == '\n') {
                    pos += 2;
                    continue;
                }
                throw UNUSUAL;
            }
            if (rows == null) {
                pos = header(buf, pos, limit);
                continue;
            }
            rows.begin();
            int field = 0;
            while (true) {
                int start = pos;
                int end = pos;
                while (end < limit && !special[buf[end] & 0xFF]) {
                    end++;
                }
                if (end == limit) {
                    field(field++, buf, start, end); // the file's last line, without a line end
                    pos = end;
                    break;
                }
                byte c = buf[end];
                if (c == '"') {
                    throw UNUSUAL;
                }
                field(field++, buf, start, end);
                pos = end + 1;
                if (c == sep) {
                    if (pos == limit && eof) {
                        field(field++, buf, pos, pos); // a separator ends the file: one more, empty field
                        break;
                    }
                    continue;
                }
                if (c == '\r') {
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                        break;
                    }
                    throw UNUSUAL;
                }
                break; // LF
            }
            if ((++records & 0xFFFF) == 0 && monitor != null) {
                long secondDone = second != null ? second.done : 0;
                reached = Math.min(1.0, (offset + pos + secondDone) / size);
                monitor.step(reached);
            }
            rows.end(line, field);
        }
    }

    private void field(int index, byte[] buf, int start, int end) {
        int r = rows.role(index);
        if (!rows.wants(r)) {
            return;
        }
        int len = end - start;
        if (len == 1) {
            int digit = buf[start] - '0';
            if (digit >= 0 && digit <= 9) {
                rows.value(r, digit); // a one-digit label: what the parser gives, without the call
                return;
            }
        }
        try {
            rows.value(r, JavaDoubleParser.parseDouble(buf, start, len));
        } catch (NumberFormatException e) {
            rows.notANumber(r, new String(buf, start, len, StandardCharsets.UTF_8));
        }
    }

    /** The header line from {@code pos}: its names (UTF-8), split at the separator; returns the next line's start. */
    private int header(byte[] buf, int pos, int limit) throws IOException, Unusual {
        List<String> names = new ArrayList<>();
        int start = pos;
        while (true) {
            int end = start;
            while (end < limit && !special[buf[end] & 0xFF]) {
                end++;
            }
            names.add(new String(buf, start, end - start, StandardCharsets.UTF_8));
            if (end == limit) {
                pos = end;
                break;
            }
            byte c = buf[end];
            if (c == '"') {
                throw UNUSUAL;
            }
            pos = end + 1;
            if (c == separator) {
                if (pos == limit) {
                    names.add(""); // a separator ends the file (a chunk's limit follows a LF, so this is the end)
                    break;
                }
                start = pos;
                continue;
            }
            if (c == '\r') {
                if (pos < limit && buf[pos] == '\n') {
                    pos++;
                    break;
                }
                throw UNUSUAL;
            }
            break;
        }
        rows = new CsvRows(file, names, options);
        if (split >= 0) {
            startSecond(names);
        }
        return pos;
    }

    // ---- the second part ----

    private void startSecond(List<String> names) throws PredictionFileException {
        second = new PlainCsvReader(file, (char) separator, options, null, total, Long.MAX_VALUE);
        second.rows = new CsvRows(file, names, options);
        second.rows.numberLinesLater();
        second.channel = channel;
        second.total = total;
        second.from = split;
        PlainCsvReader s = second;
        secondThread = new Thread(() -> s.runSecond(split, total), "csv-second-part");
        secondThread.setDaemon(true);
        secondThread.start();
    }

    /** The second part's thread: reads to the end of the file and keeps how it ended. */
    private void runSecond(long start, long end) {
        try {
            part(channel, start, end);
        } catch (Unusual u) {
            unusual = true;
        } catch (PredictionFileException e) {
            error = e;
            errorLine = line;
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * After the first part: waits for the second (reporting progress, so Cancel still works), then takes its
     * rows. False when it met something for FastCSV.
     */
    private boolean joinSecond() throws IOException {
        while (secondThread.isAlive()) {
            try {
                secondThread.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + file);
            }
            reached = Math.max(reached, Math.min(1.0, (split + second.done) / size));
            monitor.step(reached);
        }
        PlainCsvReader s = second;
        if (s.unusual) {
            return false;
        }
        if (s.failure instanceof IOException e) {
            throw e;
        }
        if (s.failure instanceof RuntimeException e) {
            throw e;
        }
        if (s.failure instanceof Error e) {
            throw e;
        }
        if (s.error != null) {
            throw new PredictionFileException(file, "line " + (line + s.errorLine), s.error.column(), s.error.problem());
        }
        rows.sink.absorb(s.rows.sink, s.rows.laterMessages(line));
        return true;
    }

    /** Stops the second part (if it is still reading) and waits for it: nothing runs on after a read returns. */
    private void stopSecond() {
        if (secondThread == null) {
            return;
        }
        second.stop = true;
        boolean interrupted = false;
        while (secondThread.isAlive()) {
            try {
                secondThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
