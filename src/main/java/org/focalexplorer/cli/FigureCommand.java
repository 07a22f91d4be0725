package org.focalexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.focalexplorer.io.AtomicFiles;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.ExportFormat;
import org.focalexplorer.render.Exports;
import org.focalexplorer.render.PlotCsv;
import org.focalexplorer.render.PlotPainter;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.viewmodel.classifier.FrameBuilder;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.parameters.NumberParameter;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import java.nio.file.Path;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.viewmodel.predictions.PredictionPlots;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code figure}: writes one of the app's plots as PNG, SVG or CSV without a display. The plot's data come
 * from the same view models as in the app and are painted by the same code (on Java2D instead of a JavaFX
 * canvas), so the file equals the app's export for the same settings.
 *
 * <p>Exit codes: 0 written, 1 the file could not be written or training diverged, 2 invalid options.
 */
@Command(
        name = "figure",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a figure of the explorer as PNG, SVG or CSV, headless.",
            "fig1: loss versus p_t (paper Figure 1: CE and FL at --gamma, or the paper's gamma family with --family); "
                    + "fig6: gradient versus x_t (paper Figure 6); weights: the modulating factor and CE/FL; "
                    + "fig4: cumulative normalised loss of the focal-loss model after a toy training run (paper Figure 4), "
                    + "or of a file of your own predictions with --predictions FILE (the app's predictions tab).",
            "Exit codes: 0 written, 1 could not write (or training diverged), 2 invalid options.",
        })
public final class FigureCommand implements Callable<Integer> {
    private static final int MIN_SIZE = 100;
    private static final int MAX_SIZE = 10_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<figure>", description = "fig1, fig6, weights or fig4.")
    String figure;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<file>", description = "The file to write (replaced whole, or left as it was on failure).")
    Path out;

    @Option(names = "--format", paramLabel = "<f>", description = "png, svg or csv (default: from the extension of --out).")
    String format;

    @Option(names = "--width", paramLabel = "<px>", defaultValue = "800",
            description = "Width in pixels, 100 to 10000; a PNG has twice as many (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "<px>", defaultValue = "500",
            description = "Height in pixels, 100 to 10000 (default: ${DEFAULT-VALUE}).")
    int height;

    /** --alpha, --no-alpha, --gamma: shared with train; gamma here at most 10, as in the app. */
    @Mixin
    FocalOptions focal;

    @Option(names = "--family", description = "fig1: the paper's gamma family 0, 0.5, 1, 2, 5 in place of CE.")
    boolean family;

    @Option(names = "--x", paramLabel = "<axis>", defaultValue = "pt", description = "fig1, weights: along pt or logit (default: ${DEFAULT-VALUE}).")
    String xAxis;

    @Option(names = "--log", description = "fig1: logarithmic loss axis (down to 1e-300).")
    boolean log;

