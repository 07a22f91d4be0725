package org.focalexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * Steps per second of {@link SideBySideTrainer} (both models, one thread), and the time of a snapshot and
 * of its analysis, for a few sizes. A quick wall-clock measurement, not a JMH benchmark: run it on a quiet
 * machine and read the median.
 *
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.focalexplorer.bench.TrainingThroughput"
 * </pre>
 */
public final class TrainingThroughput {
    private TrainingThroughput() {}

    public static void main(String[] args) {
        System.out.println("# config                                   steps/s (median of 5)   snapshot ms   analysis ms");
        measure(20_000, 32, Activation.TANH, 0);
        measure(20_000, 32, Activation.RELU, 0);
        measure(20_000, 32, Activation.TANH, 256);
        measure(20_000, 8, Activation.TANH, 0);
        measure(2_000, 16, Activation.TANH, 0);
    }

    private static void measure(int points, int width, Activation activation, int batch) {
        TrainingSettings s = TrainingSettings.defaults()
                .withData(DatasetSpec.defaults().withPoints(points))
                .withModel(ModelSpec.mlp(activation, true, width, width))
                .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(batch));
        SideBySideTrainer t = new SideBySideTrainer(s);
        int steps = Math.max(20, (int) (2e6 / ((double) (batch == 0 ? points : batch) * width * width)));
        t.step(steps); // warm-up
        double[] rates = new double[5];
        for (int r = 0; r < rates.length; r++) {
            long start = System.nanoTime();
            t.step(steps);
            rates[r] = steps / ((System.nanoTime() - start) * 1e-9);
        }
        Arrays.sort(rates);
        long snapshotNs = 0;
        TrainingSnapshot snap = null;
        for (int r = 0; r < 3; r++) {
            t.step(1); // a new step, so the snapshot cannot reuse cached logits
            long a = System.nanoTime();
            snap = t.snapshot();
            snapshotNs += System.nanoTime() - a;
        }
        long b = System.nanoTime();
        for (int r = 0; r < 3; r++) {
            TrainingAnalysis.of(snap);
        }
        long c = System.nanoTime();
        String config = String.format(Locale.ROOT, "%d pts 2-%d-%d-1 %s %s", points, width, width, activation.id(),
                batch == 0 ? "full batch" : "batch " + batch);
        System.out.println(String.format(Locale.ROOT, "  %-40s %10.1f %24.1f %13.1f", config, rates[2], snapshotNs / 3e6, (c - b) / 3e6));
    }
}
