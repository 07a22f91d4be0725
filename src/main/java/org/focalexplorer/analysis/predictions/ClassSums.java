package org.focalexplorer.analysis.predictions;

/**
 * One class's sums at one γ, without α (α_c multiplies every sum of a class): the focal loss, the gradient
 * magnitude |∂FL/∂x_t| and the weights (1 − p_t)^γ and their squares, per region (hard, middle, easy), and
 * the running loss over bins for sums over the hardest m examples.
 */
final class ClassSums {
    final ClassColumn column;
    final double gamma;
    final double[] lossByRegion = new double[3];
    final double[] gradientByRegion = new double[3];
    double weight;
    double weightSquared;
    /** Loss of bins [0, b), b = 0 … bins. */
    final double[] lossBefore;
    /** Loss jet coefficients (u^0 … u^5) of each bin. */
    final double[] coefficients;

    ClassSums(ClassColumn column, double gamma) {
        this.column = column;
        this.gamma = gamma;
        int bins = column.bins;
        lossBefore = new double[bins + 1];
        coefficients = new double[bins * ClassColumn.MOMENTS];
        Jets.Terms t = new Jets.Terms();
        double[] grad = new double[ClassColumn.MOMENTS];
        double[] coef = new double[ClassColumn.MOMENTS];
        double running = 0.0;
        for (int b = 0; b < bins; b++) {
            double w = column.halfWidth[b];
            t.evaluate(column.centre[b], w, gamma);
            // d/dx_t of Σ a_k u^k is Σ k a_k u^(k−1) / w; FL falls with x_t, so −∂FL/∂x_t ≥ 0
            for (int k = 0; k < ClassColumn.MOMENTS; k++) {
                coef[k] = t.loss[k];
                grad[k] = -(k + 1) * t.loss[k + 1] / w;
            }
            System.arraycopy(coef, 0, coefficients, b * ClassColumn.MOMENTS, ClassColumn.MOMENTS);
            double loss = column.binSum(b, coef);
            int r = column.region[b];
            lossByRegion[r] += loss;
            gradientByRegion[r] += column.binSum(b, grad);
            weight += column.binSum(b, t.weight);
            weightSquared += column.binSum(b, t.weightSquared);
            lossBefore[b] = running;
            running += loss;
        }
        lossBefore[bins] = running;
    }

    double loss() {
        return lossByRegion[0] + lossByRegion[1] + lossByRegion[2];
    }

    double gradient() {
        return gradientByRegion[0] + gradientByRegion[1] + gradientByRegion[2];
    }

    /** The loss of the m hardest examples (positions [0, m)). */
    double hardest(int m) {
        return hardest(Prefix.of(column, m));
    }

    /** The same for a position whose γ-free part is already at hand. */
    double hardest(Prefix p) {
        if (p.kind == Prefix.NONE) {
            return 0.0;
        }
        if (p.kind == Prefix.ALL) {
            return lossBefore[column.bins];
        }
        int b = p.bin;
        double[] coef = new double[ClassColumn.MOMENTS];
        System.arraycopy(coefficients, b * ClassColumn.MOMENTS, coef, 0, ClassColumn.MOMENTS);
        return lossBefore[b] + ClassColumn.partial(coef, p.moments);
    }

    /**
     * The first m positions of a class as far as they do not depend on γ: none, all, or whole bins before
     * {@code bin} plus the moments of the part of {@code bin} they cover. Immutable.
     */
    static final class Prefix {
        static final int NONE = 0;
        static final int ALL = 1;
        static final int PART = 2;
        final int kind;
        final int bin;
        final double[] moments;

        private Prefix(int kind, int bin, double[] moments) {
            this.kind = kind;
            this.bin = bin;
            this.moments = moments;
        }

        static Prefix of(ClassColumn column, int m) {
            if (m <= 0) {
                return new Prefix(NONE, -1, null);
            }
            if (m >= column.size()) {
                return new Prefix(ALL, -1, null);
            }
            int b = column.binOf(m);
            return new Prefix(PART, b, column.partialMoments(b, m));
        }
    }
}
