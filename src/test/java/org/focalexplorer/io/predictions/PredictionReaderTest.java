package org.focalexplorer.io.predictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.analysis.predictions.ScoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format and each kind of bad input, with the values checked against independent formulas. */
class PredictionReaderTest {
    @TempDir
    Path dir;

    Path text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static PredictionSet read(Path p, ReadOptions o) throws IOException {
        return PredictionReader.read(p, o, Monitor.NONE);
    }

    static double[] margins(PredictionSet s) {
        double[] m = new double[s.rows()];
        for (int i = 0; i < m.length; i++) {
            m[i] = s.margin(i);
        }
        return m;
    }

    @Test
    void binaryCsvLogitsGiveSignedMargins() throws IOException {
        PredictionSet s = read(text("p.csv", "id,logit,label\n7,-3.25,0\n8,2.5,1\n9,0.1,0\n"),
                ReadOptions.defaults().withColumns(List.of("logit", "label")));
        assertThat(s.binary()).isTrue();
        assertThat(margins(s)).containsExactly(3.25, 2.5, -0.1);
        assertThat(s.label(1)).isEqualTo(1);
        assertThat(s.summary().scoreKind()).isEqualTo(ScoreKind.LOGITS);
        assertThat(s.margins().isFloat()).isFalse(); // 0.1 is not a float32: kept as a double
    }

    @Test
    void tsvAndLabelFoundByName() throws IOException {
        PredictionSet s = read(text("p.tsv", "score\ttarget\n-1.5\t0\n4\t1\n"), ReadOptions.defaults());
        assertThat(margins(s)).containsExactly(1.5, 4.0);
        assertThat(s.margins().isFloat()).isTrue();
    }

    @Test
    void probabilitiesAreDetectedConvertedExactlyAndClampsCounted() throws IOException {
        PredictionSet s = read(text("p.csv", "p,label\n0.9,1\n0.25,0\n1,1\n0,0\n0,1\n"), ReadOptions.defaults());
        assertThat(s.summary().scoreKind()).isEqualTo(ScoreKind.PROBABILITIES);
        assertThat(s.summary().clampedProbabilities()).isEqualTo(3);
        double e = 0x1p-53;
        assertThat(margins(s)).containsExactly(Math.log(0.9) - Math.log1p(-0.9), -(Math.log(0.25) - Math.log1p(-0.25)),
                Math.log(1 - e) - Math.log1p(-(1 - e)), -(Math.log(e) - Math.log1p(-e)), Math.log(e) - Math.log1p(-e));
        // the user can say they are logits after all
        PredictionSet l = read(dir.resolve("p.csv"), ReadOptions.defaults().withScoreKind(ScoreKind.LOGITS));
        assertThat(margins(l)).startsWith(0.9, -0.25);
    }

