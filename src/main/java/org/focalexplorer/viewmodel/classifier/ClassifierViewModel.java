package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.Metric;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Figure4Class;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.text.NumberText;

/**
 * The live classifier: a CE (or α-balanced CE) model and a focal-loss model trained side by side on the
 * same imbalanced toy data, with play, pause, step and reset.
 *
 * <p>The focal model trains with the shared α (on or off) and γ of {@link ParameterViewModel}; a change
 * applies at the next step. Training runs on the {@link TrainingScheduler}'s thread; the UI receives whole
 * {@link ClassifierFrame}s, at most one queued at a time. Hovering a training point shows its p_t, CE, FL
 * and weight and moves the shared probe of the curves to its p_t.
 *
 * <h2>States</h2>
 * PAUSED —play→ RUNNING —pause→ PAUSED; step only while PAUSED; reset from any state → PAUSED; a frame
 * that reports a divergence → DIVERGED (training stops, the message says why and when), which only a reset
 * or new settings leave.
 */
public final class ClassifierViewModel {
    /** Steps per second while playing; the last stop is "as fast as possible". */
    public static final double[] SPEEDS = Settings.SPEEDS;
    /** How far from a point (in pixels) the pointer still picks it. */
    public static final double HOVER_PIXELS = 6.0;

    private final LiveState live;
    /** Whether the models exist: from the first time the tab is shown on. */
    private boolean active;
    private final ProbeViewModel probe;
    private final Messages messages;
    private final ClassifierSettingsViewModel settings;
    private final LevelParameter speed;
    /** The recall and precision threshold, read by the training thread when it builds a frame. */
    private volatile double threshold;
    private final TrainingLoop<TrainingSettings, FocalSetting, TrainingSnapshot, ClassifierFrame> loop;

    private final Playback playback;
    private final ReadOnlyObjectWrapper<ClassifierFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<PointReadout> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyStringWrapper readoutText = new ReadOnlyStringWrapper(this, "readoutText", "");
    private final ObjectProperty<Figure4Class> figure4Class;
    private final Map<ModelRole, ReadOnlyObjectWrapper<PlotData>> figure4 = new EnumMap<>(ModelRole.class);
    /** While a lesson's question about the lab waits for a guess (issue #12: predict, then reveal). */
    private final javafx.beans.property.BooleanProperty concealed =
            new javafx.beans.property.SimpleBooleanProperty(this, "concealed", false);

    /**
     * @param ui       the UI thread's queue ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param training where training runs (a {@link BackgroundScheduler} in the app)
     */
    /** In the live state of {@code parameters}. */
    public ClassifierViewModel(ParameterViewModel parameters, ProbeViewModel probe, Messages messages, Executor ui,
            TrainingScheduler training) {
        this(parameters.liveState(), parameters, probe, messages, ui, Runnable::run, training, System::nanoTime, false);
    }

    /** In the live state of {@code parameters}. */
    public ClassifierViewModel(ParameterViewModel parameters, ProbeViewModel probe, Messages messages, Executor ui,
            Executor afterShown, TrainingScheduler training) {
        this(parameters.liveState(), parameters, probe, messages, ui, afterShown, training, System::nanoTime, false);
    }

    ClassifierViewModel(ParameterViewModel parameters, ProbeViewModel probe, Messages messages, Executor ui,
            Executor afterShown, TrainingScheduler training, java.util.function.LongSupplier clock) {
        this(parameters.liveState(), parameters, probe, messages, ui, afterShown, training, clock, false);
    }

    public ClassifierViewModel(LiveState live, ParameterViewModel parameters, ProbeViewModel probe, Messages messages,
            Executor ui, TrainingScheduler training) {
        this(live, parameters, probe, messages, ui, Runnable::run, training);
    }

    /**
     * In an explorer's live state: nothing is built or trained until the classifier's tab is first shown
     * ({@link Settings#FEATURE}), as in the multi-class lab — a start that never opens it pays nothing.
     *
     * @param afterShown runs a task on the UI thread once a frame has been drawn (after the next pulses);
     *                   the next frame is handed over only then, so a slow renderer is never flooded
     */
    public ClassifierViewModel(LiveState live, ParameterViewModel parameters, ProbeViewModel probe, Messages messages,
            Executor ui, Executor afterShown, TrainingScheduler training) {
        this(live, parameters, probe, messages, ui, afterShown, training, System::nanoTime, true);
    }

