package org.focalexplorer.viewmodel.predictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.io.predictions.ColumnNames;
import org.focalexplorer.io.predictions.ExamplePredictions;
import org.focalexplorer.io.predictions.OnError;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predictions view model without a toolkit: the loader and the analyser are queues this test runs, the
 * UI queue runs at once. The numbers shown are checked against direct sums over the example file's rows
 * with the loss core ({@link FocalCurves}), independent of the analysis' bins.
 */
class PredictionsViewModelTest {
    /** A queue of tasks the test runs on its own thread. */
    static final class Queued implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int runAll() {
            int n = 0;
            for (Runnable t; (t = tasks.poll()) != null; n++) {
                t.run();
            }
            return n;
        }
    }

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final ParameterViewModel parameters = new ParameterViewModel(messages);
    private final Queued loader = new Queued();
    private final Queued analyser = new Queued();
    private final PredictionsViewModel vm = new PredictionsViewModel(parameters, messages, Runnable::run, loader, analyser);

    @TempDir
    Path dir;

    private void loadExample() {
        vm.openExample();
        loader.runAll();
        analyser.runAll();
    }

    /** The example's rows: x_t (the logit of the true class) and whether each is a positive. */
    private record Rows(double[] xt, boolean[] positive) {}

    private static Rows exampleRows() throws IOException {
        List<String> lines;
        try (InputStream in = PredictionsViewModelTest.class.getResourceAsStream(ExamplePredictions.RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        double[] xt = new double[lines.size()];
        boolean[] positive = new boolean[lines.size()];
        for (int i = 0; i < xt.length; i++) {
            String[] f = lines.get(i).split(",");
            double x = Double.parseDouble(f[0]);
            positive[i] = Integer.parseInt(f[1].strip()) == 1;
            xt[i] = positive[i] ? x : -x;
        }
        return new Rows(xt, positive);
    }

    @Test
    void loading_runs_on_the_loader_shows_progress_and_then_the_report() {
        vm.openExample();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(vm.analysisProperty().get()).isNull();
        assertThat(loader.runAll()).isEqualTo(1);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.analysisProperty().get().set().rows()).isEqualTo(20_000);
        assertThat(vm.reportProperty().get()).as("recomputed on the analyser, not yet").isNull();
        analyser.runAll();
        PredictionReport r = vm.reportProperty().get();
        assertThat(r.gamma()).isEqualTo(2.0);
        assertThat(vm.summaryTextProperty().get())
                .isEqualTo("toy-anchors-predictions.csv: 20,000 rows, 200 positives (1.00 %); scores read as logits.");
        assertThat(vm.histogramProperty().get().title()).isEqualTo("pₜ of each class (log-odds axis)");
    }

    /** Every share, the hardest k % and the effective number against direct sums with the loss core. */
    @Test
    void the_numbers_shown_equal_direct_sums_over_the_rows_as_alpha_gamma_and_k_move() throws IOException {
        loadExample();
        Rows rows = exampleRows();
        double[][] settings = {{0.25, 2.0, 10}, {0.5, 0.0, 10}, {0.9, 3.7, 25}, {-1, 1.0, 1}};
        for (double[] s : settings) {
            boolean alphaOn = s[0] >= 0;
            parameters.apply(alphaOn, alphaOn ? s[0] : 0.25, s[1]);
            vm.hardestPercentProperty().set((int) s[2]);
            analyser.runAll();
            PredictionReport r = vm.reportProperty().get();
            assertThat(r.gamma()).isEqualTo(s[1]);
            double alpha = alphaOn ? s[0] : Double.NaN;
            int n = rows.xt().length;
            double[] loss = new double[n];
            double total = 0;
            double easyNegatives = 0;
            double positives = 0;
            double sw = 0;
            double sw2 = 0;
            for (int i = 0; i < n; i++) {
                double alphaT = !alphaOn ? 1.0 : rows.positive()[i] ? alpha : 1 - alpha;
                loss[i] = FocalCurves.flOfLogit(rows.xt()[i], alphaT, s[1]);
                total += loss[i];
                if (!rows.positive()[i] && FocalCurves.probabilityOf(rows.xt()[i]) > 0.9) {
                    easyNegatives += loss[i];
                }
                if (rows.positive()[i]) {
                    positives += loss[i];
                }
                double w = alphaT * FocalCurves.modulatingFactorOfLogit(rows.xt()[i], s[1]);
                sw += w;
                sw2 += w * w;
            }
            double[] sorted = loss.clone();
            Arrays.sort(sorted);
            int k = (int) Math.ceil(s[2] / 100 * n);
            double hardest = 0;
            for (int i = 0; i < k; i++) {
                hardest += sorted[n - 1 - i];
            }
            SharesTable t = vm.sharesProperty().get();
            assertThat(t.row("loss.easy_negatives").values().get(2)).isCloseTo(easyNegatives / total, within(1e-6));
            assertThat(t.row("loss.positives").values().get(2)).isCloseTo(positives / total, within(1e-6));
            assertThat(t.row("hardest").values().get(2)).isCloseTo(hardest / total, within(1e-6));
            assertThat(t.row("effective_examples").values().get(2) / (sw * sw / sw2)).isCloseTo(1.0, within(1e-6));
            assertThat(t.row("effective_examples").values().get(0)).isCloseTo(n, within(1e-6));
            assertThat(t.row("loss.easy_negatives").texts().get(2))
                    .isEqualTo(ReportTexts.percent(r.focal().loss().easyNegatives()));
            assertThat(vm.hardestTextProperty().get()).startsWith("The hardest " + (int) s[2] + " % of the examples carry "
                    + ReportTexts.percent(r.focal().hardestShare()));
            // and the very report of the analysis for that setting
            PredictionReport direct = PredictionsViewModel.report(vm.analysisProperty().get(), parameters.focal(), s[2] / 100);
            assertThat(r.focal()).isEqualTo(direct.focal());
        }
    }

    /** A drag: many changes before the analyser runs cost one computation, of the last setting. */
    @Test
    void a_burst_of_changes_is_one_recomputation_of_the_latest() {
        loadExample();
        for (double g = 0.1; g < 3; g += 0.1) {
            parameters.apply(true, 0.25, g);
        }
        parameters.apply(true, 0.25, 4.5);
        assertThat(analyser.tasks).hasSize(1);
        analyser.runAll();
        assertThat(vm.reportProperty().get().gamma()).isEqualTo(4.5);
        PlotData f4 = vm.figure4NegativesProperty().get();
        Series current = f4.series().get(f4.series().size() - 1);
        assertThat(current.role()).isEqualTo(SeriesRole.FL);
        assertThat(current.label()).isEqualTo("γ = 4.5 (now)");
        assertThat(f4.series()).hasSize(5);
    }

    @Test
    void cancel_stops_the_load_and_keeps_the_file_shown() throws IOException {
        loadExample();
        PredictionAnalysis shown = vm.analysisProperty().get();
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "logit,label\n1,1\n-1,0\n");
        vm.open(other);
        assertThat(vm.loadingProperty().get()).isTrue();
        vm.cancel();
        assertThat(vm.loadingProperty().get()).isFalse();
        loader.runAll(); // the read sees the flag at its first step and stops
        analyser.runAll();
        assertThat(vm.analysisProperty().get()).isSameAs(shown);
        assertThat(vm.infoTextProperty().get()).isEqualTo("Loading cancelled; the file shown before stays.");
        assertThat(vm.errorTextProperty().get()).isEmpty();
        assertThat(vm.summaryTextProperty().get()).startsWith("toy-anchors-predictions.csv");
    }

    @Test
    void a_newer_open_wins_over_an_older_one_still_running() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "logit,label\n1,1\n-1,0\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "logit,label\n1,1\n-1,0\n-2,0\n");
        vm.open(a);
        vm.open(b);
        loader.runAll();
        analyser.runAll();
        assertThat(vm.analysisProperty().get().set().source()).isEqualTo("b.csv");
        assertThat(vm.reportProperty().get().rows()).isEqualTo(3);
    }

    @Test
    void a_bad_file_is_one_line_and_leaves_the_file_shown_untouched_until_retried_skipping() throws IOException {
        loadExample();
        PredictionAnalysis shown = vm.analysisProperty().get();
        PredictionReport report = vm.reportProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "logit,label\n1.5,1\nabc,0\n-4,0\n");
        vm.open(bad);
        loader.runAll();
        analyser.runAll();
        assertThat(vm.errorTextProperty().get()).isEqualTo("Cannot open bad.csv: line 3, column \"logit\": \"abc\" is not a number"
                + " (still showing toy-anchors-predictions.csv)");
        assertThat(vm.analysisProperty().get()).isSameAs(shown);
        assertThat(vm.reportProperty().get()).isSameAs(report);
        assertThat(vm.canRetrySkippingProperty().get()).isTrue();

        vm.retrySkipping();
        assertThat(vm.onErrorProperty().get()).isEqualTo(OnError.SKIP);
        loader.runAll();
        analyser.runAll();
        assertThat(vm.errorTextProperty().get()).isEmpty();
        assertThat(vm.reportProperty().get().rows()).isEqualTo(2);
        assertThat(vm.summaryTextProperty().get()).endsWith("1 malformed rows skipped.");
    }

    @Test
    void an_empty_file_and_a_missing_file_are_refused_by_name_without_anything_shown() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        vm.open(empty);
        loader.runAll();
        assertThat(vm.errorTextProperty().get()).isEqualTo("Cannot open empty.csv: empty file (no header row)");
        assertThat(vm.canRetrySkippingProperty().get()).isFalse();
        vm.open(dir.resolve("gone.csv"));
        loader.runAll();
        assertThat(vm.errorTextProperty().get()).isEqualTo("Cannot open no such file: " + dir.resolve("gone.csv"));
        assertThat(vm.analysisProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void ambiguous_columns_are_asked_for_and_a_wrong_choice_is_refused() throws IOException {
        Path f = dir.resolve("scores.csv");
        Files.writeString(f, "score,gt\n2.0,1\n-1.0,0\n-3.0,0\n");
        vm.open(f);
        loader.runAll();
        ColumnRequest r = vm.columnRequestProperty().get();
        assertThat(r.kind()).isEqualTo(ColumnNames.Kind.AMBIGUOUS);
        assertThat(r.names()).containsExactly("score", "gt");
        assertThat(r.suggestedLabel()).isEqualTo("gt");
        assertThat(vm.loadingProperty().get()).isFalse();

        vm.chooseColumns(List.of("gt"), "gt");
        assertThat(vm.errorTextProperty().get()).isEqualTo("Choose at least one score column other than the label.");
        assertThat(vm.columnRequestProperty().get()).isSameAs(r);
        vm.chooseColumns(List.of("score"), "gt");
        assertThat(vm.columnRequestProperty().get()).isNull();
        loader.runAll();
        analyser.runAll();
        assertThat(vm.reportProperty().get().rows()).isEqualTo(3);
        assertThat(vm.reportProperty().get().positives()).isEqualTo(1);
    }

    @Test
    void a_plain_npy_asks_for_its_labels_file() throws IOException {
        Path logits = dir.resolve("logits.npy");
        Files.write(logits, org.focalexplorer.io.predictions.NpyFiles.floats(new double[] {2.0, -1.0, -3.0}));
        Path labels = dir.resolve("labels.npy");
        Files.write(labels, org.focalexplorer.io.predictions.NpyFiles.longs(new long[] {1, 0, 0}));
        vm.open(logits);
        loader.runAll();
        assertThat(vm.columnRequestProperty().get().kind()).isEqualTo(ColumnNames.Kind.NEEDS_LABELS_FILE);
        vm.chooseLabelsFile(labels);
        loader.runAll();
        analyser.runAll();
        assertThat(vm.reportProperty().get().rows()).isEqualTo(3);
        assertThat(vm.summaryTextProperty().get()).startsWith("logits.npy: 3 rows, 1 positives");
    }

    /** Multi-class: α for every class but the negative one, 1 − α for it; off: all 1. */
    @Test
    void multiclass_files_take_alpha_for_the_foreground_and_one_minus_alpha_for_the_background() throws IOException {
        Path f = dir.resolve("three.csv");
        StringBuilder sb = new StringBuilder("bg,car,person,label\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            sb.append(random.nextGaussian()).append(',').append(random.nextGaussian()).append(',')
                    .append(random.nextGaussian()).append(',').append(i % 10 == 0 ? 1 + (i / 10) % 2 : 0).append('\n');
        }
        Files.writeString(f, sb.toString());
        parameters.apply(true, 0.25, 2.0);
        vm.open(f);
        loader.runAll();
        analyser.runAll();
        PredictionReport r = vm.reportProperty().get();
        assertThat(r.binary()).isFalse();
        assertThat(r.alphas()).containsExactly(0.75, 0.25, 0.25);
        assertThat(r.focal()).isEqualTo(vm.analysisProperty().get().analyse(new double[] {0.75, 0.25, 0.25}, 2.0, 0.1).focal());
        assertThat(vm.summaryTextProperty().get()).startsWith("three.csv: 300 rows, 3 classes, negatives = class bg;");
        assertThat(vm.sharesProperty().get().row("loss.positives").name()).isEqualTo("Loss: all but the negative class");
        parameters.apply(false, 0.25, 2.0);
        analyser.runAll();
        assertThat(vm.reportProperty().get().alphas()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void a_language_switch_rewrites_every_text_without_recomputing() {
        loadExample();
        PredictionReport r = vm.reportProperty().get();
        messages.switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(analyser.tasks).isEmpty();
        assertThat(vm.reportProperty().get()).isSameAs(r);
        assertThat(vm.histogramProperty().get().title()).isEqualTo("各类别的 pₜ 分布（对数几率轴）");
        assertThat(vm.summaryTextProperty().get()).startsWith("toy-anchors-predictions.csv：20,000 行");
        assertThat(vm.sharesProperty().get().columns()).containsExactly("交叉熵 CE", "α 平衡交叉熵", "焦点损失 FL（γ = 2）");
    }

    @Test
    void k_stays_within_1_and_100() {
        vm.hardestPercentProperty().set(0);
        assertThat(vm.hardestPercentProperty().get()).isEqualTo(1);
        vm.hardestPercentProperty().set(250);
        assertThat(vm.hardestPercentProperty().get()).isEqualTo(100);
        List<Integer> seen = new ArrayList<>();
        vm.hardestPercentProperty().addListener((o, a, b) -> seen.add(b.intValue()));
        vm.hardestPercentProperty().set(30);
        assertThat(seen).containsExactly(30);
    }
}
