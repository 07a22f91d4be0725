package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * Standard normal deviates by the Marsaglia polar method with {@link StrictMath}, so that data and weights
 * are the same on every JVM and platform (JDK's own {@code nextGaussian} algorithm may change between
 * releases).
 */
final class Gaussian {
    private final SplittableRandom rng;
    private double spare;
    private boolean hasSpare;

    Gaussian(SplittableRandom rng) {
        this.rng = rng;
    }

    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * rng.nextDouble() - 1.0;
            v = 2.0 * rng.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double m = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }
}
