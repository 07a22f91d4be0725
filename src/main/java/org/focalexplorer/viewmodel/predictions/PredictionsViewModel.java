package org.focalexplorer.viewmodel.predictions;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.io.predictions.ColumnNames;
import org.focalexplorer.io.predictions.ExamplePredictions;
import org.focalexplorer.io.predictions.OnError;
import org.focalexplorer.io.predictions.PredictionFileException;
import org.focalexplorer.io.predictions.PredictionFormat;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * "Your predictions": a file of logits (or probabilities) and labels, and where its loss and gradient go
 * under CE, α-CE and FL at the shared α and γ.
 *
 * <p>A file is read and analysed on the {@code loader} thread with progress and Cancel; the view shows the
 * previous file's analysis, untouched, until the new one is complete, and keeps it when the new one fails
 * (the error names file, line or index, and column) or is cancelled. Every change of α, γ or k is recomputed
 * on the {@code analyser} thread, the latest request only ({@link LatestOnly}), and the result is shown on the
 * {@code ui} thread.
 *
 * <p>α on multi-class files: the negative (background) class gets 1 − α and every other class α, as a
 * binary file's negatives and positives do; with α off all get 1.
 */
public final class PredictionsViewModel {
    public static final int HARDEST_MIN = 1;
    public static final int HARDEST_MAX = 100;
    public static final int HARDEST_DEFAULT = 10;
    /** Of the progress bar: reading the file, then building the analysis. */
    static final double READ_SHARE = 0.75;

    private final ParameterViewModel parameters;
    private final Messages messages;
    private final Executor ui;
    private Executor loader;
    private LatestOnly<Request, Result> recompute;

    private final ReadOnlyObjectWrapper<PredictionAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<PredictionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyStringWrapper infoText = new ReadOnlyStringWrapper(this, "infoText", "");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyBooleanWrapper canRetrySkipping = new ReadOnlyBooleanWrapper(this, "canRetrySkipping");
    private final ReadOnlyObjectWrapper<ColumnRequest> columnRequest = new ReadOnlyObjectWrapper<>(this, "columnRequest");
    private final ObjectProperty<OnError> onError = new SimpleObjectProperty<>(this, "onError", OnError.STOP);
    private final IntegerProperty hardestPercent = new SimpleIntegerProperty(this, "hardestPercent", HARDEST_DEFAULT);
    private final ReadOnlyObjectWrapper<PlotData> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
    /** What the shown histogram was built from (see {@link #relabel}). */
    private List<Object> shownHistogramKey = List.of();
    private final ReadOnlyObjectWrapper<PlotData> figure4Negatives = new ReadOnlyObjectWrapper<>(this, "figure4Negatives");
    private final ReadOnlyObjectWrapper<PlotData> figure4Positives = new ReadOnlyObjectWrapper<>(this, "figure4Positives");
    private final ReadOnlyObjectWrapper<SharesTable> shares = new ReadOnlyObjectWrapper<>(this, "shares");
    private final ReadOnlyStringWrapper hardestText = new ReadOnlyStringWrapper(this, "hardestText", "");
    private final ReadOnlyStringWrapper effectiveText = new ReadOnlyStringWrapper(this, "effectiveText", "");

    /** The job whose results count; older jobs' results are dropped (UI thread only). */
    private Job current;
    private long jobs;
    /** What the last failed load was, for "skip and retry". */
    private Path failedFile;
    private ReadOptions failedOptions;
    /** The file shown now (its name for texts). */
    private String shownFile = "";
    /** Whether the file shown is the bundled example. */
    private boolean exampleShown;

    /** One recomputation asked for: the analysis it is of, and the setting. */
    private record Request(PredictionAnalysis analysis, FocalSetting setting, double hardestFraction) {}

    private record Result(Request request, PredictionReport report) {}

    /** A load in progress: its number, its Cancel flag, and its last progress (sent to the UI at most once at a time). */
    private final class Job {
        final long id;
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicLong progressBits = new AtomicLong();
        final AtomicBoolean progressQueued = new AtomicBoolean();
        /** Reading the bundled example (set on the FX thread before the job starts). */
        boolean example;

        Job(long id) {
            this.id = id;
        }

