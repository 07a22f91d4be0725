package org.focalexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * The live lab's engine figures (issue 11, item 5): training examples per second per model for the
 * 2-8-8-1 tanh network on one thread, and the time of a snapshot and of its analysis at the lab's
 * 20,000 test points. Wall clock, medians of 5; run it on a quiet machine.
 *
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.focalexplorer.bench.LabEngineBench"
 * </pre>
 *
 * "Per model": both models of a side-by-side run are trained on the one thread, so the engine's rate for
 * one model is (examples in a step × models) / time of a step.
 */
public final class LabEngineBench {
    private LabEngineBench() {}

    public static void main(String[] args) {
        org.focalexplorer.loss.LossParallelism.setThreads(1); // one thread, loss core included
        System.out.println("# config                                           steps/s   examples/s per model   snapshot ms   analysis ms");
        binary(TrainingSettings.defaults().withData(DatasetSpec.defaults().withPoints(20_000)), "fixed 20000 full batch");
        binary(TrainingSettings.labDefaults(), "lab: stream, batch 1024");
        MulticlassSettings m = MulticlassSettings.defaults(4).withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8));
        MulticlassTrainer t = new MulticlassTrainer(m);
        double rate = rate(t::step);
        long a = System.nanoTime();
        t.snapshot();
        double snap = (System.nanoTime() - a) / 1e6;
        System.out.println(String.format(Locale.ROOT, "  %-48s %8.1f %22.0f %13.1f %13s", "multi-class K=4, 2 models, 2-8-8-4, batch 1024",
                rate, rate * m.batchPoints() * 2, snap, "-"));
    }

    private static void binary(TrainingSettings base, String name) {
        TrainingSettings s = base.withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8));
        SideBySideTrainer t = new SideBySideTrainer(s);
        double rate = rate(t::step);
        double[] snapMs = new double[5];
        double[] analysisMs = new double[5];
        for (int r = 0; r < 5; r++) {
            t.step(1); // a new step: no cached logits
            long a = System.nanoTime();
            TrainingSnapshot snap = t.snapshot();
            long b = System.nanoTime();
            TrainingAnalysis.of(snap);
            long c = System.nanoTime();
            snapMs[r] = (b - a) / 1e6;
            analysisMs[r] = (c - b) / 1e6;
        }
        Arrays.sort(snapMs);
        Arrays.sort(analysisMs);
        String config = String.format(Locale.ROOT, "2-8-8-1 tanh, %s (%s test)", name, s.data().testPoints());
        System.out.println(String.format(Locale.ROOT, "  %-48s %8.1f %22.0f %13.1f %13.1f", config, rate,
                rate * s.batchPoints() * 2, snapMs[2], analysisMs[2]));
    }

    /** Median steps per second over 5 runs of about half a second each, after a warm-up. */
    private static double rate(java.util.function.IntFunction<?> step) {
        int steps = 20;
        long start = System.nanoTime();
        step.apply(steps);
        while (System.nanoTime() - start < 2_000_000_000L) {
            step.apply(steps);
        }
        long t0 = System.nanoTime();
        step.apply(steps);
        double per = (System.nanoTime() - t0) / 1e9 / steps;
        steps = Math.max(5, (int) (0.5 / per));
        double[] rates = new double[5];
        for (int r = 0; r < 5; r++) {
            long a = System.nanoTime();
            step.apply(steps);
            rates[r] = steps / ((System.nanoTime() - a) * 1e-9);
        }
        Arrays.sort(rates);
        return rates[2];
    }
}
