package org.focalexplorer.toy;

/**
 * How to generate a train and a test set.
 *
 * @param kind             the shape of the data
 * @param positiveFraction share of positives, from 0.5 (1:1) down to 0.001 (1:1000)
 * @param trainPoints      points in the training set
 * @param testPoints       points in the test set (same distribution, same geometry, other samples)
 * @param noise            spread of the classes in [0, 1]: 0 = clean shapes, 1 = heavy overlap
 * @param labelNoise       share of positives whose label is swapped with a negative's, in [0, 0.5];
 *                         swapping (not independent flipping) keeps the class balance exact
 * @param seed             seed of the geometry and of both sets
 */
public record DatasetSpec(
        DatasetKind kind,
        double positiveFraction,
        int trainPoints,
        int testPoints,
        double noise,
        double labelNoise,
        long seed) {

    public static final double MIN_POSITIVE_FRACTION = 0.001;
    public static final double MAX_POSITIVE_FRACTION = 0.5;
    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = 20_000;
    public static final double MAX_LABEL_NOISE = 0.5;

    public DatasetSpec {
        if (kind == null) {
            throw new IllegalArgumentException("dataset kind must not be null");
        }
        if (!(positiveFraction >= MIN_POSITIVE_FRACTION && positiveFraction <= MAX_POSITIVE_FRACTION)) {
            throw new IllegalArgumentException("positive fraction = " + positiveFraction
                    + ": must be in [" + MIN_POSITIVE_FRACTION + ", " + MAX_POSITIVE_FRACTION + "]");
        }
        checkPoints("train points", trainPoints);
        checkPoints("test points", testPoints);
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw new IllegalArgumentException("noise = " + noise + ": must be in [0, 1]");
        }
        if (!(labelNoise >= 0.0 && labelNoise <= MAX_LABEL_NOISE)) {
            throw new IllegalArgumentException("label noise = " + labelNoise + ": must be in [0, " + MAX_LABEL_NOISE + "]");
        }
    }

    private static void checkPoints(String name, int n) {
        if (n < MIN_POINTS || n > MAX_POINTS) {
            throw new IllegalArgumentException(name + " = " + n + ": must be in [" + MIN_POINTS + ", " + MAX_POINTS + "]");
        }
    }

    /** Anchors at 1 %, 2,000 + 2,000 points, noise 0.5 (some positives stray among the negatives), no label noise, seed 7. */
    public static DatasetSpec defaults() {
        return new DatasetSpec(DatasetKind.ANCHORS, 0.01, 2000, 2000, 0.5, 0.0, 7L);
    }

    /** The number of positives in a set of {@code n} points: at least one, and at least one negative. */
    public int positivesIn(int n) {
        long p = Math.round(positiveFraction * n);
        return (int) Math.max(1, Math.min(n - 1, p));
    }

    public DatasetSpec withKind(DatasetKind k) {
        return new DatasetSpec(k, positiveFraction, trainPoints, testPoints, noise, labelNoise, seed);
    }

    public DatasetSpec withPositiveFraction(double f) {
        return new DatasetSpec(kind, f, trainPoints, testPoints, noise, labelNoise, seed);
    }

    /** The same number of train and test points. */
    public DatasetSpec withPoints(int n) {
        return new DatasetSpec(kind, positiveFraction, n, n, noise, labelNoise, seed);
    }

    public DatasetSpec withPoints(int train, int test) {
        return new DatasetSpec(kind, positiveFraction, train, test, noise, labelNoise, seed);
    }

    public DatasetSpec withNoise(double v) {
        return new DatasetSpec(kind, positiveFraction, trainPoints, testPoints, v, labelNoise, seed);
    }

    public DatasetSpec withLabelNoise(double v) {
        return new DatasetSpec(kind, positiveFraction, trainPoints, testPoints, noise, v, seed);
    }

    public DatasetSpec withSeed(long s) {
        return new DatasetSpec(kind, positiveFraction, trainPoints, testPoints, noise, labelNoise, s);
    }
}
