package org.focalexplorer.viewmodel.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.analysis.sweep.PaperTable1b;
import org.focalexplorer.analysis.sweep.SweepCell;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.io.SweepCsv;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SweepGrid;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The α × γ sweep (issue #12): a small Table 1b trained on the live lab's settings, as a background job with
 * progress and cancel. Training runs on {@code worker}, never on the FX thread; progress and results are
 * delivered on {@code scheduler} (the FX queue in the app; a direct executor in tests).
 */
public final class SweepViewModel {

    private final Supplier<TrainingSettings> base;
    private final Messages messages;
    private final Executor scheduler;
    private final Executor worker;

    // What to run lives in the app's state (Settings.SWEEP_*): sessions, the state string and a language switch keep it.
    private final ObjectProperty<SweepGrid> grid;
    private final ObjectProperty<List<Double>> gammas;
    private final ObjectProperty<List<Double>> alphas;
    private final IntegerProperty steps;
    private final IntegerProperty seeds;
    private final ReadOnlyStringWrapper gammasText = new ReadOnlyStringWrapper(this, "gammasText", "");
    private final ReadOnlyStringWrapper alphasText = new ReadOnlyStringWrapper(this, "alphasText", "");
    /** A typed γ or α list that was refused: Run waits until it is corrected or undone (Escape). */
    private boolean entryRefused;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0.0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper finding = new ReadOnlyStringWrapper(this, "finding", "");
    private final ReadOnlyObjectWrapper<List<SweepRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());

    /** The job running now (null when idle); a finished or cancelled job's late messages are ignored. */
    private Job job;
    private record Finished(AlphaGammaSweep.Plan plan, AlphaGammaSweep.Outcome outcome) {}

    /** The last sweep that finished or was cancelled (its texts are written again in a new language). */
    private Finished lastFinish;
    /** The plan whose results are shown (for the CSV). */
    private AlphaGammaSweep.Plan shownPlan;

    private final class Job {
        final AlphaGammaSweep.Plan plan;
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<Object[]> latest = new AtomicReference<>();

        Job(AlphaGammaSweep.Plan plan) {
            this.plan = plan;
        }
    }

    public SweepViewModel(LiveState state, Supplier<TrainingSettings> base, Messages messages, Executor scheduler,
            Executor worker) {
        grid = state.object(Settings.SWEEP_GRID);
        gammas = state.object(Settings.SWEEP_GAMMAS);
        alphas = state.object(Settings.SWEEP_ALPHAS);
        steps = state.integer(Settings.SWEEP_STEPS);
        seeds = state.integer(Settings.SWEEP_SEEDS);
        gammasText.set(text(gammas.get()));
        alphasText.set(text(alphas.get()));
        gammas.addListener((o, was, now) -> gammasText.set(text(now)));
        alphas.addListener((o, was, now) -> alphasText.set(text(now)));
        this.base = base;
        this.messages = messages;
        this.scheduler = scheduler;
        this.worker = worker;
        status.set(messages.get("sweep.status.idle"));
        // A language switch writes every text again (the numbers stay).
        messages.bundleProperty().addListener(o -> {
            if (shownPlan != null) {
                show(shownPlan, currentResults(), !running.get());
            }
            if (job != null) {
                status.set(messages.format("sweep.status.running", job.plan.runs(), NumberText.exact(job.plan.steps())));
            } else if (lastFinish != null) {
                describe(lastFinish.plan, lastFinish.outcome);
            } else {
                status.set(messages.get("sweep.status.idle"));
            }
            error.set("");
            entryRefused = false; // the rebuilt view shows the accepted values again
        });
    }

    public ObjectProperty<SweepGrid> gridProperty() {
        return grid;
    }

    /** γ values of a custom grid. */
    public ObjectProperty<List<Double>> gammasProperty() {
        return gammas;
    }

    /** α values of a custom grid; every α is run for every γ. */
    public ObjectProperty<List<Double>> alphasProperty() {
        return alphas;
    }

    /** The γ values as the entry field shows them ("0, 0.5, 1, 2, 5"). */
    public ReadOnlyStringProperty gammasTextProperty() {
        return gammasText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alphasTextProperty() {
        return alphasText.getReadOnlyProperty();
    }

    /** Takes typed γ values ("0, 2 5"); other text is refused with one line and the previous values stay. */
    public boolean submitGammas(String typed) {
        return submit(gammas, "γ", typed, 0.0, Settings.GAMMA_MAX);
    }

    /** Takes typed α values; other text is refused with one line and the previous values stay. */
    public boolean submitAlphas(String typed) {
        return submit(alphas, "α", typed, 0.0, 1.0);
    }

    /** Escape in an entry field: the typed text is dropped, and so is its refusal. */
    public void clearEntryError() {
        if (entryRefused) {
            entryRefused = false;
            error.set("");
        }
    }

    private boolean submit(ObjectProperty<List<Double>> target, String name, String typed, double min, double max) {
        List<Double> parsed;
        try {
            parsed = numbers(name, typed, min, max);
        } catch (IllegalArgumentException e) {
            entryRefused = true;
            error.set(e.getMessage());
            return false;
        }
        entryRefused = false;
        error.set("");
        target.set(parsed);
        return true;
    }

    private static String text(List<Double> values) {
        return String.join(", ", values.stream().map(NumberText::exact).toList());
    }

    /** Training steps of every run (the user sets it; AP is read after the last one). */
    public IntegerProperty stepsProperty() {
        return steps;
    }

    /** Seeds per cell: the table shows the mean ± sd over them. */
    public IntegerProperty seedsProperty() {
        return seeds;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1: steps done of all runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One line naming a refused input (parameter, value, index); empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the finished sweep shows about γ = 5 against γ = 2, as measured (never assumed). */
    public ReadOnlyStringProperty findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<SweepRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The cells the current choices give; IllegalArgumentException naming the bad value. */
    public List<SweepCell> cells() {
        if (grid.get() == SweepGrid.PAPER) {
            return PaperTable1b.CELLS;
        }
        List<Double> g = gammas.get();
        List<Double> a = alphas.get();
        List<SweepCell> out = new ArrayList<>();
        for (double gamma : g) {
            for (double alpha : a) {
                out.add(new SweepCell(gamma, alpha));
            }
        }
        if (out.size() > AlphaGammaSweep.MAX_CELLS) {
            throw new IllegalArgumentException(messages.format("sweep.error.cells", out.size(), AlphaGammaSweep.MAX_CELLS));
        }
        return out;
    }

    private List<Double> numbers(String name, String typed, double min, double max) {
        String[] parts = typed == null ? new String[0] : typed.split("[,;，、\\s]+");
        List<Double> out = new ArrayList<>();
        int index = 0;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            OptionalDouble v = NumberParser.parse(p.strip());
            if (v.isEmpty() || !(v.getAsDouble() >= min && v.getAsDouble() <= max)) {
                throw new IllegalArgumentException(messages.format("sweep.error.value", name, p.strip(), index + 1,
                        NumberText.exact(min), NumberText.exact(max)));
            }
            out.add(v.getAsDouble());
            index++;
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(messages.format("sweep.error.empty", name));
        }
        if (out.size() > Settings.SWEEP_MAX_VALUES) {
            throw new IllegalArgumentException(messages.format("sweep.error.values", name, out.size(),
                    Settings.SWEEP_MAX_VALUES));
        }
        return out;
    }

    /** Starts the sweep on the worker; refused (false, with an error line) while one runs or on bad input. */
    public boolean run() {
        if (running.get() || entryRefused) {
            return false; // a refused entry keeps its message: running the previous values would surprise
        }
        AlphaGammaSweep.Plan plan;
        try {
            plan = new AlphaGammaSweep.Plan(base.get(), cells(), seeds.get(), steps.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        Job j = new Job(plan);
        job = j;
        running.set(true);
        progress.set(0.0);
        finding.set("");
        show(plan, empty(plan), false);
        status.set(messages.format("sweep.status.running", plan.runs(), NumberText.exact(plan.steps())));
        worker.execute(() -> {
            AlphaGammaSweep.Outcome o = AlphaGammaSweep.run(plan, j.cancelled::get, (done, total, sofar) -> {
                if (j.latest.getAndSet(new Object[] {done, total, sofar}) == null) {
                    scheduler.execute(() -> deliver(j));
                }
            });
            scheduler.execute(() -> finish(j, o));
        });
        return true;
    }

    /** Stops the running sweep after its current chunk of steps; the cells finished so far stay. */
    public void cancel() {
        Job j = job;
        if (j != null) {
            j.cancelled.set(true);
        }
    }

    @SuppressWarnings("unchecked")
    private void deliver(Job j) {
        Object[] latest = j.latest.getAndSet(null);
        if (j != job || latest == null) {
            return;
        }
        progress.set((long) latest[0] / (double) (long) latest[1]);
        show(j.plan, (List<SweepResult>) latest[2], false);
    }

    private void finish(Job j, AlphaGammaSweep.Outcome o) {
        if (j != job) {
            return;
        }
        job = null;
        running.set(false);
        show(j.plan, o.results(), true);
        if (o.complete()) {
            progress.set(1.0);
        }
        lastFinish = new Finished(j.plan, o);
        describe(j.plan, o);
    }

    private void describe(AlphaGammaSweep.Plan plan, AlphaGammaSweep.Outcome o) {
        if (o.complete()) {
            status.set(o.diverged() == 0 ? messages.format("sweep.status.done", seedsText(plan))
                    : messages.format("sweep.status.diverged", o.diverged()));
        } else {
            status.set(messages.get("sweep.status.cancelled"));
        }
        finding.set(o.complete() ? SweepFinding.of(o.results(), messages) : "");
    }

    private String seedsText(AlphaGammaSweep.Plan plan) {
        return NumberText.exact(plan.steps()) + " × " + plan.seeds();
    }

    private List<SweepResult> currentResults() {
        return rows.get().stream().map(SweepRow::result).toList();
    }

    private static List<SweepResult> empty(AlphaGammaSweep.Plan plan) {
        double[] none = new double[plan.seeds()];
        java.util.Arrays.fill(none, Double.NaN);
        return plan.cells().stream().map(c -> new SweepResult(c, none)).toList();
    }

    private void show(AlphaGammaSweep.Plan plan, List<SweepResult> results, boolean finished) {
        shownPlan = plan;
        List<SweepRow> out = new ArrayList<>();
        for (SweepResult r : results) {
            double paper = PaperTable1b.ap(r.cell());
            out.add(new SweepRow(NumberText.exact(r.cell().gamma()), NumberText.exact(r.cell().alpha()), apText(r),
                    Double.isNaN(paper) ? "—" : NumberText.exact(paper), r));
        }
        rows.set(List.copyOf(out));
    }

    private String apText(SweepResult r) {
        if (r.count() == 0) {
            return "…";
        }
        String mean = NumberText.format(r.mean(), 3);
        return r.count() < 2 ? mean : messages.format("sweep.ap.meanSd", mean, NumberText.format(r.sd(), 2), r.count());
    }

    /** The results at full precision, one row per cell, for the CSV export; null before a sweep. */
    public String csv() {
        return shownPlan == null ? null : SweepCsv.of(shownPlan, currentResults());
    }
}
