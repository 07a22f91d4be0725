package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * Generates the toy data sets from a {@link DatasetSpec}. The geometry (e.g. where the anchor blobs sit)
 * comes from the seed first, then the train and the test set are drawn from it with independent streams,
 * so both sets share one distribution. Trigonometry and logs use {@link StrictMath}: the same seed gives
 * the same points everywhere.
 */
public final class Datasets {
    private Datasets() {}

    /** Blobs of positives in the anchors data. */
    static final int ANCHOR_BLOBS = 3;
    /** Object templates (blobs of positives) in the detection data. */
    static final int DETECTION_OBJECTS = 4;
    /** Share of the detection data's negatives that are near misses around an object. */
    static final double NEAR_MISS_SHARE = 0.05;
    /** Radius of the ring's positives. */
    static final double RING_RADIUS = 0.6;

    public static DataSplit generate(DatasetSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        Geometry g = geometry(spec, root.split());
        Dataset train = sample(spec, g, spec.trainPoints(), root.split());
        Dataset test = sample(spec, g, spec.testPoints(), root.split());
        return new DataSplit(spec, train, test);
    }

    /**
     * An endless seeded stream of fresh points from the distribution of {@code spec} (the geometry is the
     * one {@link #generate} uses for the same spec), each point a positive with probability
     * {@code spec.positiveFraction()} independently, so a batch's count of positives varies as in real
     * images; {@code streamSeed} chooses the stream.
     */
    public static DataStream stream(DatasetSpec spec, long streamSeed) {
        Geometry g = geometry(spec, new SplittableRandom(spec.seed()).split());
        return new DataStream(spec, g, new SplittableRandom(streamSeed));
    }

    /** Parameters shared by the train and the test set. */
    record Geometry(double[] blobX, double[] blobY) {}

