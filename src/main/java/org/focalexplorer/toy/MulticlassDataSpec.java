package org.focalexplorer.toy;

import java.util.List;

/**
 * The multi-class data: a background class 0 spread over the whole square (the easy majority, like the
 * background anchors of a detector) and K − 1 foreground classes, each a small Gaussian blob, with
 * long-tailed frequencies.
 *
 * @param classes     K, in [{@link #MIN_CLASSES}, {@link #MAX_CLASSES}]
 * @param frequencies the share of each class (K values &gt; 0 summing to 1; class 0 is the background)
 * @param trainPoints points of the fixed training set (with a stream: the sample that is drawn)
 * @param testPoints  points of the fixed test set
 * @param noise       spread of the blobs in [0, 1]: 0 = clean, 1 = the blobs sink into the background
 * @param seed        seed of the geometry and of both sets
 */
public record MulticlassDataSpec(int classes, List<Double> frequencies, int trainPoints, int testPoints, double noise, long seed) {
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 6;
    /** The background's share in {@link #defaults}. */
    public static final double DEFAULT_BACKGROUND = 0.9;

    public MulticlassDataSpec {
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes = " + classes + ": must be in [" + MIN_CLASSES + ", " + MAX_CLASSES + "]");
        }
        frequencies = List.copyOf(frequencies);
        if (frequencies.size() != classes) {
            throw new IllegalArgumentException("class frequencies: " + frequencies.size() + " values for " + classes + " classes");
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            double f = frequencies.get(k);
            if (!(f > 0 && f < 1)) {
                throw new IllegalArgumentException("frequency[" + k + "] = " + f + ": must be in (0, 1)");
            }
            sum += f;
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("class frequencies sum to " + sum + ": must sum to 1");
        }
        if (trainPoints < DatasetSpec.MIN_POINTS || trainPoints > DatasetSpec.MAX_POINTS) {
            throw new IllegalArgumentException("train points = " + trainPoints + ": must be in [10, 20000]");
        }
        if (testPoints < DatasetSpec.MIN_POINTS || testPoints > DatasetSpec.MAX_POINTS) {
            throw new IllegalArgumentException("test points = " + testPoints + ": must be in [10, 20000]");
        }
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw new IllegalArgumentException("noise = " + noise + ": must be in [0, 1]");
        }
    }

    /**
     * K classes: background {@link #DEFAULT_BACKGROUND}, the foreground classes halving from one to the next
     * (K = 4: 90 %, 5.7 %, 2.9 %, 1.4 %; K = 6: the rarest 0.3 %), 2,000 points to draw, a test set of
     * 20,000, noise 0.5, seed 7.
     */
    public static MulticlassDataSpec defaults(int classes) {
        return new MulticlassDataSpec(classes, longTail(classes, DEFAULT_BACKGROUND), 2000, DatasetSpec.MAX_POINTS, 0.5, 7L);
    }

    /** Background {@code background}, the rest split over K − 1 classes, each half the one before. */
    public static List<Double> longTail(int classes, double background) {
        Double[] f = new Double[classes];
        f[0] = background;
        double total = (1.0 - Math.pow(0.5, classes - 1)) * 2.0; // Σ_{k<K−1} 2^−k
        for (int k = 1; k < classes; k++) {
            f[k] = (1.0 - background) * Math.pow(0.5, k - 1) / total;
        }
        return List.of(f);
    }

    public double frequency(int k) {
        return frequencies.get(k);
    }

    public double[] frequencyArray() {
        return frequencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Points of class k in a fixed set of n: round(f_k n), at least 1; the background takes the rest. */
    public int[] counts(int n) {
        int[] c = new int[classes];
        int fg = 0;
        for (int k = 1; k < classes; k++) {
            c[k] = (int) Math.max(1, Math.round(frequency(k) * n));
            fg += c[k];
        }
        c[0] = n - fg;
        if (c[0] < 1) {
            throw new IllegalArgumentException(n + " points are too few for " + classes + " classes at these frequencies");
        }
        return c;
    }

    public MulticlassDataSpec withSeed(long s) {
        return new MulticlassDataSpec(classes, frequencies, trainPoints, testPoints, noise, s);
    }

    public MulticlassDataSpec withPoints(int train, int test) {
        return new MulticlassDataSpec(classes, frequencies, train, test, noise, seed);
    }
}
