package org.focalexplorer.analysis.predictions;

import org.focalexplorer.loss.Numerics;

/**
 * Counts of p_t per class on a log-aware axis: bins of equal width in x_t = log(p_t / (1 − p_t)), which
 * spreads out both ends (p_t → 0 and p_t → 1) as a log axis would, over [−16, 16] (p_t from 1.1e-7 to
 * 1 − 1.1e-7); examples beyond either end are counted in the first or last bin and also reported apart.
 */
public final class PtHistogram {
    public static final double MIN_XT = -16.0;
    public static final double MAX_XT = 16.0;
    public static final int BINS = 128;

    private final long[][] counts;
    private final long[][] outside;

    PtHistogram(long[][] counts, long[][] outside) {
        this.counts = counts;
        this.outside = outside;
    }

    static PtHistogram of(ClassColumn[] columns) {
        long[][] counts = new long[columns.length][BINS];
        long[][] outside = new long[columns.length][2];
        for (int c = 0; c < columns.length; c++) {
            ClassColumn col = columns[c];
            int previous = 0;
            for (int b = 0; b < BINS; b++) {
                int upTo = b == BINS - 1 ? col.size() : col.countBelow(edgeXt(b + 1));
                counts[c][b] = upTo - previous;
                previous = upTo;
            }
            outside[c][0] = col.countBelow(MIN_XT);
            outside[c][1] = col.size() - col.countBelow(MAX_XT);
        }
        return new PtHistogram(counts, outside);
    }

    /** Lower edge of bin b in x_t (b = BINS gives the upper end). */
    public static double edgeXt(int b) {
        return MIN_XT + (MAX_XT - MIN_XT) * b / BINS;
    }

    /** Lower edge of bin b as p_t = σ(x_t). */
    public static double edgePt(int b) {
        return Numerics.sigmoid(edgeXt(b));
    }

    public int classes() {
        return counts.length;
    }

    public long count(int cls, int bin) {
        return counts[cls][bin];
    }

    public long[] counts(int cls) {
        return counts[cls].clone();
    }

    /** Examples of the class below x_t = −16 (in bin 0). */
    public long below(int cls) {
        return outside[cls][0];
    }

    /** Examples of the class at or above x_t = 16 (in the last bin). */
    public long above(int cls) {
        return outside[cls][1];
    }
}