        void progress(double f) {
            progressBits.set(Double.doubleToLongBits(f));
            if (progressQueued.compareAndSet(false, true)) {
                ui.execute(() -> {
                    progressQueued.set(false);
                    if (current == this) {
                        progress.set(Double.longBitsToDouble(progressBits.get()));
                    }
                });
            }
        }
    }

    /**
     * @param ui       the UI thread's queue ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param loader   where files are read and analysed (one thread in the app)
     * @param analyser where the report is recomputed as α, γ and k move (one thread in the app)
     */
    public PredictionsViewModel(ParameterViewModel parameters, Messages messages, Executor ui, Executor loader,
            Executor analyser) {
        this.parameters = parameters;
        this.messages = messages;
        this.ui = ui;
        this.loader = loader;
        this.recompute = new LatestOnly<>(analyser, ui, PredictionsViewModel::compute, this::show);
        parameters.parametersProperty().addListener((o, a, p) -> requestRecompute());
        hardestPercent.addListener((o, a, k) -> {
            int v = k.intValue();
            if (v < HARDEST_MIN || v > HARDEST_MAX) {
                hardestPercent.set(Math.max(HARDEST_MIN, Math.min(HARDEST_MAX, v)));
                return;
            }
            requestRecompute();
        });
        messages.bundleProperty().addListener(o -> relabel());
    }

    /**
     * Runs loads and recomputations on these executors from now on: for a test that drives the whole window on
     * one thread ({@code Runnable::run} for both), so that its run is the same every time.
     */
    public void useExecutors(Executor loader, Executor analyser) {
        this.loader = loader;
        this.recompute = new LatestOnly<>(analyser, ui, PredictionsViewModel::compute, this::show);
    }

    // ---- Commands ----

    /** Reads {@code file} (columns found by name, or the user is asked) under the chosen malformed-row policy. */
    public void open(Path file) {
        start(file, ReadOptions.defaults().withOnError(onError.get()), true);
    }

    /** Opens the bundled example (the toy lab's CE model on its test set). */
    public void openExample() {
        Job job = begin();
        job.example = true;
        loader.execute(() -> {
            try {
                Path file = ExamplePredictions.file();
                load(job, file, ReadOptions.defaults().withOnError(onError.get()), false);
            } catch (IOException e) {
                ui.execute(() -> failed(job, null, null, e.getMessage(), false));
            }
        });
    }

    /**
     * Shows the bundled example unless it is shown already or on its way (a lesson step about the example
     * that is shown twice reads it once).
     */
    public void showExample() {
        boolean exampleLoading = current != null && current.example;
        if (!exampleShown && !exampleLoading) {
            openExample();
        }
    }

    /** Whether the file shown is the bundled example. */
    public boolean isExampleShown() {
        return exampleShown;
    }

    /** The answer to a {@link ColumnRequest}: score column(s) then the label. A bad choice is refused with a message. */
    public void chooseColumns(List<String> scores, String label) {
        ColumnRequest r = columnRequest.get();
        if (r == null) {
            return;
        }
        String problem = columnProblem(r, scores, label);
        if (problem != null) {
            errorText.set(problem);
            return;
        }
        List<String> columns = new ArrayList<>(scores);
        columns.add(label);
        columnRequest.set(null);
        start(r.file(), r.options().withColumns(columns), false);
    }

    /** The answer to a request for the labels .npy beside a plain array of logits. */
    public void chooseLabelsFile(Path labels) {
        ColumnRequest r = columnRequest.get();
        if (r == null) {
            return;
        }
        columnRequest.set(null);
        start(r.file(), r.options().withLabels(labels).withFormat(PredictionFormat.NPY), false);
    }

    /** The user closed the column chooser: nothing is loaded, the previous file stays. */
    public void dismissColumnRequest() {
        columnRequest.set(null);
        infoText.set(analysis.get() == null ? "" : messages.format("predictions.kept", shownFile));
    }

    /** The system offers no file dialog (a headless platform): files can still be dropped or opened by the CLI. */
    public void fileDialogUnavailable() {
        infoText.set(messages.get("predictions.noFileDialog"));
    }

