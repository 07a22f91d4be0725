package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * A set of 2-D points with class labels 0 … K − 1, immutable (arrays never handed out); and the generator
 * of the multi-class data ({@link #generate}, {@link Stream}). The geometry comes from the spec's seed
 * first; the sets and any stream are drawn from it, so all share one distribution.
 */
public final class MulticlassData {
    private final Bounds bounds;
    private final int classes;
    private final double[] xs;
    private final double[] ys;
    private final int[] labels;
    private final int[] counts;

    MulticlassData(Bounds bounds, int classes, double[] xs, double[] ys, int[] labels) {
        this.bounds = bounds;
        this.classes = classes;
        this.xs = xs;
        this.ys = ys;
        this.labels = labels;
        this.counts = new int[classes];
        for (int y : labels) {
            counts[y]++;
        }
    }

    /** The fixed training and test sets of a spec. */
    public record Split(MulticlassDataSpec spec, MulticlassData train, MulticlassData test) {}

    public static final Bounds BOUNDS = Bounds.square(1.1);

    public static Split generate(MulticlassDataSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        Geometry g = geometry(spec, root.split());
        return new Split(spec, sample(spec, g, spec.trainPoints(), root.split()), sample(spec, g, spec.testPoints(), root.split()));
    }

    public Bounds bounds() {
        return bounds;
    }

    public int classes() {
        return classes;
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public int label(int i) {
        return labels[i];
    }

    /** Points of class k. */
    public int count(int k) {
        return counts[k];
    }

    double[] xArray() {
        return xs;
    }

    double[] yArray() {
        return ys;
    }

    int[] labelArray() {
        return labels;
    }

    // ---- generation -------------------------------------------------------------------------------

    /** Centres of the foreground blobs (index k − 1 for class k). */
    record Geometry(double[] cx, double[] cy) {}

    private static Geometry geometry(MulticlassDataSpec spec, SplittableRandom rng) {
        int blobs = spec.classes() - 1;
        double[] cx = new double[blobs];
        double[] cy = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            for (int attempt = 0; ; attempt++) { // at least 0.4 apart; five blobs always fit
                double x = -0.7 + 1.4 * rng.nextDouble();
                double y = -0.7 + 1.4 * rng.nextDouble();
                boolean far = true;
                for (int c = 0; c < b; c++) {
                    far &= Math.hypot(x - cx[c], y - cy[c]) >= 0.4;
                }
                if (far || attempt > 1000) {
                    cx[b] = x;
                    cy[b] = y;
                    break;
                }
            }
        }
        return new Geometry(cx, cy);
    }

    private static MulticlassData sample(MulticlassDataSpec spec, Geometry g, int n, SplittableRandom rng) {
        int[] counts = spec.counts(n);
        int[] labels = new int[n];
        int i = 0;
        for (int k = 0; k < counts.length; k++) {
            for (int j = 0; j < counts[k]; j++) {
                labels[i++] = k;
            }
        }
        for (int a = n - 1; a > 0; a--) { // shuffle
            int b = rng.nextInt(a + 1);
            int t = labels[a];
            labels[a] = labels[b];
            labels[b] = t;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] p = new double[2];
        Gaussian gauss = new Gaussian(rng);
        for (int e = 0; e < n; e++) {
            point(spec, g, labels[e], rng, gauss, p);
            xs[e] = p[0];
            ys[e] = p[1];
        }
        return new MulticlassData(BOUNDS, spec.classes(), xs, ys, labels);
    }

    /**
     * Class k ≥ 1: a Gaussian blob (σ = 0.06 … 0.12 with noise); the background: uniform over [−1, 1]²
     * outside a clear zone of (3 − 2.5·noise)σ around each blob, so with noise the blobs' rims are hard.
     */
    static void point(MulticlassDataSpec spec, Geometry g, int k, SplittableRandom rng, Gaussian gauss, double[] out) {
        double sd = 0.06 + 0.06 * spec.noise();
        if (k > 0) {
            out[0] = g.cx()[k - 1] + sd * gauss.next();
            out[1] = g.cy()[k - 1] + sd * gauss.next();
            return;
        }
        double clear = (3.0 - 2.5 * spec.noise()) * sd;
        double x;
        double y;
        boolean inside;
        do {
            x = -1.0 + 2.0 * rng.nextDouble();
            y = -1.0 + 2.0 * rng.nextDouble();
            inside = false;
            for (int b = 0; b < g.cx().length; b++) {
                double dx = x - g.cx()[b];
                double dy = y - g.cy()[b];
                inside |= dx * dx + dy * dy < clear * clear;
            }
        } while (inside);
        out[0] = x;
        out[1] = y;
    }

    /** Fresh points of the spec's distribution, each of class k with probability f_k; seeded, sequential. */
    public static final class Stream {
        private final MulticlassDataSpec spec;
        private final Geometry geometry;
        private final SplittableRandom rng;
        private final Gaussian gauss;
        private final double[] cumulative;
        private final double[] p = new double[2];

        public Stream(MulticlassDataSpec spec, long streamSeed) {
            this.spec = spec;
            this.geometry = geometry(spec, new SplittableRandom(spec.seed()).split());
            this.rng = new SplittableRandom(streamSeed);
            this.gauss = new Gaussian(rng);
            cumulative = new double[spec.classes()];
            double c = 0;
            for (int k = 0; k < spec.classes(); k++) {
                c += spec.frequency(k);
                cumulative[k] = c;
            }
        }

        /** n fresh points and labels into the first n entries of the arrays. */
        public void next(int n, double[] xs, double[] ys, int[] labels) {
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                int k = 0;
                while (k < cumulative.length - 1 && u >= cumulative[k]) {
                    k++;
                }
                point(spec, geometry, k, rng, gauss, p);
                xs[i] = p[0];
                ys[i] = p[1];
                labels[i] = k;
            }
        }
    }
}
