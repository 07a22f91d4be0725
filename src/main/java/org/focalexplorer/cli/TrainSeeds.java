package org.focalexplorer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.io.TrainingJson;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * {@code train --seeds n}: the same run for n seeds (data, weights and batches all follow the seed), and
 * per reported step and model the mean ± standard deviation (n − 1 in the denominator) of the test
 * metrics. The loss shares are measured on the test set: a fixed sample of the distribution that no
 * model ever trains on (with {@code --stream} also "a fresh large sample").
 */
final class TrainSeeds {
    /** The figures summarised, in output order. */
    private static final String[] KEYS = {"ap", "easy_negative_share", "ece", "recall_at_half", "recall_at_threshold", "log_loss"};

    private final TrainCommand command;
    private final TrainingSettings settings;
    private final List<ModelRole> roles;
    private final double hardest;

    TrainSeeds(TrainCommand command, TrainingSettings settings, List<ModelRole> roles, double hardest) {
        this.command = command;
        this.settings = settings;
        this.roles = roles;
        this.hardest = hardest;
    }

    /** One seed's figures: step → [model][key]; and the step it diverged at (0 if it did not). */
    private record SeedResult(TreeMap<Long, double[][]> figures, long divergedAt) {}

    int run() {
        PrintWriter out = command.spec.commandLine().getOut();
        PrintWriter err = command.spec.commandLine().getErr();
        int k = command.every != null ? command.every : Math.max(1, command.steps / 10);
        List<SeedResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(command.threads);
        try {
            List<Future<SeedResult>> futures = new ArrayList<>();
            for (int i = 0; i < command.seeds; i++) {
                long seed = settings.seed() + i;
                TrainingSettings s = settings.withSeed(seed).withData(settings.data().withSeed(seed));
                futures.add(pool.submit(() -> runOne(s, k)));
            }
            for (Future<SeedResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (command.json) {
            out.println(TrainingJson.line(TrainingJson.settings(settings, roles)));
        } else {
            header(out);
        }
        for (long step : results.get(0).figures().keySet()) {
            if (command.json) {
                out.println(TrainingJson.line(json(step, results)));
            } else {
                rows(out, step, results);
            }
        }
        int code = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).divergedAt() > 0) {
                err.println(command.spec.qualifiedName() + ": seed " + (settings.seed() + i) + ": training diverged at step "
                        + results.get(i).divergedAt() + "; its figures after that are left out");
                code = 1;
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private SeedResult runOne(TrainingSettings s, int k) {
        SideBySideTrainer trainer = new SideBySideTrainer(s);
        TreeMap<Long, double[][]> figures = new TreeMap<>();
        while (trainer.step() < command.steps) {
            long target = command.nextReport(trainer.step(), k);
            StepOutcome o = trainer.step((int) (target - trainer.step()));
            if (o.diverged()) {
                return new SeedResult(figures, o.divergence().orElseThrow().step());
            }
            figures.put(o.step(), figures(trainer.snapshot()));
        }
        return new SeedResult(figures, 0);
    }

    private double[][] figures(TrainingSnapshot snap) {
        TrainingAnalysis a = TrainingAnalysis.of(snap, hardest);
        double[][] f = new double[roles.size()][];
        for (int m = 0; m < roles.size(); m++) {
            ModelRole r = roles.get(m);
            ClassificationMetrics t = snap.model(r).testMetrics();
            LossShares sh = a.shares(r).test();
            f[m] = new double[] {t.averagePrecision(), sh.easyNegativeShare(), t.calibrationError(), t.atHalf().recall(),
                t.atThreshold().recall(), t.logLoss()};
        }
        return f;
    }

    /** Mean and sample standard deviation of the seeds that reached the step. */
    private static double[] stats(List<SeedResult> results, long step, int model, int key) {
        List<Double> v = values(results, step, model, key);
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, v.size() > 1 ? Math.sqrt(ss / (v.size() - 1)) : Double.NaN, v.size()};
    }

    private static List<Double> values(List<SeedResult> results, long step, int model, int key) {
        List<Double> v = new ArrayList<>();
        for (SeedResult r : results) {
            double[][] f = r.figures().get(step);
            if (f != null) {
                v.add(f[model][key]);
            }
        }
        return v;
    }

    private void header(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "# %d seeds (%d to %d: data, weights and batches), %s, %s; %s",
                command.seeds, settings.seed(), settings.seed() + command.seeds - 1,
                settings.source().id().equals("stream") ? "fresh batches of " + settings.batchPoints() : "a fixed training set of "
                        + settings.data().trainPoints(),
                settings.data().kind().id() + " at " + TrainText.percent(settings.data().positiveFraction()),
                "test set of " + settings.data().testPoints() + " points"));
        out.println("# every figure is on the test set (never trained on), mean ± sd over the seeds; easyneg = share of the"
                + " model's own loss carried by negatives with p_t > " + LossShares.EASY_PT + "; ECE = expected calibration error ("
                + org.focalexplorer.toy.Calibration.BINS + " bins)");
        out.println(String.format(Locale.ROOT, "#%6s  %-11s %-15s %-15s %-15s %-15s %-15s", "step", "model", "AP", "easyneg", "ECE",
                "recall@0.5", "recall@" + TrainText.num(settings.threshold())));
    }

    private void rows(PrintWriter out, long step, List<SeedResult> results) {
        for (int m = 0; m < roles.size(); m++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, " %6d  %-11s", step, settings.loss(roles.get(m)).kindId()));
            for (int key = 0; key < 5; key++) {
                double[] st = stats(results, step, m, key);
                b.append(String.format(Locale.ROOT, " %-15s", key == 1 ? pct(st) : fix(st)));
            }
            out.println(b);
        }
    }

    private ObjectNode json(long step, List<SeedResult> results) {
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).figures().containsKey(step)) {
                seedList.add(settings.seed() + i);
            }
        }
        List<TrainingJson.SeedModel> models = new ArrayList<>();
        for (int m = 0; m < roles.size(); m++) {
            java.util.Map<String, TrainingJson.Spread> test = new java.util.LinkedHashMap<>();
            for (int key = 0; key < KEYS.length; key++) {
                double[] st = stats(results, step, m, key);
                test.put(KEYS[key], new TrainingJson.Spread(st[0], st[1], values(results, step, m, key)));
            }
            models.add(new TrainingJson.SeedModel(roles.get(m).id(), settings.loss(roles.get(m)).kindId(), test));
        }
        return TrainingJson.seeds(step, seedList, models);
    }

    private static String fix(double[] st) {
        return String.format(Locale.ROOT, "%.3f ± %.3f", st[0], st[1]);
    }

    private static String pct(double[] st) {
        return String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * st[0], 100 * st[1]);
    }
}
