package org.focalexplorer.io.predictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.analysis.predictions.ScoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-scan fast path ({@link PlainCsvReader}) against the FastCSV path on the same files: the same rows bit
 * for bit (margins compared as raw bits, so −0.0 and 0.0 differ), labels, storage, load summary and the same
 * message for the first bad row; and it really is the fast path that read them (it gives up only where it says).
 * Files are generated from fixed seeds: numbers in many spellings (exponents, negative zero, 25 digits,
 * subnormals, hex, signs, padding), LF and CRLF, with and without a last line end, blank lines, TSV, extra and
 * chosen columns, multi-class, files of several chunks, and bad rows of every kind under both policies.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainCsvReaderTest {
    @TempDir
    Path dir;

    private int files;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(files++ + "-" + name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** A number as files write it, in one of many spellings (all finite). */
    static String number(Random r) {
        double v = switch (r.nextInt(6)) {
            case 0 -> r.nextGaussian() * 4;
            case 1 -> Math.scalb(r.nextDouble() - 0.5, r.nextInt(200) - 100);
            case 2 -> (float) (r.nextGaussian() * 8);
            case 3 -> r.nextInt(41) - 20;
            case 4 -> Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (r.nextBoolean() ? 1 : -1);
            default -> Double.MIN_VALUE * r.nextInt(1000);
        };
        return switch (r.nextInt(12)) {
            case 0 -> Math.abs(v) <= Float.MAX_VALUE ? Float.toString((float) v) : Double.toString(v);
            case 1 -> String.format(java.util.Locale.ROOT, "%.25f", v);
            case 2 -> String.format(java.util.Locale.ROOT, "%.17e", v);
            case 3 -> String.format(java.util.Locale.ROOT, "%.6E", v).replace("E+0", "e");
            case 4 -> r.nextBoolean() ? "-0.0" : "-0";
            case 5 -> Double.toHexString(v);
            case 6 -> (v >= 0 && r.nextBoolean() ? "+" : "") + (long) v;
            case 7 -> " " + v + " ";
            case 8 -> String.format(java.util.Locale.ROOT, "%.3f", v).replaceFirst("^0\\.", ".").replaceFirst("^-0\\.", "-.");
            case 9 -> (long) v + ".";
            default -> Double.toString(v);
        };
    }

    /** A binary file: logit and label, with the given line end, blank lines now and then, a last line end or not. */
    static String binary(Random r, int rows, String sep, String eol, boolean lastEol, boolean extraColumn) {
        StringBuilder sb = new StringBuilder();
        sb.append(extraColumn ? "id" + sep : "").append("logit").append(sep).append("label").append(eol);
        for (int i = 0; i < rows; i++) {
            if (r.nextInt(50) == 0) {
                sb.append(eol); // a blank line
            }
            if (extraColumn) {
                sb.append(r.nextInt(1000)).append(sep);
            }
            String label = r.nextInt(20) == 0 ? (r.nextBoolean() ? "1.0" : "0e5") : (r.nextInt(4) == 0 ? "1" : "0");
            sb.append(number(r)).append(sep).append(label);
            if (i < rows - 1 || lastEol) {
                sb.append(eol);
            }
        }
        return sb.toString();
    }

    private void assertSame(Path p, ReadOptions o) throws IOException {
        Object general = outcome(() -> CsvPredictionReader.readFastCsv(p, o, Monitor.NONE));
        Object fast = outcome(() -> CsvPredictionReader.readPlain(p, o, Monitor.NONE, Long.MAX_VALUE));
        assertThat(fast).as("the fast path read %s", p.getFileName()).isNotNull();
        assertThat(fast).as(p.getFileName().toString()).isEqualTo(general);
        // the same in two parts on two threads (cut after the middle whatever the size)
        assertThat(outcome(() -> CsvPredictionReader.readPlain(p, o, Monitor.NONE, 0))).as("two parts").isEqualTo(general);
        assertThat(outcome(() -> PredictionReader.read(p, o, Monitor.NONE))).isEqualTo(general);
    }

    interface Read {
        PredictionSet read() throws IOException;
    }

    /** Everything a read gives, comparable: the rows bit for bit and the summary, or the exception's message. */
    static Object outcome(Read read) {
        try {
            PredictionSet s = read.read();
            if (s == null) {
                return null;
            }
            long[] bits = new long[s.rows()];
            int[] labels = new int[s.rows()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = Double.doubleToRawLongBits(s.margin(i));
                labels[i] = s.label(i);
            }
            return List.of(s.source(), s.binary(), s.classNames(), s.margins().isFloat(), java.util.Arrays.toString(bits),
                    java.util.Arrays.toString(labels), s.summary().scoreKind(), s.summary().skippedRows(),
                    s.summary().ignoredRows(), s.summary().clampedProbabilities(), s.summary().firstProblems()).toString();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void randomBinaryFilesGiveTheSameRowsBitForBit() throws IOException {
        Random r = new Random(20261208);
        for (int t = 0; t < 40; t++) {
            String sep = t % 5 == 4 ? "\t" : ",";
            String eol = t % 2 == 0 ? "\n" : "\r\n";
            boolean extra = t % 3 == 0;
            Path p = write(sep.equals("\t") ? "b.tsv" : "b.csv", binary(r, 1 + r.nextInt(3000), sep, eol, t % 4 < 2, extra));
            assertSame(p, ReadOptions.defaults());
            if (extra) {
                assertSame(p, ReadOptions.defaults().withColumns(List.of("id", "label")));
            }
        }
    }

    @Test
    void filesOfSeveralChunksWithLinesAcrossTheBoundaries() throws IOException {
        Random r = new Random(7);
        for (String eol : List.of("\n", "\r\n")) {
            String text = binary(r, 200_000, ",", eol, false, false);
            assertThat(text.length()).isGreaterThan(3 * PlainCsvReader.CHUNK);
            assertSame(write("big.csv", text), ReadOptions.defaults());
            assertSame(write("big.csv", text), ReadOptions.defaults().withOnError(OnError.SKIP));
        }
    }

    @Test
    void multiClassLogitsProbabilitiesAndIgnoreIndex() throws IOException {
        Random r = new Random(11);
        StringBuilder logits = new StringBuilder("a,b,c,class\n");
        StringBuilder probs = new StringBuilder("a\tb\tc\tclass\r\n");
        for (int i = 0; i < 2000; i++) {
            logits.append(number(r)).append(',').append(number(r)).append(',').append(number(r)).append(',')
                    .append(r.nextInt(20) == 0 ? 255 : r.nextInt(3)).append('\n');
            double a = r.nextDouble();
            double b = (1 - a) * r.nextDouble();
            probs.append(a).append('\t').append(b).append('\t').append(1 - a - b).append('\t').append(r.nextInt(3)).append("\r\n");
        }
        ReadOptions ignore = ReadOptions.defaults().withIgnoreIndex(OptionalInt.of(255)).withOnError(OnError.SKIP);
        assertSame(write("m.csv", logits.toString()), ignore);
        assertSame(write("m.csv", logits.toString()), ReadOptions.defaults());
        assertSame(write("p.tsv", probs.toString()), ReadOptions.defaults());
        assertSame(write("p.tsv", probs.toString()), ReadOptions.defaults().withScoreKind(ScoreKind.PROBABILITIES));
        assertSame(write("p.tsv", probs.toString()), ReadOptions.defaults().withColumns(List.of("c", "a", "b", "class")));
    }

    /** Rows that are wrong in every way, one at a time (stop: the same message) and all together (skip). */
    @Test
    void badRowsGiveTheSameMessagesUnderBothPolicies() throws IOException {
        List<String> bad = List.of("abc,1", "NaN,0", "Infinity,1", "1e400,0", "2,2", "2,-1", "0.5,0.3", "1", "1,0,3", ",",
                "1,", ",0", "é,1", "1\u00a0,0", "0x1p3q,1", "1,1 1", "--1,0", "1e,0", " ,1", "1,0\u0000");
        Random r = new Random(3);
        StringBuilder all = new StringBuilder("logit,label\n");
        for (String row : bad) {
            String head = binary(r, 1 + r.nextInt(40), ",", "\n", true, false);
            String tail = binary(r, 5, ",", "\n", false, false);
            String text = head + row + "\n" + tail.substring(tail.indexOf('\n') + 1);
            assertSame(write("bad.csv", text), ReadOptions.defaults());
            assertSame(write("bad.csv", text), ReadOptions.defaults().withOnError(OnError.SKIP));
            all.append(row).append(r.nextBoolean() ? "\n" : "\r\n").append(number(r)).append(",1\n");
        }
        assertSame(write("all.csv", all.toString()), ReadOptions.defaults().withOnError(OnError.SKIP));
        assertSame(write("all.csv", all.toString()), ReadOptions.defaults());
        // a bad row in the last line without a line end, and a separator ending the file
        assertSame(write("end.csv", "logit,label\n1,0\n2,"), ReadOptions.defaults());
        assertSame(write("end.csv", "logit,label\n1,0\n2"), ReadOptions.defaults().withOnError(OnError.SKIP));
    }

    @Test
    void headersBlankLinesAndEmptyFiles() throws IOException {
        for (String text : List.of("", "\n\n", "logit,label", "logit,label\n", "\r\n\nlogit,label\r\n\r\n1,0\r\n\r\n",
                "s,t\n1,0\n", "logit,label,\n1,0,\n", "x,label,label\n1,0,1\n", "логит,label\n1,1\n", "logit,label\n\n\n")) {
            Path p = write("h.csv", text);
            Object general = outcome(() -> CsvPredictionReader.readFastCsv(p, ReadOptions.defaults(), Monitor.NONE));
            Object fast = outcome(() -> CsvPredictionReader.readPlain(p, ReadOptions.defaults(), Monitor.NONE, Long.MAX_VALUE));
            assertThat(fast).as(text).isEqualTo(general);
        }
        assertSame(write("u.csv", "логит,label\n1,1\n"), ReadOptions.defaults().withColumns(List.of("логит", "label")));
        assertSame(write("u.csv", "логит,label\n1,1\n"), ReadOptions.defaults().withColumns(List.of("logit", "label")));
    }

    /** Quotes, byte-order marks and lone CRs are the FastCSV path's: the fast path gives up and read() still agrees. */
    @Test
    void unusualFilesGoToFastCsv() throws IOException {
        Random r = new Random(5);
        String plain = binary(r, 60_000, ",", "\n", true, false);
        List<byte[]> unusual = new ArrayList<>();
        unusual.add(("\"logit\",label\n" + plain.substring(plain.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8));
        unusual.add((plain + "\"1.5\",1\n2,0\n").getBytes(StandardCharsets.UTF_8));
        unusual.add((plain + "1.5,\"x\ny\"\n").getBytes(StandardCharsets.UTF_8));
        unusual.add(("logit,label\r1,0\r2,1\r").getBytes(StandardCharsets.UTF_8));
        unusual.add((plain + "1,0\r").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write("logit,label\n1,0\né,1\n".getBytes(StandardCharsets.UTF_8));
        unusual.add(bom.toByteArray());
        StringBuilder longLine = new StringBuilder("logit,label\n1,0\n");
        longLine.append("1".repeat(PlainCsvReader.CHUNK + 10)).append(",0\n");
        unusual.add(longLine.toString().getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : unusual) {
            Path p = dir.resolve(files++ + "-q.csv");
            Files.write(p, bytes);
            for (ReadOptions o : List.of(ReadOptions.defaults(), ReadOptions.defaults().withOnError(OnError.SKIP))) {
                assertThat(outcome(() -> CsvPredictionReader.readPlain(p, o, Monitor.NONE, Long.MAX_VALUE))).as(p.toString()).isNull();
                assertThat(outcome(() -> CsvPredictionReader.readPlain(p, o, Monitor.NONE, 0))).as(p.toString()).isNull();
                assertThat(outcome(() -> PredictionReader.read(p, o, Monitor.NONE)))
                        .isEqualTo(outcome(() -> CsvPredictionReader.readFastCsv(p, o, Monitor.NONE)));
            }
        }
        // a bad row before the first quote is reported by the fast path itself, as FastCSV would
        Path early = write("early.csv", "logit,label\n1,0\nx,1\n\"2\",0\n");
        for (long twoPartsMin : new long[] {Long.MAX_VALUE, 0}) {
            assertThat((String) outcome(() -> CsvPredictionReader.readPlain(early, ReadOptions.defaults(), Monitor.NONE, twoPartsMin)))
                    .endsWith("early.csv: line 3, column \"logit\": \"x\" is not a number")
                    .isEqualTo(outcome(() -> CsvPredictionReader.readFastCsv(early, ReadOptions.defaults(), Monitor.NONE)));
        }
    }
    /** In two parts the bar still rises to 1 and Cancel stops both threads; no reader thread outlives a read. */
    @Test
    void twoPartsReportProgressAndCancel() throws IOException {
        Path p = write("big.csv", binary(new Random(13), 400_000, ",", "\n", true, false));
        List<Double> seen = new ArrayList<>();
        PredictionSet s = CsvPredictionReader.readPlain(p, ReadOptions.defaults(), new Monitor(seen::add, () -> false), 0);
        assertThat(s.rows()).isEqualTo(400_000);
        assertThat(seen).isSorted().contains(1.0);
        int[] calls = {0};
        Monitor cancelSecond = new Monitor(f -> { }, () -> ++calls[0] >= 2);
        assertThatThrownBy(() -> CsvPredictionReader.readPlain(p, ReadOptions.defaults(), cancelSecond, 0))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-second-part"));
    }
}
