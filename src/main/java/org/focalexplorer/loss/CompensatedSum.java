package org.focalexplorer.loss;

/** Neumaier's compensated summation: the sum of millions of losses stays correct to ~1 ulp. */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double v) {
        double t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) {
            compensation += (sum - t) + v;
        } else {
            compensation += (v - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }

    static double of(double[] values) {
        CompensatedSum s = new CompensatedSum();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }
}