    @Test
    void multiClassLogitsReduceToTheTrueClassMargin() throws IOException {
        PredictionSet s = read(text("m.csv", "a,b,c,y\n1,2,3,0\n0.5,-1,2,2\n"), ReadOptions.defaults());
        assertThat(s.binary()).isFalse();
        assertThat(s.classes()).isEqualTo(3);
        // x_t = x_y − log Σ_{k≠y} e^{x_k}
        assertThat(s.margin(0)).isCloseTo(1 - Math.log(Math.exp(2) + Math.exp(3)), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(s.margin(1)).isCloseTo(2 - Math.log(Math.exp(0.5) + Math.exp(-1)), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(s.classNames()).containsExactly("a", "b", "c");
    }

    @Test
    void multiClassProbabilitiesAndIgnoreIndex() throws IOException {
        PredictionSet s = read(text("m.csv", "p0,p1,p2,label\n0.7,0.2,0.1,0\n0.1,0.1,0.8,255\n0.5,0.25,0.25,1\n"),
                ReadOptions.defaults().withIgnoreIndex(OptionalInt.of(255)));
        assertThat(s.summary().scoreKind()).isEqualTo(ScoreKind.PROBABILITIES);
        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.summary().ignoredRows()).isEqualTo(1);
        assertThat(s.margin(0)).isEqualTo(Math.log(0.7) - Math.log(0.2 + 0.1));
        assertThat(s.margin(1)).isEqualTo(Math.log(0.25) - Math.log(0.5 + 0.25));
    }

    // ---- bad input: one test per kind, the message names file, line or index, column ----

    @Test
    void wrongColumnCount() throws IOException {
        Path p = text("bad.csv", "logit,label\n1,0\n2\n");
        assertThatThrownBy(() -> read(p, ReadOptions.defaults())).isInstanceOf(PredictionFileException.class)
                .hasMessage("bad.csv: line 3: expected 2 columns, found 1");
    }

    @Test
    void blankLinesAreNoRowsUnderEitherPolicy() throws IOException {
        Path p = text("blank.csv", "\nlogit,label\n0.5,1\n\n-2,0\n1.5,1\n\n\n");
        for (OnError policy : OnError.values()) {
            PredictionSet s = read(p, ReadOptions.defaults().withOnError(policy));
            assertThat(margins(s)).as(policy.name()).containsExactly(0.5, 2.0, 1.5);
            assertThat(s.summary().skippedRows()).as(policy.name()).isZero();
        }
        // a row of empty fields is still a row, and still wrong
        Path q = text("commas.csv", "logit,label\n0.5,1\n,\n");
        assertThatThrownBy(() -> read(q, ReadOptions.defaults())).isInstanceOf(PredictionFileException.class)
                .hasMessageStartingWith("commas.csv: line 3");
    }

    @Test
    void notANumber() throws IOException {
        Path p = text("bad.csv", "logit,label\n1,0\nabc,1\n");
        assertThatThrownBy(() -> read(p, ReadOptions.defaults()))
                .hasMessage("bad.csv: line 3, column \"logit\": \"abc\" is not a number");
    }

    @Test
    void nanScore() throws IOException {
        Path p = text("bad.csv", "logit,label\n1,0\n2,1\nNaN,0\n");
        assertThatThrownBy(() -> read(p, ReadOptions.defaults()))
                .hasMessage("bad.csv: line 4, column \"logit\": NaN is not a finite number");
    }

    @Test
    void labelOutOfRange() throws IOException {
        assertThatThrownBy(() -> read(text("bad.csv", "logit,label\n1,2\n"), ReadOptions.defaults()))
                .hasMessage("bad.csv: line 2, column \"label\": 2 is not 0 or 1");
        assertThatThrownBy(() -> read(text("m.csv", "a,b,y\n1,2,-1\n"), ReadOptions.defaults()))
                .hasMessage("m.csv: line 2, column \"y\": -1 is not a class in [0, 2)");
        assertThatThrownBy(() -> read(text("s.csv", "logit,label\n1,0.3\n"), ReadOptions.defaults()))
                .hasMessage("s.csv: line 2, column \"label\": 0.3 is a soft target; only labels 0 and 1 are supported");
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertThatThrownBy(() -> read(text("e.csv", ""), ReadOptions.defaults())).hasMessage("e.csv: empty file (no header row)");
        assertThatThrownBy(() -> read(text("h.csv", "logit,label\n"), ReadOptions.defaults())).hasMessage("h.csv: no rows");
    }

    @Test
    void ambiguousOrUnknownColumns() throws IOException {
        assertThatThrownBy(() -> read(text("a.csv", "s,t\n1,0\n"), ReadOptions.defaults()))
                .hasMessageStartingWith("a.csv: cannot tell the label column");
        assertThatThrownBy(() -> read(text("u.csv", "logit,label\n1,0\n"), ReadOptions.defaults().withColumns(List.of("score", "label"))))
                .hasMessage("u.csv: column \"score\": no such column (the file has [logit, label])");
    }

    @Test
    void skipPolicyCountsAndKeepsTheRest() throws IOException {
        PredictionSet s = read(text("bad.csv", "logit,label\n1,0\nx,1\n2,7\n3\n-4,1\n"),
                ReadOptions.defaults().withOnError(OnError.SKIP));
        assertThat(s.rows()).isEqualTo(2);
        assertThat(margins(s)).containsExactly(-1.0, -4.0);
        assertThat(s.summary().skippedRows()).isEqualTo(3);
        assertThat(s.summary().firstProblems()).containsExactly(
                "bad.csv: line 3, column \"logit\": \"x\" is not a number",
                "bad.csv: line 4, column \"label\": 7 is not 0 or 1",
                "bad.csv: line 5: expected 2 columns, found 1");
        assertThatThrownBy(() -> read(text("all.csv", "logit,label\nx,0\n"), ReadOptions.defaults().withOnError(OnError.SKIP)))
                .hasMessageStartingWith("all.csv: no usable rows (1 malformed rows skipped");
    }

    // ---- NumPy ----

    @Test
    void npyBinaryFloat32WithInt64LabelsEqualsTheCsv() throws IOException {
        double[] x = {-3.25, 2.5, 0.125, -7};
        Path logits = dir.resolve("x.npy");
        Path labels = dir.resolve("y.npy");
        Files.write(logits, Npy.array("<f4", "(4,)", x));
        Files.write(labels, Npy.array("<i8", "(4,)", 0, 1, 0, 1));
        PredictionSet s = read(logits, ReadOptions.defaults().withLabels(labels));
        assertThat(margins(s)).containsExactly(3.25, 2.5, -0.125, -7.0);
        assertThat(s.margins().isFloat()).isTrue();
        PredictionSet c = read(text("same.csv", "logit,label\n-3.25,0\n2.5,1\n0.125,0\n-7,1\n"), ReadOptions.defaults());
        assertThat(margins(c)).containsExactly(margins(s));
    }

    @Test
    void npyFloat64BigEndianAndUint8Labels() throws IOException {
        Path logits = dir.resolve("x.npy");
        Path labels = dir.resolve("y.npy");
        Files.write(logits, Npy.array(">f8", "(3,)", 0.1, -0.2, 5));
        Files.write(labels, Npy.array("|u1", "(3,)", 1, 0, 0));
        assertThat(margins(read(logits, ReadOptions.defaults().withLabels(labels)))).containsExactly(0.1, 0.2, -5.0);
    }

    @Test
    void npyMultiClassAndStructuredAndNpz() throws IOException {
        Path logits = dir.resolve("x.npy");
        Path labels = dir.resolve("y.npy");
        Files.write(logits, Npy.array("<f4", "(2, 3)", 1, 2, 3, 0.5, -1, 2));
        Files.write(labels, Npy.array("<i8", "(2,)", 0, 2));
        PredictionSet m = read(logits, ReadOptions.defaults().withLabels(labels));
        PredictionSet c = read(text("m.csv", "a,b,c,y\n1,2,3,0\n0.5,-1,2,2\n"), ReadOptions.defaults());
        assertThat(margins(m)).containsExactly(margins(c));

        Path st = dir.resolve("s.npy");
        Files.write(st, Npy.structured(new float[] {-1.5f, 3f}, new long[] {0, 1}));
        assertThat(margins(read(st, ReadOptions.defaults()))).containsExactly(1.5, 3.0);

        Path npz = dir.resolve("p.npz");
        Npy.zip(npz, new String[] {"logits", "labels"}, new byte[][] {Npy.array("<f4", "(2,)", -1.5, 3), Npy.array("<i8", "(2,)", 0, 1)});
        assertThat(margins(read(npz, ReadOptions.defaults()))).containsExactly(1.5, 3.0);
        Path npz1 = dir.resolve("q.npz");
        Npy.zip(npz1, new String[] {"preds"}, new byte[][] {Npy.structured(new float[] {-1.5f, 3f}, new long[] {0, 1})});
        assertThat(margins(read(npz1, ReadOptions.defaults()))).containsExactly(1.5, 3.0);
    }

    @Test
    void npyWrongDtypeShapeLengthAndValues() throws IOException {
        Path labels = dir.resolve("y.npy");
        Files.write(labels, Npy.array("<i8", "(2,)", 0, 1));
        Path ints = dir.resolve("i.npy");
        Files.write(ints, Npy.array("<i4", "(2,)", 1, 2));
        assertThatThrownBy(() -> read(ints, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("i.npy: column \"logits\": dtype <i4: logits or probabilities must be float32 or float64");
        Path str = dir.resolve("u.npy");
        Files.write(str, Npy.withHeader("{'descr': '<U10', 'fortran_order': False, 'shape': (2,), }", new byte[80]));
        assertThatThrownBy(() -> read(str, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("u.npy: dtype <U10 is not a number type (float32/64 or an integer)");
        Path three = dir.resolve("t.npy");
        Files.write(three, Npy.array("<f4", "(3,)", 1, 2, 3));
        assertThatThrownBy(() -> read(three, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("y.npy: column \"labels\": (2,) labels for (3,) scores: need one per row");
        Path cube = dir.resolve("c.npy");
        Files.write(cube, Npy.array("<f4", "(1, 1, 2)", 1, 2));
        assertThatThrownBy(() -> read(cube, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("c.npy: column \"logits\": shape (1, 1, 2): must be [N] or [N, C]");
        Path cut = dir.resolve("cut.npy");
        byte[] full = Npy.array("<f4", "(2,)", 1, 2);
        Files.write(cut, java.util.Arrays.copyOf(full, full.length - 3));
        assertThatThrownBy(() -> read(cut, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("cut.npy: truncated: the shape (2,) needs 8 bytes of data, the file has 5");
        Path fortran = dir.resolve("f.npy");
        Files.write(fortran, Npy.withHeader("{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }", new byte[8]));
        assertThatThrownBy(() -> read(fortran, ReadOptions.defaults().withLabels(labels)))
                .hasMessageContaining("fortran_order=True");
        Path nan = dir.resolve("n.npy");
        Files.write(nan, Npy.array("<f4", "(2,)", 1, Double.NaN));
        assertThatThrownBy(() -> read(nan, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("n.npy: index 1, column \"logits\": NaN is not a finite number");
        Path badLabels = dir.resolve("b.npy");
        Files.write(badLabels, Npy.array("<i8", "(2,)", 0, 3));
        Path ok = dir.resolve("ok.npy");
        Files.write(ok, Npy.array("<f4", "(2,)", 1, 2));
        assertThatThrownBy(() -> read(ok, ReadOptions.defaults().withLabels(badLabels)))
                .hasMessage("b.npy: index 1, column \"labels\": 3 is not 0 or 1");
        PredictionSet skipped = read(ok, ReadOptions.defaults().withLabels(badLabels).withOnError(OnError.SKIP));
        assertThat(skipped.rows()).isEqualTo(1);
        assertThat(skipped.summary().skippedRows()).isEqualTo(1);
        Path multiNan = dir.resolve("mn.npy");
        Files.write(multiNan, Npy.array("<f4", "(2, 2)", 1, 2, 3, Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> read(multiNan, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("mn.npy: index 1, column \"logits[:, 1]\": Infinity is not a finite number");
        Path notNpy = dir.resolve("z.npy");
        Files.writeString(notNpy, "logit,label\n");
        assertThatThrownBy(() -> read(notNpy, ReadOptions.defaults().withLabels(labels)))
                .hasMessage("z.npy: not a NumPy .npy array (no \\x93NUMPY magic)");
    }

    @Test
    void progressIsReportedAndCancelStopsTheLoad() throws IOException {
        StringBuilder sb = new StringBuilder("logit,label\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append(i % 7 - 3).append(',').append(i % 2).append('\n');
        }
        Path p = text("big.csv", sb.toString());
        List<Double> seen = new ArrayList<>();
        PredictionSet s = PredictionReader.read(p, ReadOptions.defaults(), new Monitor(seen::add, () -> false));
        assertThat(s.rows()).isEqualTo(200_000);
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        // the last report before the end is the share of the file read (196,608 of 200,000 rows), not near 0
        assertThat(seen.get(seen.size() - 2)).isGreaterThan(0.9).isLessThan(1.0);
        int[] calls = {0};
        Monitor cancelSecond = new Monitor(f -> { }, () -> ++calls[0] >= 2);
        assertThatThrownBy(() -> PredictionReader.read(p, ReadOptions.defaults(), cancelSecond))
                .isInstanceOf(CancellationException.class);
        Path logits = dir.resolve("x.npy");
        Path labels = dir.resolve("y.npy");
        double[] x = new double[600_000];
        Files.write(logits, Npy.array("<f4", "(600000,)", x));
        Files.write(labels, Npy.array("<i1", "(600000,)", x));
        calls[0] = 0;
        assertThatThrownBy(() -> PredictionReader.read(logits, ReadOptions.defaults().withLabels(labels), cancelSecond))
                .isInstanceOf(CancellationException.class);
    }
}