    /** @param untilShown wait for the classifier's tab (an explorer's); else start at once (a classifier alone) */
    ClassifierViewModel(LiveState live, ParameterViewModel parameters, ProbeViewModel probe, Messages messages,
            Executor ui, Executor afterShown, TrainingScheduler training, LongSupplier clock, boolean untilShown) {
        this.live = live;
        this.probe = probe;
        this.messages = messages;
        this.settings = new ClassifierSettingsViewModel(live, messages);
        this.figure4Class = live.object(Settings.FIGURE4);
        this.speed = new LevelParameter(live.number(Settings.SPEED), Settings.ladder(Settings.SPEED),
                v -> v == Double.POSITIVE_INFINITY ? messages.get("classifier.speed.max")
                        : messages.format("classifier.speed.value", NumberText.exact(v)), null, messages);
        for (ModelRole r : ModelRole.values()) {
            figure4.put(r, new ReadOnlyObjectWrapper<>(this, "figure4" + r.name()));
        }
        stepText.set(messages.format("classifier.step", "0"));
        threshold = live.get(Settings.THRESHOLD);
        loop = TrainingLoop.binary(training, new FrameBuilder(messages, () -> threshold), ui, afterShown, this::accept, this::failed,
                parameters.focal(), clock);
        playback = new Playback(this, loop);
        live.number(Settings.THRESHOLD).addListener((o, was, v) -> {
            threshold = v.doubleValue();
            loop.refresh(); // a paused lab shows the new recall and precision at once
        });
        loop.setSpeed(speed.get());
        speed.valueProperty().addListener((o, a, v) -> loop.setSpeed(v.doubleValue()));
        parameters.parametersProperty().addListener((o, a, p) -> loop.setParams(p.focal()));
        messages.bundleProperty().addListener(o -> relabel());
        settings.settingsProperty().addListener((o, a, s) -> {
            if (active) {
                loop.applySettings(s);
            }
        });
        figure4Class.addListener((o, a, c) -> showFigure4());
        concealed.addListener(o -> showFigure4());
        if (untilShown) {
            live.onChange(this::activateIfShown, java.util.List.of(Settings.FEATURE));
            activateIfShown();
        } else {
            activate();
        }
    }

    private void activateIfShown() {
        if (!active && live.get(Settings.FEATURE) == Feature.CLASSIFIER) {
            activate();
        }
    }

    /** Creates the models and shows their first frame (the tab was shown; idempotent). */
    public void activate() {
        if (!active) {
            active = true;
            loop.applySettings(settings.settings());
        }
    }

    /** Whether the models exist (the tab has been shown, or the classifier stands alone). */
    public boolean isActive() {
        return active;
    }

    /** The focal model's loss for the shared parameters: α only while α weighting is on. */
    public static FocalSetting focalOf(Parameters p) {
        return p.focal();
    }

    /** The language changed: the texts of the frame shown, the step, a message and a readout again. */
    private void relabel() {
        ClassifierFrame f = frame.get();
        stepText.set(f == null ? messages.format("classifier.step", "0")
                : StepText.of(messages, f.snapshot().step(), f.snapshot().testStep()));
        if (f != null && f.snapshot().divergence().isPresent()) {
            message.set(DivergenceText.of(f.snapshot().divergence().get(), f.snapshot().settings(), messages));
        }
        // The panels' texts: a new frame, built on the training thread (at 20,000 test points that takes a
        // good part of a second, which the FX thread must not spend).
        loop.refresh();
        PointReadout h = hovered.get();
        if (h != null) {
            show(h);
        }
    }

    // ---- properties ----

    public Messages messages() {
        return messages;
    }

    public ClassifierSettingsViewModel settings() {
        return settings;
    }