    private static Geometry geometry(DatasetSpec spec, SplittableRandom rng) {
        if (spec.kind() != DatasetKind.ANCHORS && spec.kind() != DatasetKind.DETECTION) {
            return new Geometry(new double[0], new double[0]);
        }
        int blobs = spec.kind() == DatasetKind.ANCHORS ? ANCHOR_BLOBS : DETECTION_OBJECTS;
        double[] bx = new double[blobs];
        double[] by = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            // centres at least 0.45 apart (a few hundred tries always suffice for three blobs in this square)
            for (int attempt = 0; ; attempt++) {
                double x = -0.7 + 1.4 * rng.nextDouble();
                double y = -0.7 + 1.4 * rng.nextDouble();
                boolean farEnough = true;
                for (int c = 0; c < b; c++) {
                    farEnough &= Math.hypot(x - bx[c], y - by[c]) >= 0.45;
                }
                if (farEnough || attempt > 1000) {
                    bx[b] = x;
                    by[b] = y;
                    break;
                }
            }
        }
        return new Geometry(bx, by);
    }

    public static Bounds bounds(DatasetKind kind) {
        switch (kind) {
            case ANCHORS:
            case DETECTION:
            case RING:
                return Bounds.square(1.1);
            case OVERLAP:
            case MOONS:
                return Bounds.square(1.5);
            default:
                throw new AssertionError(kind);
        }
    }

    private static Dataset sample(DatasetSpec spec, Geometry g, int n, SplittableRandom rng) {
        int positives = spec.positivesIn(n);
        double[] labels = new double[n];
        for (int i = 0; i < positives; i++) {
            labels[i] = 1.0;
        }
        shuffle(labels, rng);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] point = new double[2];
        Gaussian gauss = new Gaussian(rng);
        for (int i = 0; i < n; i++) {
            point(spec, g, labels[i] == 1.0, rng, gauss, point);
            xs[i] = point[0];
            ys[i] = point[1];
        }
        swapLabels(labels, spec.labelNoise(), positives, rng);
        return new Dataset(spec.kind(), bounds(spec.kind()), xs, ys, labels);
    }

    /** One point of the given class, written to out[0], out[1]. */
    static void point(DatasetSpec spec, Geometry g, boolean positive, SplittableRandom rng, Gaussian gauss, double[] out) {
        switch (spec.kind()) {
            case ANCHORS: anchors(positive, spec.noise(), g, rng, gauss, out); break;
            case DETECTION: detection(positive, spec.noise(), g, rng, gauss, out); break;
            case OVERLAP: overlap(positive, spec.noise(), gauss, out); break;
            case RING: ring(positive, spec.noise(), rng, gauss, out); break;
            case MOONS: moons(positive, spec.noise(), rng, gauss, out); break;
            default: throw new AssertionError(spec.kind());
        }
    }

    /**
     * Dense detection: positives are the few candidate locations on an object (tight blobs, σ = 0.03 …
     * 0.06 with noise); {@link #NEAR_MISS_SHARE} of the negatives are near misses, locations that overlap an
     * object only partly (a shell at 1.5σ … 4σ around a blob, the hard negatives), and the rest is the
     * background, uniform over [−1, 1]² outside 4σ of every object: the overwhelming, trivially easy part.
     */
    private static void detection(boolean positive, double noise, Geometry g, SplittableRandom rng, Gaussian gauss, double[] out) {
        double sd = 0.03 + 0.03 * noise;
        int objects = g.blobX().length;
        if (positive) {
            int b = rng.nextInt(objects);
            out[0] = g.blobX()[b] + sd * gauss.next();
            out[1] = g.blobY()[b] + sd * gauss.next();
            return;
        }
        if (rng.nextDouble() < NEAR_MISS_SHARE) {
            int b = rng.nextInt(objects);
            double r = sd * (1.5 + 2.5 * rng.nextDouble());
            double a = 2.0 * Math.PI * rng.nextDouble();
            out[0] = g.blobX()[b] + r * StrictMath.cos(a);
            out[1] = g.blobY()[b] + r * StrictMath.sin(a);
            return;
        }
        double clear = 4.0 * sd;
        double x;
        double y;
        boolean inside;
        do {
            x = -1.0 + 2.0 * rng.nextDouble();
            y = -1.0 + 2.0 * rng.nextDouble();
            inside = false;
            for (int b = 0; b < objects; b++) {
                double dx = x - g.blobX()[b];
                double dy = y - g.blobY()[b];
                inside |= dx * dx + dy * dy < clear * clear;
            }
        } while (inside);
        out[0] = x;
        out[1] = y;
    }

    /**
     * Positives in small Gaussian blobs (σ = 0.05 … 0.10 with noise); negatives uniform over [−1, 1]²
     * except a clear zone of radius (3.5 − 3·noise)·σ around each blob centre, so that with little noise only
     * the negatives at the rim of a blob are hard and the sea is trivially easy, and with much noise the
     * blobs sink into the sea.
     */
    private static void anchors(boolean positive, double noise, Geometry g, SplittableRandom rng, Gaussian gauss, double[] out) {
        double sd = 0.05 + 0.05 * noise;
        if (positive) {
            int b = rng.nextInt(g.blobX().length);
            out[0] = g.blobX()[b] + sd * gauss.next();
            out[1] = g.blobY()[b] + sd * gauss.next();
            return;
        }
        double clear = (3.5 - 3.0 * noise) * sd;
        double x;
        double y;
        boolean inside;
        do {
            x = -1.0 + 2.0 * rng.nextDouble();
            y = -1.0 + 2.0 * rng.nextDouble();
            inside = false;
            for (int b = 0; b < g.blobX().length; b++) {
                double dx = x - g.blobX()[b];
                double dy = y - g.blobY()[b];
                inside |= dx * dx + dy * dy < clear * clear;
            }
        } while (inside);
        out[0] = x;
        out[1] = y;
    }

    /** Isotropic Gaussians at (∓0.35, 0), σ 0.25 … 0.55 with noise. */
    private static void overlap(boolean positive, double noise, Gaussian gauss, double[] out) {
        double sd = 0.25 + 0.30 * noise;
        out[0] = (positive ? 0.35 : -0.35) + sd * gauss.next();
        out[1] = sd * gauss.next();
    }

    /**
     * Positives at radius 0.6 (radial σ 0.03 … 0.15 with noise); negatives uniform over [−1, 1]² except a
     * band of ±0.12 around the ring, so that the classes touch only through the noise.
     */
    private static void ring(boolean positive, double noise, SplittableRandom rng, Gaussian gauss, double[] out) {
        if (positive) {
            double r = RING_RADIUS + (0.03 + 0.12 * noise) * gauss.next();
            double a = 2.0 * Math.PI * rng.nextDouble();
            out[0] = r * StrictMath.cos(a);
            out[1] = r * StrictMath.sin(a);
        } else {
            double x;
            double y;
            do {
                x = -1.0 + 2.0 * rng.nextDouble();
                y = -1.0 + 2.0 * rng.nextDouble();
            } while (Math.abs(Math.sqrt(x * x + y * y) - RING_RADIUS) < 0.12);
            out[0] = x;
            out[1] = y;
        }
    }

    /**
     * scikit-learn's two moons (outer (cos t, sin t), inner (1 − cos t, ½ − sin t), t uniform in [0, π]),
     * the inner one positive, with Gaussian noise σ 0.05 … 0.30, shifted and scaled by 0.8 to centre them.
     */
    private static void moons(boolean positive, double noise, SplittableRandom rng, Gaussian gauss, double[] out) {
        double t = Math.PI * rng.nextDouble();
        double x = positive ? 1.0 - StrictMath.cos(t) : StrictMath.cos(t);
        double y = positive ? 0.5 - StrictMath.sin(t) : StrictMath.sin(t);
        double sd = 0.05 + 0.25 * noise;
        out[0] = 0.8 * (x - 0.5 + sd * gauss.next());
        out[1] = 0.8 * (y - 0.25 + sd * gauss.next());
    }

    /** Swaps the labels of round(ρ P) random positives with as many random negatives. */
    private static void swapLabels(double[] labels, double rho, int positives, SplittableRandom rng) {
        int k = (int) Math.round(rho * positives);
        if (k == 0) {
            return;
        }
        int n = labels.length;
        int[] pos = new int[positives];
        int[] neg = new int[n - positives];
        int p = 0;
        int q = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] == 1.0) {
                pos[p++] = i;
            } else {
                neg[q++] = i;
            }
        }
        k = Math.min(k, neg.length);
        partialShuffle(pos, k, rng);
        partialShuffle(neg, k, rng);
        for (int i = 0; i < k; i++) {
            labels[pos[i]] = 0.0;
            labels[neg[i]] = 1.0;
        }
    }

    private static void shuffle(double[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Moves a uniform random choice of {@code k} elements to the front. */
    static void partialShuffle(int[] a, int k, SplittableRandom rng) {
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
