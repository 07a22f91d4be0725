package org.focalexplorer.analysis.sweep;

/**
 * One cell's test AP for each seed (NaN for a seed whose training diverged or was not run).
 *
 * @param ap one value per seed, in seed order
 */
public record SweepResult(SweepCell cell, double[] ap) {
    public SweepResult {
        ap = ap.clone();
    }

    @Override
    public double[] ap() {
        return ap.clone();
    }

    /** Seeds with a finite AP. */
    public int count() {
        int n = 0;
        for (double v : ap) {
            if (Double.isFinite(v)) {
                n++;
            }
        }
        return n;
    }

    /** Mean over the seeds with a finite AP; NaN if none. */
    public double mean() {
        double sum = 0;
        int n = 0;
        for (double v : ap) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sample standard deviation (n − 1) over the finite values; NaN with fewer than two. */
    public double sd() {
        int n = count();
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean();
        double ss = 0;
        for (double v : ap) {
            if (Double.isFinite(v)) {
                ss += (v - m) * (v - m);
            }
        }
        return Math.sqrt(ss / (n - 1));
    }
}
