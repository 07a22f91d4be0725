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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.analysis.sweep.PaperTable1b;
import org.focalexplorer.analysis.sweep.SweepCell;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.io.SweepCsv;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The α × γ sweep (issue #12): a small Table 1b trained on the live lab's settings, as a background job with
 * progress and cancel. Training runs on {@code worker}, never on the FX thread; progress and results are
 * delivered on {@code scheduler} (the FX queue in the app; a direct executor in tests).
 */
public final class SweepViewModel {
    public static final int DEFAULT_STEPS = 1000;
    public static final int DEFAULT_SEEDS = 3;

    private final Supplier<TrainingSettings> base;
    private final Messages messages;
    private final Executor scheduler;
    private final Executor worker;

    private final ObjectProperty<SweepGrid> grid = new SimpleObjectProperty<>(this, "grid", SweepGrid.PAPER);
    private final StringProperty gammas = new SimpleStringProperty(this, "gammas", "0, 0.5, 1, 2, 5");
    private final StringProperty alphas = new SimpleStringProperty(this, "alphas", "0.25, 0.5, 0.75");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
    private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", DEFAULT_SEEDS);
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

    public SweepViewModel(Supplier<TrainingSettings> base, Messages messages, Executor scheduler, Executor worker) {
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
        });
    }

    public ObjectProperty<SweepGrid> gridProperty() {
        return grid;
    }

    /** γ values of a custom grid, as typed ("0, 0.5, 1, 2, 5"). */
    public StringProperty gammasProperty() {
        return gammas;
    }

    /** α values of a custom grid, as typed; every α is run for every γ. */
    public StringProperty alphasProperty() {
        return alphas;
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
        List<Double> g = numbers("γ", gammas.get(), 0.0, org.focalexplorer.settings.Settings.GAMMA_MAX);
        List<Double> a = numbers("α", alphas.get(), 0.0, 1.0);
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
        return out;
    }

    /** Starts the sweep on the worker; refused (false, with an error line) while one runs or on bad input. */
    public boolean run() {
        if (running.get()) {
            return false;
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
