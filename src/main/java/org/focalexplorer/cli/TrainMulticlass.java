package org.focalexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.focalexplorer.io.TrainingJson;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.AlphaVector;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassDataSpec;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassLossParams;
import org.focalexplorer.toy.MulticlassMetrics;
import org.focalexplorer.toy.MulticlassModelState;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.TrainingSettings;
import picocli.CommandLine.ParameterException;

/** {@code train --classes K …}: the multi-class lab on the command line (options parsed by {@link TrainCommand}). */
final class TrainMulticlass {
    private final TrainCommand c;

    TrainMulticlass(TrainCommand command) {
        this.c = command;
    }

    int run() {
        MulticlassSettings settings = settings();
        PrintWriter out = c.spec.commandLine().getOut();
        PrintWriter err = c.spec.commandLine().getErr();
        int k = c.every != null ? c.every : Math.max(1, c.steps / 10);
        if (c.json) {
            out.println(TrainingJson.line(TrainingJson.multiclassSettings(settings)));
        } else {
            header(out, settings);
        }
        MulticlassTrainer trainer = new MulticlassTrainer(settings);
        while (trainer.step() < c.steps && trainer.divergence().isEmpty()) {
            long target = c.nextReport(trainer.step(), k);
            trainer.step((int) (target - trainer.step()));
            if (trainer.divergence().isEmpty() && trainer.step() < c.steps) {
                MulticlassSnapshot s = trainer.snapshot();
                if (c.json) {
                    out.println(TrainingJson.line(TrainingJson.multiclassMetrics(s)));
                } else {
                    rows(out, s);
                }
            }
        }
        MulticlassSnapshot last = trainer.snapshot();
        if (c.json) {
            out.println(TrainingJson.line(TrainingJson.multiclassMetrics(last)));
            out.println(TrainingJson.line(TrainingJson.multiclassFinal(last)));
        } else {
            out.println("final (step " + last.step() + "):");
            rows(out, last);
            confusion(out, last);
        }
        out.flush();
        if (last.divergence().isPresent()) {
            err.println(c.spec.qualifiedName() + ": " + last.divergence().get());
            err.flush();
            return 1;
        }
        return 0;
    }

    MulticlassSettings settings() {
        c.check(c.classes >= MulticlassDataSpec.MIN_CLASSES && c.classes <= MulticlassDataSpec.MAX_CLASSES,
                "--classes must be in [2, 6], got " + c.classes);
        c.check(c.background > 0 && c.background < 1, "--background must be in (0, 1), got " + c.background);
        c.check(c.points >= DatasetSpec.MIN_POINTS && c.points <= DatasetSpec.MAX_POINTS, "--points must be in [10, 20000], got " + c.points);
        int test = c.testPoints != null ? c.testPoints : c.stream ? DatasetSpec.MAX_POINTS : c.points;
        c.check(test >= DatasetSpec.MIN_POINTS && test <= DatasetSpec.MAX_POINTS, "--test-points must be in [10, 20000], got " + test);
        c.check(c.noise >= 0 && c.noise <= 1, "--noise must be in [0, 1], got " + c.noise);
        List<MulticlassLoss> losses = new ArrayList<>();
        List<String> ids = c.models != null ? c.models : List.of(c.loss != null ? c.loss : MulticlassLoss.SOFTMAX_FOCAL.id());
        c.check(!ids.isEmpty() && ids.size() <= MulticlassSettings.MAX_MODELS, "--models must list 1 to 4 losses, got " + ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            MulticlassLoss l = c.parse(c.models != null ? "--models[" + i + "]" : "--loss", id, MulticlassLoss::fromId,
                    "ce, weighted-ce, softmax-focal or ovr-focal");
            c.check(!losses.contains(l), "--models[" + i + "] = " + id + ": each loss at most once");
            losses.add(l);
        }
        ModelSpec model = c.modelSpec();
        OptimizerKind opt = c.parse("--optimizer", c.optimizer, OptimizerKind::fromId, "sgd or adam");
        double lr = c.learningRate != null ? c.learningRate : opt == OptimizerKind.ADAM ? 0.01 : 0.1;
        c.check(lr > 0 && Double.isFinite(lr), "--lr must be a finite number > 0, got " + lr);
        c.check(c.momentum >= 0 && c.momentum < 1, "--momentum must be in [0, 1), got " + c.momentum);
        int batch = c.batchSize != null ? c.batchSize : c.stream ? TrainingSettings.LAB_BATCH_SIZE : 0;
        c.check(batch >= 0 && batch <= DatasetSpec.MAX_POINTS, "--batch-size must be in [0, 20000], got " + batch);
        FocalSetting focal = c.focal.setting(FocalSetting.PAPER_ALPHA, c.spec);
        c.checkRun();
        try {
            MulticlassDataSpec data = new MulticlassDataSpec(c.classes, MulticlassDataSpec.longTail(c.classes, c.background), c.points,
                    test, c.noise, c.seed);
            AlphaVector alpha = c.alphaVector != null
                    ? AlphaVector.of(c.alphaVector.stream().mapToDouble(Double::doubleValue).toArray(), c.classes)
                    : AlphaVector.inverseFrequency(data.frequencyArray());
            data.counts(Math.min(c.points, test)); // refuses sets too small for the classes
            return new MulticlassSettings(data, model, new OptimizerSpec(opt, lr, c.momentum, 0.9, 0.999, 1e-8, batch), losses,
                    new MulticlassLossParams(alpha, focal), c.stream ? DataSource.STREAM : DataSource.FIXED, c.seed,
                    TrainingSettings.DEFAULT_GRID_SIZE);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(c.spec.commandLine(), (c.alphaVector != null && e.getMessage().startsWith("alpha") ? "--alpha-vector: " : "")
                    + e.getMessage());
        }
    }

