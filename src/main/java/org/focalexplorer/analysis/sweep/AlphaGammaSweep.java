package org.focalexplorer.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;

/**
 * A small Table 1b on the toy (issue #12): for each (γ, α) cell and each seed, the binary lab's trainer runs
 * {@code steps} steps and the focal model's test AP is read. Two cells share one side-by-side run (one as the
 * reference model, one as the focal model): both start from the same weights and see the same batches, and
 * neither model's training depends on the other's, so a cell's AP is what a run of its own gives (a test
 * checks this against a direct run) at half the cost.
 *
 * <p>Seed i uses {@code base.seed() + i} for the weights, the batches and the data, as {@code train --seeds}.
 */
public final class AlphaGammaSweep {
    /** Steps between two looks at the cancel flag (and two progress reports). */
    static final int CHUNK = 50;
    public static final int MAX_STEPS = 1_000_000;
    public static final int MAX_SEEDS = 20;
    public static final int MAX_CELLS = 64;

    /** What to run. */
    public record Plan(TrainingSettings base, List<SweepCell> cells, int seeds, int steps) {
        public Plan {
            cells = List.copyOf(cells);
            if (cells.isEmpty() || cells.size() > MAX_CELLS) {
                throw new IllegalArgumentException("cells = " + cells.size() + ": must be 1 to " + MAX_CELLS);
            }
            if (seeds < 1 || seeds > MAX_SEEDS) {
                throw new IllegalArgumentException("seeds = " + seeds + ": must be 1 to " + MAX_SEEDS);
            }
            if (steps < 1 || steps > MAX_STEPS) {
                throw new IllegalArgumentException("steps = " + steps + ": must be 1 to " + MAX_STEPS);
            }
        }

        /** Side-by-side runs in all: one per pair of cells (rounded up) and seed. */
        public int runs() {
            return (cells.size() + 1) / 2 * seeds;
        }

        /** The settings of seed {@code i}. */
        public TrainingSettings seed(int i) {
            long s = base.seed() + i;
            return base.withSeed(s).withData(base.data().withSeed(s));
        }
    }

    /** Told after every chunk of steps; {@code done} of {@code total} steps of all runs. */
    public interface Progress {
        void at(long done, long total, List<SweepResult> sofar);
    }

    /** The results; {@code complete} false if it was cancelled (unrun seeds are NaN). */
    public record Outcome(List<SweepResult> results, boolean complete, int diverged) {
        public Outcome {
            results = List.copyOf(results);
        }
    }

    private AlphaGammaSweep() {}

    /** Runs the plan on the calling thread; {@code cancelled} is polled every {@link #CHUNK} steps. */
    public static Outcome run(Plan plan, BooleanSupplier cancelled, Progress progress) {
        int n = plan.cells().size();
        double[][] ap = new double[n][plan.seeds()];
        for (double[] row : ap) {
            Arrays.fill(row, Double.NaN);
        }
        long total = (long) plan.runs() * plan.steps();
        long done = 0;
        int diverged = 0;
        for (int seed = 0; seed < plan.seeds(); seed++) {
            for (int c = 0; c < n; c += 2) {
                SweepCell a = plan.cells().get(c);
                SweepCell b = c + 1 < n ? plan.cells().get(c + 1) : a;
                SideBySideTrainer t = new SideBySideTrainer(plan.seed(seed).withReference(a.loss()).withFocal(b.loss()));
                boolean ok = true;
                while (t.step() < plan.steps()) {
                    if (cancelled.getAsBoolean()) {
                        return new Outcome(results(plan, ap), false, diverged);
                    }
                    int chunk = (int) Math.min(CHUNK, plan.steps() - t.step());
                    StepOutcome o = t.step(chunk);
                    done += chunk;
                    if (o.diverged()) {
                        ok = false;
                        diverged++;
                        done += plan.steps() - t.step();
                        break;
                    }
                    progress.at(done, total, results(plan, ap));
                }
                if (ok) {
                    var snap = t.snapshot();
                    ap[c][seed] = snap.model(ModelRole.REFERENCE).testMetrics().averagePrecision();
                    if (c + 1 < n) {
                        ap[c + 1][seed] = snap.model(ModelRole.FOCAL).testMetrics().averagePrecision();
                    }
                }
                progress.at(done, total, results(plan, ap));
            }
        }
        return new Outcome(results(plan, ap), true, diverged);
    }

    private static List<SweepResult> results(Plan plan, double[][] ap) {
        List<SweepResult> out = new ArrayList<>();
        for (int i = 0; i < ap.length; i++) {
            out.add(new SweepResult(plan.cells().get(i), ap[i]));
        }
        return out;
    }
}
