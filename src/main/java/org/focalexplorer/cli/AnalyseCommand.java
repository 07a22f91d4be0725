package org.focalexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.focalexplorer.analysis.predictions.LossBreakdown;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.analysis.predictions.ScoreKind;
import org.focalexplorer.io.predictions.OnError;
import org.focalexplorer.io.predictions.PredictionFormat;
import org.focalexplorer.io.predictions.PredictionJson;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyse FILE}: where the loss of a file of predictions goes under CE, α-CE and FL (the same
 * {@link PredictionAnalysis} as the app's predictions view). Exit codes: 0 done, 2 invalid options or a bad
 * file (one line on standard error naming file, line or index, and column).
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads a file of logits (or probabilities) and labels and prints where its loss goes under CE, alpha-CE and "
                    + "focal loss: the shares of easy negatives (p_t > 0.9), hard examples (p_t < 0.5) and positives, "
                    + "the paper's Figure 4, the hardest k %% and the effective number of examples.",
            "Files: CSV/TSV with a header; .npy logits [N] or [N, C] with --labels FILE.npy, or a structured .npy; "
                    + ".npz with two arrays or one structured array.",
            "Exit codes: 0 done, 2 invalid options or a bad file.",
        })
public final class AnalyseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The predictions file.")
    Path file;

    @Option(names = "--gamma", paramLabel = "<v>", defaultValue = "2", description = "gamma >= 0 (default: ${DEFAULT-VALUE}).")
    double gamma;

    @Option(names = "--alpha", paramLabel = "<v>", defaultValue = "0.25",
            description = "Binary: alpha of the positives in [0, 1] (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--no-alpha", description = "No alpha weighting (alpha_t = 1).")
    boolean noAlpha;

    @Option(names = "--alpha-vector", paramLabel = "<a,b,...>", split = ",",
            description = "Multi-class: alpha per class, finite and >= 0 (default: all 1).")
    List<Double> alphaVector;

    @Option(names = "--columns", paramLabel = "<scores...,label>", split = ",",
            description = "Score column(s) then the label column, by name (CSV header, structured fields, .npz arrays). "
                    + "Default: the column named label/labels/target/targets/y/class is the label, all others are scores.")
    List<String> columns;

    @Option(names = "--labels", paramLabel = "<FILE.npy>", description = "The labels beside a .npy of logits.")
    Path labels;

    @Option(names = "--format", paramLabel = "<f>", description = "csv, npy or npz (default: from the extension).")
    String format;

    @Option(names = "--scores", paramLabel = "<kind>", defaultValue = "auto",
            description = "logits, probabilities or auto (probabilities if all are in [0, 1]; multi-class rows must also sum to 1) (default: ${DEFAULT-VALUE}).")
    String scores;

    @Option(names = "--ignore-index", paramLabel = "<n>", description = "Label value whose rows are left out.")
    Integer ignoreIndex;

    @Option(names = "--negative-class", paramLabel = "<c>", defaultValue = "0",
            description = "Multi-class: the class counted as negatives (background) (default: ${DEFAULT-VALUE}).")
    int negativeClass;

    @Option(names = "--hardest", paramLabel = "<percent>", defaultValue = "10",
            description = "k of 'the hardest k %% of examples carry X %% of the loss', in (0, 100] (default: ${DEFAULT-VALUE}).")
    double hardestPercent;

    @Option(names = "--on-error", paramLabel = "<policy>", defaultValue = "stop",
            description = "stop at the first malformed row, or skip (and count) malformed rows (default: ${DEFAULT-VALUE}).")
    String onError;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ReadOptions options = options();
            if (!(hardestPercent > 0 && hardestPercent <= 100)) {
                throw new IllegalArgumentException("--hardest = " + hardestPercent + ": must be in (0, 100]");
            }
            PredictionSet set = PredictionReader.read(file, options, Monitor.NONE);
            if (json) {
                // the analysis is built on this thread alone: the JSON writer's classes load meanwhile
                Thread warm = new Thread(PredictionJson::warmUp, "json-warm-up");
                warm.setDaemon(true);
                warm.start();
            }
            PredictionAnalysis analysis = PredictionAnalysis.of(set, set.binary() ? 0 : negativeClass, Monitor.NONE);
            PredictionReport report = analyse(analysis, set);
            if (json) {
                out.println(PredictionJson.write(file.getFileName().toString(), report));
            } else {
                text(out, report);
            }
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            return fail(err, "no such file: " + e.getFile());
        } catch (IOException e) {
            return fail(err, e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
    }

    private PredictionReport analyse(PredictionAnalysis analysis, PredictionSet set) {
        double k = hardestPercent / 100.0;
        if (set.binary()) {
            if (alphaVector != null) {
                throw new IllegalArgumentException("--alpha-vector is for multi-class data; " + file.getFileName() + " is binary: use --alpha");
            }
            FocalSetting s = noAlpha ? FocalSetting.focalWithoutAlpha(gamma) : FocalSetting.focal(alpha, gamma);
            return analysis.analyse(s, k);
        }
        double[] a = null;
        if (alphaVector != null && !noAlpha) {
            a = alphaVector.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return analysis.analyse(a, gamma, k);
    }

    private ReadOptions options() {
        PredictionFormat f = null;
        if (format != null) {
            f = switch (format.toLowerCase(Locale.ROOT)) {
                case "csv", "tsv" -> PredictionFormat.CSV;
                case "npy" -> PredictionFormat.NPY;
                case "npz" -> PredictionFormat.NPZ;
                default -> throw new IllegalArgumentException("--format = " + format + ": must be csv, npy or npz");
            };
        }
        ScoreKind kind = switch (scores.toLowerCase(Locale.ROOT)) {
            case "auto" -> ScoreKind.AUTO;
            case "logits" -> ScoreKind.LOGITS;
            case "probabilities", "probs" -> ScoreKind.PROBABILITIES;
            default -> throw new IllegalArgumentException("--scores = " + scores + ": must be logits, probabilities or auto");
        };
        OnError policy = switch (onError.toLowerCase(Locale.ROOT)) {
            case "stop" -> OnError.STOP;
            case "skip" -> OnError.SKIP;
            default -> throw new IllegalArgumentException("--on-error = " + onError + ": must be stop or skip");
        };
        if (columns != null && columns.size() < 2) {
            throw new IllegalArgumentException("--columns = " + String.join(",", columns) + ": give the score column(s), then the label column");
        }
        return new ReadOptions(f, columns == null ? List.of() : columns, kind,
                ignoreIndex == null ? OptionalInt.empty() : OptionalInt.of(ignoreIndex), labels, policy);
    }

    private void text(PrintWriter out, PredictionReport r) {
        out.printf(Locale.ROOT, "%s: %d rows, %s%n", file.getFileName(), r.rows(), r.binary()
                ? r.positives() + " positives, " + r.classCounts().get(0) + " negatives"
                : "class counts " + r.classCounts() + ", negatives = class " + r.negativeClass());
        out.printf(Locale.ROOT, "scores read as %s; %d probabilities clamped; %d rows ignored; %d malformed rows skipped%n",
                r.summary().scoreKind().name().toLowerCase(Locale.ROOT), r.summary().clampedProbabilities(),
                r.summary().ignoredRows(), r.summary().skippedRows());
        r.summary().firstProblems().forEach(p -> out.println("  skipped: " + p));
        out.printf(Locale.ROOT, "gamma = %s, alpha by class = %s%n", trim(r.gamma()), r.alphas());
        out.println();
        out.printf(Locale.ROOT, "%-9s %12s %12s %12s   %12s %12s %12s   %9s %12s%n", "", "loss: easy-", "hard", "positives",
                "grad: easy-", "hard", "positives", "hardest", "effective");
        out.printf(Locale.ROOT, "%-9s %12s %12s %12s   %12s %12s %12s   %9s %12s%n", "", "negatives", "(p_t<0.5)", "",
                "negatives", "(p_t<0.5)", "", Math.round(r.hardestFraction() * 100) + " %", "examples");
        for (LossBreakdown b : r.losses()) {
            out.printf(Locale.ROOT, "%-9s %11.4f%% %11.4f%% %11.4f%%   %11.4f%% %11.4f%% %11.4f%%   %8.3f%% %12.1f%n", b.id(),
                    100 * b.loss().easyNegatives(), 100 * b.loss().hard(), 100 * b.loss().positives(),
                    100 * b.gradient().easyNegatives(), 100 * b.gradient().hard(), 100 * b.gradient().positives(),
                    100 * b.hardestShare(), b.effectiveExamples());
        }
        out.println();
        out.printf(Locale.ROOT, "Under focal loss the hardest %s %% of the examples carry %s %% of the loss.%n",
                trim(r.hardestFraction() * 100), org.focalexplorer.text.NumberText.percent(r.focal().hardestShare()));
        out.println();
        out.println("Figure 4 (cumulative normalised loss; x = fraction of the class's examples, from the easiest):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s", "x"));
        for (int j = 0; j <= 100; j += 10) {
            head.append(String.format(Locale.ROOT, " %6.2f", j / 100.0));
        }
        out.println(head);
        for (var c : r.figure4()) {
            row(out, "neg g=" + trim(c.gamma()), c.negativesY());
            row(out, "pos g=" + trim(c.gamma()), c.positivesY());
        }
    }

    private static void row(PrintWriter out, String name, double[] y) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s", name));
        for (int j = 0; j <= 100 && y.length > 0; j += 10) {
            sb.append(String.format(Locale.ROOT, " %6.4f", y[(int) Math.round(j * (y.length - 1) / 100.0)]));
        }
        out.println(sb);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private int fail(PrintWriter err, String message) {
        err.println(spec.qualifiedName() + ": " + String.valueOf(message).replaceAll("\\s*\\R\\s*", " "));
        err.flush();
        return 2;
    }
}
