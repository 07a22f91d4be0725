package org.focalexplorer.io.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.focalexplorer.analysis.predictions.ClassLabels;
import org.focalexplorer.analysis.predictions.CompactDoubles;
import org.focalexplorer.analysis.predictions.LoadSummary;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.analysis.predictions.ScoreKind;

/**
 * Checks and keeps rows as a reader streams them, whatever the file format: every score finite, the label a
 * class (0/1 for binary) or the ignore_index; probabilities (given or detected) turned into logits exactly,
 * log p − log1p(−p), with 0 and 1 clamped to 2⁻⁵³ from the end and counted. Multi-class rows are reduced at
 * once to x_t = x_y − log Σ_{k≠y} e^{x_k} (from probabilities: log p_y − log Σ_{k≠y} p_k), so a row costs
 * 8 bytes or less whatever C is.
 */
final class RowSink {
    /** Probabilities of exactly 0 or 1 become this far from the end: a logit of ±36.7. */
    static final double CLAMP = 0x1p-53;
    /** A multi-class row of probabilities sums to 1 within this (float32 softmax outputs do, to ~1e-6). */
    static final double SUM_TOLERANCE = 1e-3;

    private final int classes;
    private final boolean binary;
    private final ScoreKind kind;
    private final OptionalInt ignore;
    private final CompactDoubles.Builder raw;       // binary: the score as read, negated for negatives
    private final CompactDoubles.Builder logitMargins;   // multi-class: x_t from logits
    private CompactDoubles.Builder probMargins;          // multi-class: x_t from probabilities, while possible
    private final ClassLabels.Builder labels;
    private boolean allUnit = true;
    private long clampedIfProb;
    private long ignored;
    private long skipped;
    private final List<String> problems = new ArrayList<>();

    RowSink(int scoreColumns, ScoreKind kind, OptionalInt ignore) {
        this.binary = scoreColumns == 1;
        this.classes = binary ? 2 : scoreColumns;
        if (classes > ClassLabels.MAX_CLASSES) {
            throw new IllegalArgumentException(scoreColumns + " score columns: at most " + ClassLabels.MAX_CLASSES);
        }
        this.kind = kind;
        this.ignore = ignore;
        this.labels = new ClassLabels.Builder(classes);
        if (binary) {
            raw = new CompactDoubles.Builder();
            logitMargins = null;
        } else {
            raw = null;
            logitMargins = kind == ScoreKind.PROBABILITIES ? null : new CompactDoubles.Builder();
            probMargins = kind == ScoreKind.LOGITS ? null : new CompactDoubles.Builder();
        }
    }

    boolean binary() {
        return binary;
    }

    int classes() {
        return classes;
    }

    /** A binary row; false if it was ignored. */
    boolean binaryRow(double score, double label) throws RowProblem {
        checkScore(0, score);
        int y = label(label);
        if (y < 0) {
            return false;
        }
        raw.add(y == 1 ? score : -score); // x_t if these are logits (almost always): one pass, no copy
        labels.add(y);
        return true;
    }

    private void checkScore(int column, double v) throws RowProblem {
        if (!(Math.abs(v) <= Double.MAX_VALUE)) {
            throw new RowProblem(column, v + " is not a finite number");
        }
        boolean unit = v >= 0.0 && v <= 1.0;
        if (kind == ScoreKind.PROBABILITIES && !unit) {
            throw new RowProblem(column, v + " is not a probability in [0, 1]");
        }
        allUnit &= unit;
    }

