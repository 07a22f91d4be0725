package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * Fresh labelled points from a data set's generating distribution, batch after batch, like a detector
 * that sees new images: the model can never memorise them. Each point is a positive with probability
 * π = {@link DatasetSpec#positiveFraction()} independently, so the number of positives in a batch varies
 * (a batch of 256 at 1:1000 usually holds none). Label noise flips a positive's label with probability ρ
 * and a negative's with probability ρ·π/(1 − π), which keeps the share of positive labels at π.
 *
 * <p>Seeded and sequential: the same seed gives the same batches in the same order. Not thread-safe (one
 * trainer owns it).
 */
public final class DataStream {
    private final DatasetSpec spec;
    private final Datasets.Geometry geometry;
    private final SplittableRandom rng;
    private final Gaussian gauss;
    private final double[] point = new double[2];
    private final double flipNegative;

    DataStream(DatasetSpec spec, Datasets.Geometry geometry, SplittableRandom rng) {
        this.spec = spec;
        this.geometry = geometry;
        this.rng = rng;
        this.gauss = new Gaussian(rng);
        double pi = spec.positiveFraction();
        this.flipNegative = spec.labelNoise() * pi / (1.0 - pi);
    }

    public DatasetSpec spec() {
        return spec;
    }

    /** Writes {@code n} fresh points and their labels (0.0 or 1.0) to the first n entries of the arrays. */
    public void next(int n, double[] xs, double[] ys, double[] labels) {
        double pi = spec.positiveFraction();
        double rho = spec.labelNoise();
        for (int i = 0; i < n; i++) {
            boolean positive = rng.nextDouble() < pi;
            Datasets.point(spec, geometry, positive, rng, gauss, point);
            xs[i] = point[0];
            ys[i] = point[1];
            boolean label = positive;
            if (rho > 0.0) {
                label = positive ? rng.nextDouble() >= rho : rng.nextDouble() < flipNegative;
            }
            labels[i] = label ? 1.0 : 0.0;
        }
    }
}