    private void header(PrintWriter out, MulticlassSettings s) {
        MulticlassDataSpec d = s.data();
        StringBuilder f = new StringBuilder();
        for (int k = 0; k < d.classes(); k++) {
            f.append(k == 0 ? "" : ", ").append(k).append(": ").append(TrainText.percent(d.frequency(k)));
        }
        out.println(String.format(Locale.ROOT, "# data: %d classes (%s), %s, test set of %d points, noise %s, seed %d", d.classes(), f,
                s.source() == DataSource.STREAM ? "fresh batches of " + s.batchPoints() : d.trainPoints() + " training points",
                d.testPoints(), TrainText.num(d.noise()), d.seed()));
        out.println(String.format(Locale.ROOT, "# model: %s with %d outputs, %s; %s; alpha vector %s, gamma %s, one-vs-rest alpha %s",
                s.model().describe().replaceAll("-1 ", "-" + d.classes() + " "), d.classes(),
                s.model().priorInit() ? "output biases log(frequency)" : "output biases 0", s.optimizer().describe(),
                s.params().alphaVector(), TrainText.num(s.params().gamma()),
                s.params().focal().hasAlpha() ? TrainText.num(s.params().focal().alpha()) : "off"));
        out.println("# per class: recall (arg max) / one-vs-rest AP on the test set; share = the class's share of the model's own test loss");
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "#%6s  %-13s %9s %8s %8s", "step", "model", "loss", "macroAP", "accuracy"));
        for (int k = 0; k < d.classes(); k++) {
            h.append(String.format(Locale.ROOT, "  %-19s", "class " + k + " rec/AP/share"));
        }
        out.println(h);
    }

    private void rows(PrintWriter out, MulticlassSnapshot s) {
        for (MulticlassModelState m : s.models()) {
            MulticlassMetrics t = m.test();
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, " %6d  %-13s %9.3e %8.3f %8.3f", s.step(), m.loss().id(),
                    m.trainLoss(), t.macroAp(), t.accuracy()));
            for (MulticlassMetrics.ClassMetrics cm : t.perClass()) {
                b.append(String.format(Locale.ROOT, "  %5.3f/%5.3f/%5.1f%%", cm.recall(), cm.averagePrecision(), 100 * m.lossShare(cm.classIndex())));
            }
            out.println(b);
        }
    }

    private void confusion(PrintWriter out, MulticlassSnapshot s) {
        out.println("confusion matrices on the test set (rows: true class, columns: predicted class):");
        for (MulticlassModelState m : s.models()) {
            out.println("  " + m.loss().id() + ":");
            int[][] cm = m.test().confusion();
            for (int a = 0; a < cm.length; a++) {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "    %d:", a));
                for (int v : cm[a]) {
                    b.append(String.format(Locale.ROOT, " %6d", v));
                }
                out.println(b);
            }
        }
    }
}
