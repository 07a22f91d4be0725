package org.focalexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.focalexplorer.analysis.CumulativeLoss;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.io.TrainingJson;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.Divergence;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.Normalization;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.Split;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains the toy classifier headless and prints its metrics every K steps and at the end;
 * {@code --compare} trains the reference (CE or α-balanced CE) and the focal model side by side and
 * prints both; {@code --json} prints one JSON object per line instead of the table.
 *
 * <p>Exit codes: 0 done, 1 training diverged (the message is on standard error, the last finite state on
 * standard output), 2 invalid options (one line on standard error).
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Trains a toy classifier on imbalanced 2-D data and prints its metrics every K steps and at the end.",
            "Without --compare one model is trained with --loss; with --compare the reference (CE, or alpha-balanced CE) "
                    + "and the focal-loss model are trained side by side from the same weights on the same batches.",
            "Exit codes: 0 done, 1 training diverged (a value NaN or infinite, or the loss exploded), 2 invalid options.",
        })
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // ---- data ----
    @Option(names = "--dataset", paramLabel = "<kind>", defaultValue = "anchors",
            description = "anchors, overlap, ring, moons or detection (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--stream", description = "Draw every batch fresh from the data's distribution (--batch-size points per step, "
            + "default 1024) instead of reusing a fixed training set; the training set is then a sample that is only evaluated.")
    boolean stream;

    @Option(names = "--positives", paramLabel = "<fraction>", defaultValue = "0.01",
            description = "Share of positives, 0.5 (1:1) down to 0.001 (1:1000) (default: ${DEFAULT-VALUE}).")
    double positives;

    @Option(names = "--points", paramLabel = "<n>", defaultValue = "2000",
            description = "Training points, 10 to 20000 (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--test-points", paramLabel = "<n>", description = "Test points, 10 to 20000 (default: as --points; 20000 with --stream).")
    Integer testPoints;

    @Option(names = "--noise", paramLabel = "<v>", defaultValue = "0.5",
            description = "Spread of the classes, 0 (clean) to 1 (heavy overlap) (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--label-noise", paramLabel = "<v>", defaultValue = "0",
            description = "Share of positives whose label is swapped with a negative's, 0 to 0.5 (default: ${DEFAULT-VALUE}).")
    double labelNoise;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "7",
            description = "Seed of the data, the initial weights and the batches (default: ${DEFAULT-VALUE}).")
    long seed;

    // ---- model ----
    @Option(names = "--model", paramLabel = "<kind>", defaultValue = "mlp",
            description = "logistic or mlp (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--hidden", paramLabel = "<w,w>", split = ",", defaultValue = "16,16",
            description = "Hidden layer widths of the mlp, 1 to 4 layers of 1 to 128 (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "<f>", defaultValue = "tanh",
            description = "tanh or relu (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--prior-init", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Initialise the output bias to -log((1-pi)/pi) (default: on; --no-prior-init for b = 0).")
    boolean priorInit;

    @Option(names = "--prior", paramLabel = "<pi>", defaultValue = "0.01",
            description = "The prior pi of the initialisation, in [1e-6, 1 - 1e-6], so the initial bias is within +-13.8: "
                    + "1e-6 is already 1000x below the rarest share of positives offered (0.001); further out the output "
                    + "starts saturated (at 4.9e-324 the logit is -Infinity after one step) (default: ${DEFAULT-VALUE}).")
    double prior;

    // ---- optimiser ----
    @Option(names = "--optimizer", paramLabel = "<kind>", defaultValue = "adam",
            description = "sgd (with momentum) or adam (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", paramLabel = "<v>", description = "Learning rate (default: 0.01 for adam, 0.1 for sgd).")
    Double learningRate;

    @Option(names = "--momentum", paramLabel = "<v>", defaultValue = "0.9",
            description = "SGD momentum in [0, 1) (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--batch-size", paramLabel = "<n>",
            description = "Examples per step; 0 = full batch (default: 0, with --stream 1024).")
    Integer batchSize;

    // ---- loss ----
    @Option(names = "--loss", paramLabel = "<kind>",
            description = {"ce, balanced-ce or focal: the model trained and printed without --compare (default: focal).",
                "With --classes: ce, weighted-ce, softmax-focal or ovr-focal (default: softmax-focal)."})
    String loss;

    /** --alpha, --no-alpha, --gamma: shared with figure. */
    @Mixin
    FocalOptions focal;

    // ---- multi-class ----
    @Option(names = "--classes", paramLabel = "<K>", defaultValue = "2",
            description = "Number of classes, 2 to 6; 3 or more (or --models / --alpha-vector) trains the multi-class lab: "
                    + "a background class and long-tailed rare classes (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--models", paramLabel = "<loss,loss>", split = ",",
            description = "Multi-class: 1 to 4 losses trained side by side from the same weights on the same batches, "
                    + "each of ce, weighted-ce, softmax-focal, ovr-focal (default: --loss).")
    List<String> models;

    @Option(names = "--background", paramLabel = "<share>", defaultValue = "0.9",
            description = "Multi-class: the background class's share; the other classes split the rest, each half the one before "
                    + "(default: ${DEFAULT-VALUE}).")
    double background;

    @Option(names = "--alpha-vector", paramLabel = "<a0,a1,...>", split = ",",
            description = "Multi-class: the per-class alpha of weighted-ce and softmax-focal, one value >= 0 per class "
                    + "(default: inverse class frequency, scaled so that the mean is 1). ovr-focal uses --alpha.")
    List<Double> alphaVector;
    @Option(names = "--reference", paramLabel = "<kind>",
            description = "Loss of the reference model: ce or balanced-ce (default: balanced-ce if --loss is balanced-ce, else ce).")
    String reference;

    @Option(names = "--reference-alpha", paramLabel = "<v>",
            description = "alpha of balanced-ce in [0, 1] (default: --alpha).")
    Double referenceAlpha;

    @Option(names = "--normalize", paramLabel = "<by>", defaultValue = "mean",
            description = "Divide the summed batch loss by the number of examples (mean) or of positives (positives, as the paper) (default: ${DEFAULT-VALUE}).")
    String normalize;

    // ---- run and output ----
    @Option(names = "--steps", paramLabel = "<n>", description = "Training steps (default: 2000, or the last of --at).")
    Integer stepsOption;

    @Option(names = "--at", paramLabel = "<s,s>", split = ",",
            description = "Print the metrics at these steps (in place of every K steps), e.g. 1000,10000,50000.")
    List<Long> at;

    @Option(names = "--seeds", paramLabel = "<n>", defaultValue = "1",
            description = "Repeat the run for n seeds (--seed, --seed + 1, ...: data, weights and batches) and print "
                    + "the mean and standard deviation of the test metrics at each reported step (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "1",
            description = "With --seeds: seeds trained at once; the results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    /** Training steps, after {@link #settings()}. */
    int steps;

    @Option(names = "--every", paramLabel = "<K>", description = "Print the metrics every K steps (default: steps / 10; 0 = only at the end).")
    Integer every;

    @Option(names = "--threshold", paramLabel = "<t>", defaultValue = "0.5",
            description = "Decision threshold on p for the second set of precision/recall/F1, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--hardest", paramLabel = "<percent>", defaultValue = "10",
            description = "k of 'share of the loss carried by the hardest k %% of examples', in (0, 100] (default: ${DEFAULT-VALUE}).")
    double hardestPercent;

    @Option(names = "--compare", description = "Train the reference and the focal model side by side and print both.")
    boolean compare;

    @Option(names = "--sweep", description = "The alpha x gamma sweep (issue #12): the paper's Table 1b rows, each trained "
            + "for --steps on these settings for --seeds seeds; test AP mean ± sd beside the paper's COCO AP.")
    boolean sweep;

    @Option(names = "--csv", description = "With --sweep: print the table as CSV (the app's export).")
    boolean csv;

    @Option(names = "--json", description = "Print one JSON object per line (settings, metrics, final, figure4, diverged).")
    boolean json;

    /** Points of each Figure 4 curve in the output: every 5 % of the examples. */
    static final int FIGURE4_POINTS = 21;

    @Override
    public Integer call() {
        if (multiClass()) {
            return new TrainMulticlass(this).run();
        }
        TrainingSettings settings = settings();
        List<ModelRole> roles = roles();
        double hardest = hardestPercent / 100.0;
        if (sweep) {
            return new TrainSweep(this, settings).run();
        }
        check(!csv, "--csv needs --sweep");
        if (seeds > 1) {
            return new TrainSeeds(this, settings, roles, hardest).run();
        }
        int k = every != null ? every : Math.max(1, steps / 10);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrainText text = new TrainText(out, roles, settings, hardest);
        if (json) {
            out.println(TrainingJson.line(TrainingJson.settings(settings, roles)));
        } else {
            text.header(k, steps);
        }
        out.flush();

        SideBySideTrainer trainer = new SideBySideTrainer(settings);
        StepOutcome outcome = new StepOutcome(0, 0, java.util.Optional.empty());
        while (trainer.step() < steps && !outcome.diverged()) {
            long target = nextReport(trainer.step(), k);
            outcome = trainer.step((int) (target - trainer.step()));
            if (!outcome.diverged() && outcome.step() < steps) {
                report("metrics", trainer.snapshot(), roles, hardest, text, out);
            }
        }
        TrainingSnapshot last = trainer.snapshot();
        report("final", last, roles, hardest, text, out);
        if (roles.contains(ModelRole.FOCAL)) {
            List<CumulativeLoss.Curves> curves = last.focal().train().allFinite()
                    ? CumulativeLoss.figure4(last.focal().train(), CumulativeLoss.PAPER_GAMMAS, FIGURE4_POINTS)
                    : List.of();
            if (json) {
                out.println(TrainingJson.line(TrainingJson.figure4(last.step(), Split.TRAIN, curves)));
            } else {
                text.figure4(curves);
            }
        }
        if (outcome.diverged()) {
            Divergence d = outcome.divergence().orElseThrow();
            if (json) {
                out.println(TrainingJson.line(TrainingJson.divergence(d)));
            } else {
                out.println("diverged: " + d.message());
            }
            out.flush();
            err.println(spec.qualifiedName() + ": " + d.message());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    /** The models printed: both with --compare, else the one --loss names. */
    List<ModelRole> roles() {
        return compare ? List.of(ModelRole.REFERENCE, ModelRole.FOCAL)
                : List.of(isReferenceLoss(binaryLoss()) ? ModelRole.REFERENCE : ModelRole.FOCAL);
    }

    /** The step of the next report after {@code now}: the next of --at, else the next multiple of K (at most --steps). */
    long nextReport(long now, int k) {
        if (at != null && !at.isEmpty()) {
            return at.stream().filter(s -> s > now).mapToLong(Long::longValue).min().orElse(steps);
        }
        return k > 0 ? Math.min(steps, (now / k + 1) * k) : steps;
    }

    /** Whether the multi-class lab was asked for. */
    boolean multiClass() {
        return classes != 2 || models != null || alphaVector != null
                || (loss != null && List.of("weighted-ce", "softmax-focal", "ovr-focal").contains(loss));
    }

    private String binaryLoss() {
        return loss != null ? loss : "focal";
    }

    private void report(String type, TrainingSnapshot s, List<ModelRole> roles, double hardest, TrainText text, PrintWriter out) {
        TrainingAnalysis a = TrainingAnalysis.of(s, hardest);
        if (json) {
            out.println(TrainingJson.line(TrainingJson.metrics(type, s, a, roles)));
        } else if (type.equals("final")) {
            text.fin(s, a);
        } else {
            text.rows(s, a);
        }
        out.flush();
    }

    // ---- options → settings ----------------------------------------------------------------------------

    private static boolean isReferenceLoss(String kind) {
        return kind.equals("ce") || kind.equals("balanced-ce");
    }

    TrainingSettings settings() {
        DatasetKind kind = parse("--dataset", dataset, DatasetKind::fromId, "anchors, overlap, ring, moons or detection");
        check(positives >= DatasetSpec.MIN_POSITIVE_FRACTION && positives <= DatasetSpec.MAX_POSITIVE_FRACTION,
                "--positives must be in [0.001, 0.5] (1:1000 to 1:1), got " + positives);
        check(points >= DatasetSpec.MIN_POINTS && points <= DatasetSpec.MAX_POINTS, "--points must be in [10, 20000], got " + points);
        int test = testPoints != null ? testPoints : stream ? DatasetSpec.MAX_POINTS : points;
        check(test >= DatasetSpec.MIN_POINTS && test <= DatasetSpec.MAX_POINTS, "--test-points must be in [10, 20000], got " + test);
        check(noise >= 0 && noise <= 1, "--noise must be in [0, 1], got " + noise);
        check(labelNoise >= 0 && labelNoise <= DatasetSpec.MAX_LABEL_NOISE, "--label-noise must be in [0, 0.5], got " + labelNoise);
        ModelSpec m = modelSpec();
        OptimizerKind opt = parse("--optimizer", optimizer, OptimizerKind::fromId, "sgd or adam");
        double lr = learningRate != null ? learningRate : opt == OptimizerKind.ADAM ? 0.01 : 0.1;
        check(lr > 0 && Double.isFinite(lr), "--lr must be a finite number > 0, got " + lr);
        check(momentum >= 0 && momentum < 1, "--momentum must be in [0, 1), got " + momentum);
        int batch = batchSize != null ? batchSize : stream ? TrainingSettings.LAB_BATCH_SIZE : 0;
        check(batch >= 0, "--batch-size must be >= 0 (0 = full batch), got " + batch);
        check(!stream || batch <= DatasetSpec.MAX_POINTS, "--batch-size must be at most 20000 with --stream, got " + batch);
        String lossKind = binaryLoss();
        check(lossKind.equals("ce") || lossKind.equals("balanced-ce") || lossKind.equals("focal"),
                "--loss must be ce, balanced-ce or focal, got '" + lossKind + "'");
        FocalSetting focalSetting = focal.setting(FocalSetting.PAPER_ALPHA, spec);
        String ref = reference != null ? reference : lossKind.equals("balanced-ce") ? "balanced-ce" : "ce";
        check(isReferenceLoss(ref), "--reference must be ce or balanced-ce, got '" + ref + "'");
        check(compare || !isReferenceLoss(lossKind) || ref.equals(lossKind),
                "--loss " + lossKind + " and --reference " + ref + " disagree: without --compare the reference model is the one trained");
        double refAlpha = referenceAlpha != null ? referenceAlpha : focalSetting.hasAlpha() ? focalSetting.alpha() : -1;
        if (ref.equals("balanced-ce")) {
            check(refAlpha >= 0 && refAlpha <= 1, "balanced-ce needs an alpha in [0, 1] (--reference-alpha or --alpha), got " + refAlpha);
        }
        Normalization norm = parse("--normalize", normalize, Normalization::fromId, "mean or positives");
        checkRun();
        try {
            DatasetSpec data = new DatasetSpec(kind, positives, points, test, noise, labelNoise, seed);
            OptimizerSpec o = new OptimizerSpec(opt, lr, momentum, 0.9, 0.999, 1e-8, batch);
            FocalSetting referenceLoss = ref.equals("ce") ? FocalSetting.crossEntropy() : FocalSetting.balancedCrossEntropy(refAlpha);
            return new TrainingSettings(data, m, o, referenceLoss, focalSetting, norm, seed, threshold,
                    TrainingSettings.DEFAULT_GRID_SIZE, stream ? DataSource.STREAM : DataSource.FIXED);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The network options (shared by the binary and the multi-class lab). */
    ModelSpec modelSpec() {
        check(model.equals("mlp") || model.equals("logistic"), "--model must be logistic or mlp, got '" + model + "'");
        Activation act = parse("--activation", activation, Activation::fromId, "tanh or relu");
        check(prior >= 1e-6 && prior <= 1 - 1e-6, "--prior must be in [1e-6, 1 - 1e-6], got " + prior);
        if (model.equals("mlp")) {
            check(!hidden.isEmpty() && hidden.size() <= ModelSpec.MAX_HIDDEN_LAYERS,
                    "--hidden must list 1 to " + ModelSpec.MAX_HIDDEN_LAYERS + " widths, got " + hidden.size());
            for (int w : hidden) {
                check(w >= 1 && w <= ModelSpec.MAX_WIDTH, "--hidden widths must be in [1, " + ModelSpec.MAX_WIDTH + "], got " + w);
            }
        }
        return new ModelSpec(model.equals("mlp") ? hidden : List.of(), act, priorInit, prior);
    }

    /** Steps, reports, seeds, threshold: shared by both labs; sets {@link #steps}. */
    void checkRun() {
        if (at != null) {
            for (int i = 0; i < at.size(); i++) {
                check(at.get(i) >= 1, "--at[" + i + "] must be >= 1, got " + at.get(i));
            }
        }
        long last = at == null || at.isEmpty() ? 2000 : at.stream().mapToLong(Long::longValue).max().orElse(2000);
        long total = stepsOption != null ? stepsOption : last;
        check(total >= 0 && total <= Integer.MAX_VALUE, "--steps must be in [0, " + Integer.MAX_VALUE + "], got " + total);
        steps = (int) total;
        check(every == null || every >= 0, "--every must be >= 0, got " + every);
        check(threshold > 0 && threshold < 1, "--threshold must be in (0, 1), got " + threshold);
        check(hardestPercent > 0 && hardestPercent <= 100, "--hardest must be in (0, 100], got " + hardestPercent);
        check(seeds >= 1 && seeds <= 1000, "--seeds must be in [1, 1000], got " + seeds);
        check(threads >= 1 && threads <= 64, "--threads must be in [1, 64], got " + threads);
    }

    <T> T parse(String option, String value, java.util.function.Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + " must be " + expected + ", got '" + value + "'");
        }
    }

    void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