    /** Steps per second while playing. */
    public LevelParameter speed() {
        return speed;
    }

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return playback.stateProperty();
    }

    public PlaybackState state() {
        return playback.state();
    }

    /** The latest frame; null until the first arrives. */
    public ReadOnlyObjectProperty<ClassifierFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ClassifierFrame frame() {
        return frame.get();
    }

    /** "Step 1,234" */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** Why training stopped (a divergence or an error); empty while all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The hovered point under the model it was hovered on; null when the pointer is on no point. */
    public ReadOnlyObjectProperty<PointReadout> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The hovered point's p_t, CE, FL and weight as text; empty when no point is hovered. */
    public ReadOnlyStringProperty readoutTextProperty() {
        return readoutText.getReadOnlyProperty();
    }

    public ObjectProperty<Figure4Class> figure4ClassProperty() {
        return figure4Class;
    }

    /**
     * Whether the answers a lesson question asks for are held back: the easy negatives' share of the loss and
     * Figure 4 (empty while concealed). Set by the lessons while a step on the lab waits for its guesses.
     */
    public javafx.beans.property.BooleanProperty concealedProperty() {
        return concealed;
    }

    /** Whether this metric's readout is held back now ({@link #concealedProperty()}). */
    public boolean conceals(Metric metric) {
        return concealed.get() && metric == Metric.EASY_NEGATIVE_LOSS;
    }

    /** A model's Figure 4 plot for the chosen class (null while {@link #concealedProperty() concealed}). */
    public ReadOnlyObjectProperty<PlotData> figure4Property(ModelRole role) {
        return figure4.get(role).getReadOnlyProperty();
    }

    // ---- commands ----

    public void play() {
        activate(); // a command (a lesson, a test) trains even before the tab was shown
        playback.play();
    }

    public void pause() {
        playback.pause();
    }

    /** Space: play or pause. */
    public void togglePlay() {
        activate();
        playback.toggle();
    }

    /** Runs {@code n} steps, while paused (→ runs one). */
    public void step(int n) {
        activate();
        playback.step(n);
    }

    /** Stops and restarts both models from their initial weights; also the way out of a divergence. */
    public void reset() {
        message.set("");
        activate();
        playback.reset();
    }

    /**
     * The pointer is at (x, y) in the data plane over {@code role}'s decision field; {@code radius} (data
     * units) is how far from a point it still picks it.
     */
    public void hover(ModelRole role, double x, double y, double radius) {
        ClassifierFrame f = frame.get();
        if (f == null) {
            return;
        }
        int i = PointFinder.nearest(f.snapshot().data().train(), x, y, radius);
        if (i < 0) {
            endHover();
            return;
        }
        PointReadout previous = hovered.get();
        show(PointReadout.of(f.snapshot(), role, i));
        if (previous == null || previous.index() != i || previous.role() != role) {
            probe.moveToLogit(hovered.get().xt());
        }
    }

    public void endHover() {
        hovered.set(null);
        readoutText.set("");
    }

    /** Stops the training thread (the window closed). */
    public void dispose() {
        loop.shutdown();
    }

    // ---- frames (UI thread) ----

    private void accept(ClassifierFrame f) {
        frame.set(f);
        TrainingSnapshot s = f.snapshot();
        stepText.set(StepText.of(messages, s.step(), s.testStep()));
        if (s.divergence().isPresent()) {
            message.set(DivergenceText.of(s.divergence().get(), s.settings(), messages));
        }
        if (playback.frameArrived(s.divergence().isPresent())) {
            message.set("");
        }
        showFigure4();
        PointReadout h = hovered.get();
        if (h != null) {
            if (h.index() < s.data().train().size()) {
                show(PointReadout.of(s, h.role(), h.index()));
                probe.moveToLogit(hovered.get().xt());
            } else {
                endHover();
            }
        }
    }

    private void failed(RuntimeException e) {
        playback.stopped();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.set(messages.format("classifier.error", reason));
    }

    private void showFigure4() {
        ClassifierFrame f = frame.get();
        if (f != null) {
            for (ModelRole r : ModelRole.values()) {
                figure4.get(r).set(concealed.get() ? null : f.panel(r).figure4(figure4Class.get()));
            }
        }
    }

    private void show(PointReadout r) {
        hovered.set(r);
        readoutText.set(messages.format("classifier.readout",
                messages.get(r.positive() ? "classifier.point.positive" : "classifier.point.negative"),
                String.valueOf(r.index()),
                messages.get("classifier.side." + r.role().name()),
                NumberText.format(r.pt(), 6), NumberText.format(r.ce(), 4), NumberText.format(r.fl(), 4),
                NumberText.format(r.weight(), 4)));
    }
}
