package org.focalexplorer.analysis.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded prediction sets for tests: x_t spread over the hard, middle, easy and extreme ranges. */
public final class Sets {
    private Sets() {}

    public static PredictionSet of(boolean binary, int classes, double[] margins, int[] labels) {
        ClassLabels.Builder lb = new ClassLabels.Builder(classes);
        for (int y : labels) {
            lb.add(y);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
        }
        return new PredictionSet("test", binary, names, CompactDoubles.ofDoubles(margins.clone()), lb.build(),
                new LoadSummary(ScoreKind.LOGITS, 0, 0, 0, List.of()));
    }

    /** Binary logits: 1 positive in {@code ratio}, a well-trained model's spread plus a few extremes. */
    public static double[][] binaryLogitsAndLabels(int n, int ratio, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean pos = r.nextInt(ratio) == 0;
            y[i] = pos ? 1 : 0;
            double u = r.nextDouble();
            double v;
            if (u < 0.01) {
                v = (r.nextBoolean() ? 1 : -1) * (40 + r.nextDouble() * 2000); // far tails, both signs
            } else if (u < 0.02) {
                v = Math.rint(r.nextDouble() * 8) / 4; // exact ties and bin edges
            } else {
                v = (pos ? 1.5 : -4.0) + 2.5 * gaussian(r);
            }
            x[i] = (float) v; // as a float32 model would write
        }
        return new double[][] {x, y};
    }

    static double gaussian(SplittableRandom r) {
        double u = Math.max(r.nextDouble(), 1e-300);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    public static PredictionSet binary(double[] logits, double[] labels) {
        double[] xt = new double[logits.length];
        int[] y = new int[logits.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = (int) labels[i];
            xt[i] = y[i] == 1 ? logits[i] : -logits[i];
        }
        return of(true, 2, xt, y);
    }
}