    @Option(names = "--theme", paramLabel = "<t>", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--lang", paramLabel = "<l>", defaultValue = "en", description = "Language of the texts: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    // ---- fig4: the toy run, defaults as in train ----
    @Option(names = "--dataset", paramLabel = "<kind>", defaultValue = "anchors", description = "fig4: anchors, overlap, ring or moons (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--positives", paramLabel = "<fraction>", defaultValue = "0.01", description = "fig4: share of positives, 0.001 to 0.5 (default: ${DEFAULT-VALUE}).")
    double positives;

    @Option(names = "--steps", paramLabel = "<n>", defaultValue = "2000", description = "fig4: training steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "7", description = "fig4: seed of the data, weights and batches (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--class", paramLabel = "<c>", defaultValue = "negatives", description = "fig4: positives or negatives (default: ${DEFAULT-VALUE}).")
    String figure4Class;

    // ---- fig4 of a file of predictions (as the predictions tab draws it) ----
    @Option(names = "--predictions", paramLabel = "<file>",
            description = "fig4: Figure 4 of this file of predictions (CSV/TSV, .npy, .npz; see analyse) instead of a toy run.")
    Path predictions;

    @Option(names = "--labels", paramLabel = "<FILE.npy>", description = "fig4 --predictions: the labels beside a .npy of logits.")
    Path labels;

    @Option(names = "--columns", paramLabel = "<scores...,label>", split = ",",
            description = "fig4 --predictions: score column(s) then the label column, by name (as in analyse).")
    List<String> columns;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true"); // before the first Java2D class: no display needed
        check(List.of("fig1", "fig6", "weights", "fig4").contains(figure),
                "<figure> must be fig1, fig6, weights or fig4, got '" + figure + "'");
        ExportFormat f = format();
        check(width >= MIN_SIZE && width <= MAX_SIZE, "--width must be in [100, 10000], got " + width);
        check(height >= MIN_SIZE && height <= MAX_SIZE, "--height must be in [100, 10000], got " + height);
        focal.setting(null, spec); // checks α, γ ≥ 0 and --alpha with --no-alpha
        double gamma = focal.gamma;
        check(gamma >= 0 && gamma <= ParameterViewModel.GAMMA_MAX, "--gamma must be in [0, 10], got " + gamma);
        check(xAxis.equals("pt") || xAxis.equals("logit"), "--x must be pt or logit, got '" + xAxis + "'");
        check(lang.equals("en") || lang.equals("zh"), "--lang must be en or zh, got '" + lang + "'");
        check(figure4Class.equals("positives") || figure4Class.equals("negatives"),
                "--class must be positives or negatives, got '" + figure4Class + "'");
        PlotTheme t;
        try {
            t = PlotTheme.named(theme);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--theme must be light or dark, got '" + theme + "'");
        }
        Messages m = Messages.forLocale(lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);

        check(predictions == null || figure.equals("fig4"), "--predictions goes with fig4 only");
        PlotData data = figure.equals("fig4") ? (predictions != null ? predictionsFigure4(m) : figure4(m)) : curves(m);
        if (data == null) {
            return 1;
        }
        ExportContent c = new ExportContent(figure, width, height, PlotPainter.figure(data, t, 1.0), () -> PlotCsv.of(data));
        try {
            Exports.write(c, f, out);
        } catch (IOException | RuntimeException e) {
            // the reason alone: AtomicFiles names the path given, never its temporary file, and so does this line
            String reason = e instanceof AtomicFiles.WriteException w ? w.reason()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": cannot write " + out + ": " + reason);
            err.flush();
            return 1;
        }
        return 0;
    }

    private ExportFormat format() {
        if (format != null) {
            try {
                return ExportFormat.named(format);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format must be png, svg or csv, got '" + format + "'");
            }
        }
        return ExportFormat.of(out).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--out " + out + " has no .png, .svg or .csv extension: give --format"));
    }

    /** fig1, fig6, weights: the explorer's view model, recomputing at once. */
    private PlotData curves(Messages m) {
        LiveState live = new LiveState();
        ParameterViewModel p = new ParameterViewModel(live, m);
        set(p.gamma(), focal.gamma, "--gamma");
        Double alpha = focal.alphaOn();
        if (alpha != null) {
            set(p.alpha(), alpha, "--alpha");
        }
        p.alphaEnabledProperty().set(alpha != null);
        CurvesViewModel vm = new CurvesViewModel(live, p, m, Runnable::run);
        vm.paperFamilyProperty().set(family);
        vm.xAxisProperty().set(xAxis.equals("logit") ? XAxis.LOGIT : XAxis.PROBABILITY);
        vm.yScaleProperty().set(log ? YScale.LOG : YScale.LINEAR);
        vm.flush();
        if (log) {
            vm.lossZoom().showAll(); // the file shows the whole exact tail, as --log promises; the window opens zoomed in
            vm.flush();
        }
        return switch (figure) {
            case "fig1" -> vm.lossPlotProperty().get();
            case "fig6" -> vm.gradientPlotProperty().get();
            default -> vm.weightingPlotProperty().get();
        };
    }

    private void set(NumberParameter parameter, double value, String option) {
        check(parameter.submit(Double.toString(value)), option + " must be in [" + parameter.min() + ", " + parameter.max()
                + "], got " + value);
    }

    /** fig4: a toy run with train's settings, then the app's frame builder. */
    private PlotData figure4(Messages m) {
        TrainingSettings settings = trainingSettings();
        SideBySideTrainer trainer = new SideBySideTrainer(settings);
        StepOutcome outcome = trainer.step(steps);
        if (outcome.diverged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + outcome.divergence().orElseThrow().message());
            err.flush();
            return null;
        }
        return new FrameBuilder(m).apply(trainer.snapshot()).panel(ModelRole.FOCAL)
                .figure4(figure4Class.equals("positives") ? Figure4Class.POSITIVES : Figure4Class.NEGATIVES);
    }

    /**
     * fig4 of a file: read and analysed as the predictions tab does, at --gamma (α drops out within a class;
     * the current γ is drawn beside 0, 0.5, 1 and 2). A bad file is refused in one line, exit code 2.
     */
    private PlotData predictionsFigure4(Messages m) {
        FocalSetting setting = focal.setting(0.25, spec);
        try {
            ReadOptions options = ReadOptions.defaults().withLabels(labels)
                    .withColumns(columns == null ? List.of() : columns);
            PredictionSet set = PredictionReader.read(predictions, options, Monitor.NONE);
            PredictionAnalysis analysis = PredictionAnalysis.of(set, Monitor.NONE);
            PredictionReport report = PredictionsViewModel.report(analysis, setting, PredictionAnalysis.DEFAULT_HARDEST_FRACTION);
            return PredictionPlots.figure4(report, figure4Class.equals("positives"), m);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--predictions: no such file: " + e.getFile());
        } catch (IOException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--predictions: " + e.getMessage());
        }
    }

    /** The train command's own parsing and checks, so that fig4's toy run is exactly {@code train}'s. */
    private TrainingSettings trainingSettings() {
        List<String> args = new ArrayList<>(List.of("--dataset", dataset, "--positives", Double.toString(positives),
                "--steps", Integer.toString(steps), "--seed", Long.toString(seed), "--gamma", Double.toString(focal.gamma)));
        if (focal.alphaOff()) {
            args.add("--no-alpha");
        } else if (focal.alphaOn() != null) {
            args.addAll(List.of("--alpha", Double.toString(focal.alphaOn())));
        }
        TrainCommand train = new TrainCommand();
        CommandLine parser = new CommandLine(train);
        try {
            parser.parseArgs(args.toArray(String[]::new));
            return train.settings();
        } catch (ParameterException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
