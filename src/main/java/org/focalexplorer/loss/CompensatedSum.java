package org.focalexplorer.loss;

/** Neumaier's compensated summation: the sum of millions of losses stays correct to ~1 ulp. */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double v) {
        double t = sum + v;
        if (!Double.isFinite(t)) {
            sum = t; // an overflow to ±∞ stays ∞ (the compensation would turn it into ∞ − ∞ = NaN)
            return;
        }
        if (Math.abs(sum) >= Math.abs(v)) {
            compensation += (sum - t) + v;
        } else {
            compensation += (v - t) + sum;
        }
        sum = t;
    }

    double value() {
        return Double.isFinite(sum) ? sum + compensation : sum;
    }

    static double of(double[] values) {
        CompensatedSum s = new CompensatedSum();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }

    /**
     * Combines partial sums in their order: one partial is returned as it is (so a single chunk gives exactly
     * the sequential sum), several are added with compensation.
     */
    static double ofPartials(double[] partials) {
        return partials.length == 1 ? partials[0] : of(partials);
    }
}