    /** Stops the load in progress; the file shown before stays. */
    public void cancel() {
        Job job = current;
        if (job == null) {
            return;
        }
        job.cancelled.set(true);
        current = null;
        loading.set(false);
        infoText.set(messages.get(analysis.get() == null ? "predictions.cancelled.none" : "predictions.cancelled"));
    }

    /** After a malformed row stopped the load: the same file again, leaving such rows out and counting them. */
    public void retrySkipping() {
        if (failedFile != null && canRetrySkipping.get()) {
            onError.set(OnError.SKIP);
            start(failedFile, failedOptions.withOnError(OnError.SKIP), false);
        }
    }

    // ---- Loading (UI thread, then the loader) ----

    private Job begin() {
        if (current != null) {
            current.cancelled.set(true);
        }
        current = new Job(++jobs);
        loading.set(true);
        progress.set(0.0);
        loadingText.set(messages.get("predictions.loading"));
        errorText.set("");
        infoText.set("");
        canRetrySkipping.set(false);
        columnRequest.set(null);
        return current;
    }

    private void start(Path file, ReadOptions options, boolean inspect) {
        Job job = begin();
        loadingText.set(messages.format("predictions.loading.file", file.getFileName().toString()));
        loader.execute(() -> load(job, file, options, inspect));
    }

    /** On the loader thread: the whole read and analysis, or nothing. */
    private void load(Job job, Path file, ReadOptions options, boolean inspect) {
        try {
            if (inspect) {
                ColumnNames names = ColumnNames.of(file, options.format());
                if (names.kind() == ColumnNames.Kind.AMBIGUOUS || names.kind() == ColumnNames.Kind.NEEDS_LABELS_FILE) {
                    boolean npz = (options.format() != null ? options.format() : PredictionFormat.of(file)) == PredictionFormat.NPZ;
                    ColumnRequest request = new ColumnRequest(file, options, names.kind(), names.names(), npz);
                    ui.execute(() -> ask(job, request));
                    return;
                }
            }
            Monitor monitor = new Monitor(job::progress, job.cancelled::get);
            PredictionSet set = PredictionReader.read(file, options, monitor.range(0.0, READ_SHARE));
            PredictionAnalysis a = PredictionAnalysis.of(set, 0, monitor.range(READ_SHARE, 1.0));
            ui.execute(() -> loaded(job, a));
        } catch (CancellationException e) {
            // cancel() has already told the user
        } catch (PredictionFileException e) {
            ui.execute(() -> failed(job, file, options, e.getMessage(), e.location() != null));
        } catch (NoSuchFileException e) {
            String text = messages.format("predictions.error.noFile", file.toString());
            ui.execute(() -> failed(job, file, options, text, false));
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            String text = file.getFileName() + ": " + e.getMessage();
            ui.execute(() -> failed(job, file, options, text, false));
        } catch (OutOfMemoryError e) {
            String text = messages.format("predictions.error.memory", file.getFileName().toString());
            ui.execute(() -> failed(job, file, options, text, false));
        }
    }

    private void ask(Job job, ColumnRequest request) {
        if (job != current) {
            return;
        }
        current = null;
        loading.set(false);
        columnRequest.set(request);
    }

    private void loaded(Job job, PredictionAnalysis a) {
        if (job != current) {
            return; // cancelled, or a newer file was asked for
        }
        current = null;
        loading.set(false);
        progress.set(1.0);
        shownFile = a.set().source();
        exampleShown = job.example;
        analysis.set(a);
        requestRecompute();
    }

    private void failed(Job job, Path file, ReadOptions options, String message, boolean rowProblem) {
        if (job != current) {
            return;
        }
        current = null;
        loading.set(false);
        failedFile = file;
        failedOptions = options;
        canRetrySkipping.set(rowProblem && options != null && options.onError() == OnError.STOP);
        errorText.set(messages.format(analysis.get() == null ? "predictions.error" : "predictions.error.kept",
                message, shownFile));
    }

    private String columnProblem(ColumnRequest r, List<String> scores, String label) {
        if (label == null || !r.names().contains(label)) {
            return messages.get("predictions.columns.noLabel");
        }
        if (scores.isEmpty() || scores.contains(label) || !r.names().containsAll(scores)
                || (r.singleScore() && scores.size() != 1)) {
            return messages.get(r.singleScore() ? "predictions.columns.oneScore" : "predictions.columns.noScores");
        }
        return null;
    }

