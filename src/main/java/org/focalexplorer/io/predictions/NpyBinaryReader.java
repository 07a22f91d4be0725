package org.focalexplorer.io.predictions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.focalexplorer.analysis.predictions.ClassLabels;
import org.focalexplorer.analysis.predictions.CompactDoubles;
import org.focalexplorer.analysis.predictions.LoadSummary;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.analysis.predictions.ScoreKind;

/**
 * The common case at full speed: binary logits [N] (float32 or float64) with labels [N]. N is known from the
 * header (and checked against the file's length), so the scores are copied in bulk straight into their final
 * array, checked, and turned into x_t in place; ignored and skipped rows are squeezed out as we go.
 */
final class NpyBinaryReader {
    private NpyBinaryReader() {}

    static PredictionSet read(String file, ReadableByteChannel sc, NpyHeader sh, String scoresName, String labelsFile,
            ReadableByteChannel lc, NpyHeader lh, String labelsName, ReadOptions options, Monitor monitor) throws IOException {
        int n = (int) sh.shape()[0];
        boolean f4 = sh.type().size() == 4;
        float[] xf = f4 ? new float[n] : null;
        double[] xd = f4 ? null : new double[n];
        byte[] y = new byte[n];
        int chunk = NpyPredictionReader.CHUNK_ROWS * 4;
        int lBytes = lh.type().size();
        ByteBuffer sb = ByteBuffer.allocateDirect(chunk * sh.type().size()).order(sh.type().order());
        ByteBuffer lb = ByteBuffer.allocateDirect(chunk * lBytes).order(lh.type().order());
        boolean integerLabels = lh.type().isInteger() && lh.type().kind() != 'u' || lh.type().kind() == 'u' && lBytes < 8;
        long[] lab = new long[chunk];
        boolean forcedProb = options.scoreKind() == ScoreKind.PROBABILITIES;
        boolean hasIgnore = options.ignoreIndex().isPresent();
        long ignore = options.ignoreIndex().orElse(0);
        boolean allUnit = true;
        long ignored = 0;
        long skipped = 0;
        List<String> problems = new ArrayList<>();
        int w = 0;
        for (int start = 0; start < n; start += chunk) {
            monitor.step((double) start / n);
            int m = Math.min(chunk, n - start);
            NpyPredictionReader.fill(sc, sb, m * sh.type().size(), file, scoresName);
            NpyPredictionReader.fill(lc, lb, m * lBytes, labelsFile, labelsName);
            if (f4) {
                sb.asFloatBuffer().get(xf, start, m);
            } else {
                sb.asDoubleBuffer().get(xd, start, m);
            }
            if (integerLabels) {
                labels(lb, lh.type(), lab, m);
            }
            for (int i = 0; i < m; i++) {
                int row = start + i;
                double v = f4 ? xf[row] : xd[row];
                double label = integerLabels ? lab[i] : lh.type().get(lb, i * lBytes);
                String problem = null;
                boolean labelProblem = false;
                boolean unit = v >= 0.0 && v <= 1.0;
                if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                    problem = v + " is not a finite number";
                } else if (forcedProb && !unit) {
                    problem = v + " is not a probability in [0, 1]";
                } else if (hasIgnore && label == ignore) {
                    ignored++;
                    continue;
                } else if (label != 0.0 && label != 1.0) {
                    labelProblem = true;
                    problem = (label > 0 && label < 1 ? label + " is a soft target; only labels 0 and 1 are supported"
                            : (label == Math.rint(label) ? Long.toString((long) label) : Double.toString(label)) + " is not 0 or 1"
                            + (hasIgnore ? " or the ignore_index " + ignore : ""));
                }
                if (problem != null) {
                    PredictionFileException e = new PredictionFileException(labelProblem ? labelsFile : file, "index " + row,
                            labelProblem ? labelsName : scoresName, problem);
                    if (options.onError() == OnError.STOP) {
                        throw e;
                    }
                    skipped++;
                    if (problems.size() < LoadSummary.MAX_PROBLEMS) {
                        problems.add(e.getMessage());
                    }
                    continue;
                }
                allUnit &= unit;
                boolean positive = label == 1.0;
                if (f4) {
                    xf[w] = positive ? xf[row] : -xf[row];
                } else {
                    xd[w] = positive ? xd[row] : -xd[row];
                }
                y[w++] = (byte) (positive ? 1 : 0);
            }
        }
        monitor.step(1.0);
        if (w == 0) {
            throw new PredictionFileException(file, null, null, skipped > 0
                    ? "no usable rows (" + skipped + " malformed rows skipped; the first: " + problems.get(0) + ")"
                    : ignored > 0 ? "no usable rows (all " + ignored + " have the ignore_index)" : "no rows");
        }
        if (w < n) {
            y = Arrays.copyOf(y, w);
            if (f4) {
                xf = Arrays.copyOf(xf, w);
            } else {
                xd = Arrays.copyOf(xd, w);
            }
        }
        boolean prob = forcedProb || (options.scoreKind() == ScoreKind.AUTO && allUnit);
        long clamped = 0;
        CompactDoubles margins;
        if (prob) {
            double[] out = new double[w];
            for (int i = 0; i < w; i++) {
                boolean positive = y[i] == 1;
                double s = f4 ? xf[i] : xd[i];
                double p = positive ? s : -s;
                if (p == 0.0 || p == 1.0) {
                    clamped++;
                    p = p == 0.0 ? RowSink.CLAMP : 1.0 - RowSink.CLAMP;
                }
                double x = Math.log(p) - Math.log1p(-p);
                out[i] = positive ? x : -x;
            }
            margins = CompactDoubles.ofDoubles(out);
        } else {
            margins = f4 ? CompactDoubles.ofFloats(xf) : CompactDoubles.ofDoubles(xd);
        }
        return new PredictionSet(file, true, List.of("negative", "positive"), margins, ClassLabels.ofBytes(y),
                new LoadSummary(prob ? ScoreKind.PROBABILITIES : ScoreKind.LOGITS, skipped, ignored, clamped, problems));
    }

    /** Integer labels of a chunk, in bulk where the type allows. */
    private static void labels(ByteBuffer b, NpyType t, long[] out, int m) {
        switch (t.size()) {
            case 8 -> b.asLongBuffer().get(out, 0, m);
            case 4 -> {
                for (int i = 0; i < m; i++) {
                    int v = b.getInt(i * 4);
                    out[i] = t.kind() == 'u' ? v & 0xFFFFFFFFL : v;
                }
            }
            case 2 -> {
                for (int i = 0; i < m; i++) {
                    short v = b.getShort(i * 2);
                    out[i] = t.kind() == 'u' ? v & 0xFFFF : v;
                }
            }
            default -> {
                for (int i = 0; i < m; i++) {
                    byte v = b.get(i);
                    out[i] = t.kind() == 'i' ? v : v & 0xFF; // u1, and bool as 0/1
                }
            }
        }
    }
}