    /** The class of a label value, −1 for the ignore_index. */
    private int label(double v) throws RowProblem {
        if (ignore.isPresent() && v == ignore.getAsInt()) {
            ignored++;
            return -1;
        }
        if (v != Math.rint(v) || v < 0 || v >= classes) {
            if (binary && v > 0 && v < 1) {
                throw new RowProblem(RowProblem.LABEL, v + " is a soft target; only labels 0 and 1 are supported");
            }
            String allowed = binary ? "0 or 1" : "a class in [0, " + classes + ")";
            throw new RowProblem(RowProblem.LABEL, number(v) + " is not " + allowed
                    + (ignore.isPresent() ? " or the ignore_index " + ignore.getAsInt() : ""));
        }
        return (int) v;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A multi-class row (scores is reused by the caller); false if it was ignored. */
    boolean row(double[] scores, double label) throws RowProblem {
        boolean unitBefore = allUnit;
        for (int c = 0; c < scores.length; c++) {
            checkScore(c, scores[c]);
        }
        int y = label(label);
        if (y < 0) {
            allUnit = unitBefore; // an ignored row says nothing about the scores' kind
            return false;
        }
        if (logitMargins != null) {
            logitMargins.add(marginOfLogits(scores, y));
        }
        if (probMargins != null) {
            double sum = 0;
            boolean unit = true;
            for (double p : scores) {
                sum += p;
                unit &= p >= 0 && p <= 1;
            }
            if (unit && (kind == ScoreKind.PROBABILITIES || Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
                probMargins.add(marginOfProbabilities(scores, y));
            } else {
                probMargins = null; // not probabilities after all (only reachable under AUTO)
            }
        }
        labels.add(y);
        return true;
    }

    /** x_y − logsumexp_{k≠y} x_k, as the loss core's SoftmaxRow computes it. */
    static double marginOfLogits(double[] x, int y) {
        double m = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int c = 0; c < x.length; c++) {
            if (c != y && x[c] > m) {
                m = x[c];
                arg = c;
            }
        }
        double rest = 0.0;
        for (int c = 0; c < x.length; c++) {
            if (c != y && c != arg) {
                rest += Math.exp(x[c] - m);
            }
        }
        return (x[y] - m) - Math.log1p(rest);
    }

    private double marginOfProbabilities(double[] p, int y) {
        double rest = 0.0;
        for (int c = 0; c < p.length; c++) {
            if (c != y) {
                rest += p[c];
            }
        }
        double py = p[y];
        if (py == 0.0 || rest == 0.0) {
            clampedIfProb++;
            py = Math.max(py, CLAMP);
            rest = Math.max(rest, CLAMP);
        }
        return Math.log(py) - Math.log(rest);
    }

    /** A malformed row left out under {@link OnError#SKIP}; its message, or null to count it only. */
    void skip(String message) {
        skipped++;
        if (message != null && problems.size() < LoadSummary.MAX_PROBLEMS) {
            problems.add(message);
        }
    }

    /**
     * Takes the rows of {@code later}, which read the part of the same file after this one's (same columns and
     * options), as if this sink had read them itself: values and labels appended, counts added, the probability
     * checks combined, and {@code laterProblems} (the later part's messages, in order) after this one's.
     */
    void absorb(RowSink later, List<String> laterProblems) {
        if (binary) {
            raw.addAll(later.raw);
        } else {
            if (logitMargins != null) {
                logitMargins.addAll(later.logitMargins);
            }
            if (probMargins != null && later.probMargins != null) {
                probMargins.addAll(later.probMargins);
            } else {
                probMargins = null; // one part was not probabilities: the whole file is not
            }
        }
        labels.addAll(later.labels);
        allUnit &= later.allUnit;
        clampedIfProb += later.clampedIfProb;
        ignored += later.ignored;
        skipped += later.skipped;
        for (String p : laterProblems) {
            if (problems.size() < LoadSummary.MAX_PROBLEMS) {
                problems.add(p);
            }
        }
    }

    long kept() {
        return labels == null ? 0 : (binary ? raw.size() : (logitMargins != null ? logitMargins.size() : probMargins.size()));
    }

    /** The set, or an exception naming the file when nothing usable was read. */
    PredictionSet finish(String source, List<String> classNames) throws PredictionFileException {
        if (kept() == 0) {
            throw new PredictionFileException(source, null, null, skipped > 0
                    ? "no usable rows (" + skipped + " malformed rows skipped; the first: " + problems.get(0) + ")"
                    : ignored > 0 ? "no usable rows (all " + ignored + " have the ignore_index)" : "no rows");
        }
        ClassLabels y = labels.build();
        if (binary) {
            boolean prob = kind == ScoreKind.PROBABILITIES || (kind == ScoreKind.AUTO && allUnit);
            CompactDoubles signed = raw.build();
            if (!prob) {
                return new PredictionSet(source, true, classNames, signed, y, summary(false, 0));
            }
            CompactDoubles.Builder margins = new CompactDoubles.Builder();
            long clamped = 0;
            for (int i = 0; i < signed.size(); i++) {
                boolean positive = y.get(i) == 1;
                double p = positive ? signed.get(i) : -signed.get(i);
                if (p == 0.0 || p == 1.0) {
                    clamped++;
                    p = p == 0.0 ? CLAMP : 1.0 - CLAMP;
                }
                double x = Math.log(p) - Math.log1p(-p);
                margins.add(positive ? x : -x);
            }
            return new PredictionSet(source, true, classNames, margins.build(), y, summary(true, clamped));
        }
        boolean prob = probMargins != null && (kind == ScoreKind.PROBABILITIES || allUnit);
        CompactDoubles margins = prob ? probMargins.build() : logitMargins.build();
        return new PredictionSet(source, false, classNames, margins, y, summary(prob, prob ? clampedIfProb : 0));
    }

    private LoadSummary summary(boolean prob, long clamped) {
        return new LoadSummary(prob ? ScoreKind.PROBABILITIES : ScoreKind.LOGITS, skipped, ignored, clamped, problems);
    }
}