    // ---- Live recomputation ----

    private void requestRecompute() {
        PredictionAnalysis a = analysis.get();
        if (a != null) {
            recompute.offer(new Request(a, parameters.focal(), hardestPercent.get() / 100.0));
        }
    }

    /** On the analyser thread. */
    private static Result compute(Request q) {
        return new Result(q, report(q.analysis(), q.setting(), q.hardestFraction()));
    }

    /**
     * The report the tab shows for {@code a} at a setting: binary data under the setting as it is; multi-class
     * with α_y = 1 − α for the negative class and α for the others (all 1 with α off).
     */
    public static PredictionReport report(PredictionAnalysis a, FocalSetting s, double hardestFraction) {
        if (a.set().binary()) {
            return a.analyse(s, hardestFraction);
        }
        double[] alphas = null;
        if (s.alphaOn()) {
            alphas = new double[a.set().classes()];
            for (int c = 0; c < alphas.length; c++) {
                alphas[c] = s.alphaT(c != a.negativeClass());
            }
        }
        return a.analyse(alphas, s.gamma(), hardestFraction);
    }

    private void show(Result r) {
        if (r.request().analysis() != analysis.get()) {
            return; // of the file shown before
        }
        report.set(r.report());
        relabel();
    }

    private void relabel() {
        PredictionReport r = report.get();
        if (r == null) {
            return;
        }
        List<String> names = analysis.get().set().classNames();
        // The histogram does not depend on α or γ: built again only for another file, class names or language,
        // so a slider step neither rebuilds nor redraws it (the property keeps the very same object).
        List<Object> histogramKey = List.of(r.histogram(), r.classCounts(), r.negativeClass(), names, messages.bundle());
        if (histogram.get() == null || !histogramKey.equals(shownHistogramKey)) {
            histogram.set(PredictionPlots.histogram(r, names, messages));
            shownHistogramKey = histogramKey;
        }
        figure4Negatives.set(PredictionPlots.figure4(r, false, messages));
        figure4Positives.set(PredictionPlots.figure4(r, true, messages));
        shares.set(ReportTexts.shares(r, messages));
        hardestText.set(ReportTexts.hardest(r, messages));
        effectiveText.set(ReportTexts.effective(r, messages));
        summaryText.set(ReportTexts.summary(shownFile, r, names, messages));
    }

    // ---- Properties ----

    /** The loaded file's analysis (null until one is loaded); replaced only by a complete new one. */
    public ReadOnlyObjectProperty<PredictionAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The report for the current α, γ and k (null until the first is computed). */
    public ReadOnlyObjectProperty<PredictionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Of the load in progress, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    /** Why the last load failed ("" when it did not); the file shown stays. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** A note that is not an error (a load cancelled). */
    public ReadOnlyStringProperty infoTextProperty() {
        return infoText.getReadOnlyProperty();
    }

    /** What is shown: file, rows, positives, kind of scores, rows left out. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** A malformed row stopped the last load: it can be retried, skipping such rows. */
    public ReadOnlyBooleanProperty canRetrySkippingProperty() {
        return canRetrySkipping.getReadOnlyProperty();
    }

    /** Non-null while the user must choose the columns (or the labels file) of a file. */
    public ReadOnlyObjectProperty<ColumnRequest> columnRequestProperty() {
        return columnRequest.getReadOnlyProperty();
    }

    /** Malformed rows: stop at the first, or skip and count them. Applies to the next load. */
    public ObjectProperty<OnError> onErrorProperty() {
        return onError;
    }

    /** k of "the hardest k %", 1–100. */
    public IntegerProperty hardestPercentProperty() {
        return hardestPercent;
    }

    public ReadOnlyObjectProperty<PlotData> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> figure4NegativesProperty() {
        return figure4Negatives.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> figure4PositivesProperty() {
        return figure4Positives.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SharesTable> sharesProperty() {
        return shares.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hardestTextProperty() {
        return hardestText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty effectiveTextProperty() {
        return effectiveText.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
