package org.focalexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.analysis.sweep.PaperTable1b;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.io.SweepCsv;
import org.focalexplorer.toy.TrainingSettings;

/**
 * {@code train --sweep}: the app's α × γ sweep headless — the paper's Table 1b rows (γ with its best α), each
 * trained for {@code --steps} on the options' settings for {@code --seeds} seeds, test AP mean ± sd beside
 * the paper's COCO AP. With {@code --csv} the same CSV as the app's export.
 */
final class TrainSweep {
    private final TrainCommand command;
    private final TrainingSettings settings;

    TrainSweep(TrainCommand command, TrainingSettings settings) {
        this.command = command;
        this.settings = settings;
    }

    int run() {
        PrintWriter out = command.spec.commandLine().getOut();
        command.check(command.seeds <= AlphaGammaSweep.MAX_SEEDS,
                "--seeds must be in [1, " + AlphaGammaSweep.MAX_SEEDS + "] with --sweep, got " + command.seeds);
        command.check(command.steps >= 1 && command.steps <= AlphaGammaSweep.MAX_STEPS,
                "--steps must be in [1, " + AlphaGammaSweep.MAX_STEPS + "] with --sweep, got " + command.steps);
        AlphaGammaSweep.Plan plan = new AlphaGammaSweep.Plan(settings, PaperTable1b.CELLS, command.seeds, command.steps);
        AlphaGammaSweep.Outcome o = AlphaGammaSweep.run(plan, () -> false, (done, total, sofar) -> { });
        if (command.csv) {
            out.print(SweepCsv.of(plan, o.results()));
        } else {
            out.printf(Locale.ROOT, "# alpha x gamma sweep: %d steps, seeds %d..%d, test AP (this toy) and the paper's "
                    + "Table 1b AP (COCO minival, ResNet-50-FPN, 600 px)%n", plan.steps(), settings.seed(),
                    settings.seed() + plan.seeds() - 1);
            out.printf(Locale.ROOT, "%6s %6s %18s %10s%n", "gamma", "alpha", "toy AP (mean±sd)", "paper AP");
            for (SweepResult r : o.results()) {
                out.printf(Locale.ROOT, "%6s %6s %18s %10s%n", fmt(r.cell().gamma()), fmt(r.cell().alpha()),
                        String.format(Locale.ROOT, "%.4f ± %.4f", r.mean(), r.sd()), fmt(PaperTable1b.ap(r.cell())));
            }
        }
        out.flush();
        if (o.diverged() > 0) {
            command.spec.commandLine().getErr().println(command.spec.qualifiedName() + ": " + o.diverged()
                    + " run(s) diverged; their AP is left out");
            return 1;
        }
        return 0;
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
