package org.focalexplorer.viewmodel.multiclass;

import org.focalexplorer.viewmodel.classifier.StepText;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.toy.AlphaVector;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.MulticlassDataSpec;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassLossParams;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.viewmodel.classifier.Playback;
import org.focalexplorer.viewmodel.classifier.PlaybackState;
import org.focalexplorer.viewmodel.classifier.TrainingLoop;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The multi-class lab: 2 to 4 models with different losses — CE, CE weighted by an α vector, the seed's
 * softmax focal loss with that α vector, smp's one-vs-rest focal loss with one scalar α — trained side by
 * side from identical weights on identical batches of long-tailed data.
 *
 * <p>γ and the one-vs-rest α are the app's shared α and γ; the α vector is this lab's own, typed or chosen
 * from a preset, and changes apply from the next step on. The classes, the models, the data source and the
 * seed restart training. Playback as in the live classifier: PAUSED —play→ RUNNING —pause→ PAUSED; a
 * divergence → DIVERGED until a reset.
 */
public final class MulticlassViewModel {
    private final LiveState live;
    private final ParameterViewModel parameters;
    private final Messages messages;
    private final TrainingLoop<MulticlassSettings, MulticlassLossParams, MulticlassSnapshot, MulticlassFrame> loop;

    private final IntegerProperty classes;
    private final ObjectProperty<List<MulticlassLoss>> models;
    private final ObjectProperty<List<Double>> alphaVector;
    private final ObjectProperty<DataSource> dataSource;
    private final IntegerProperty seed;

    private final Playback playback;
    private final ReadOnlyObjectWrapper<MulticlassFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper alphaText = new ReadOnlyStringWrapper(this, "alphaText");
    private final ReadOnlyStringWrapper alphaError = new ReadOnlyStringWrapper(this, "alphaError", "");
    private final ReadOnlyStringWrapper modelsError = new ReadOnlyStringWrapper(this, "modelsError", "");
    private boolean active;
    private final ReadOnlyStringWrapper frequenciesText = new ReadOnlyStringWrapper(this, "frequenciesText");

    /**
     * @param ui         the UI thread's queue ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param afterShown runs a task once a frame has been drawn
     * @param training   where training runs
     */
    public MulticlassViewModel(LiveState live, ParameterViewModel parameters, Messages messages, Executor ui,
            Executor afterShown, TrainingScheduler training, LongSupplier clock) {
        this.live = live;
        this.parameters = parameters;
        this.messages = messages;
        this.classes = live.integer(Settings.MC_CLASSES);
        this.models = live.object(Settings.MC_MODELS);
        this.alphaVector = live.object(Settings.MC_ALPHA_VECTOR);
        this.dataSource = live.object(Settings.MC_DATA_SOURCE);
        this.seed = live.integer(Settings.MC_SEED);
        stepText.set(messages.format("classifier.step", "0"));
        loop = new TrainingLoop<>(training, new MulticlassEngine(), new MulticlassFrameBuilder(messages), ui, afterShown,
                this::accept, this::failed, lossParams(), clock);
        playback = new Playback(this, loop);
        loop.setSpeed(live.get(Settings.SPEED));
        live.number(Settings.SPEED).addListener((o, a, v) -> loop.setSpeed(v.doubleValue()));
        live.onChange(() -> loop.setParams(lossParams()), parameters.parametersProperty(), alphaVector, classes);
        live.onChange(() -> {
            showTexts();
            if (active) {
                loop.applySettings(settings());
            }
        }, List.of(Settings.MC_CLASSES, Settings.MC_MODELS, Settings.MC_DATA_SOURCE, Settings.MC_SEED));
        live.onChange(this::showTexts, alphaVector);
        messages.bundleProperty().addListener(o -> relabel());
        showTexts();
        // Nothing trains until the lab is first shown: a start-up or a test that never opens it pays nothing.
        live.onChange(this::activateIfShown, List.of(Settings.FEATURE));
        activateIfShown();
    }

    private void activateIfShown() {
        if (!active && live.get(Settings.FEATURE) == Feature.MULTICLASS) {
            activate();
        }
    }

    /** Creates the models and shows their first frame (the tab was shown; idempotent). */
    public void activate() {
        if (!active) {
            active = true;
            loop.applySettings(settings());
        }
    }

    /** Whether the models exist (the lab has been shown). */
    public boolean isActive() {
        return active;
    }

    public MulticlassViewModel(LiveState live, ParameterViewModel parameters, Messages messages, Executor ui,
            Executor afterShown, TrainingScheduler training) {
        this(live, parameters, messages, ui, afterShown, training, System::nanoTime);
    }

    // ---- what the lab trains ----

    /** The data of K classes: a 90 % background and K − 1 foreground classes, each half as common as the last. */
    public static MulticlassDataSpec data(int classes) {
        return MulticlassDataSpec.defaults(classes);
    }

    /** The run the settings describe (the loss parameters come from {@link #lossParams}). */
    public MulticlassSettings settings() {
        int k = classes.get();
        return MulticlassSettings.defaults(k).withLosses(models.get()).withSource(dataSource.get())
                .withSeed(seed.get()).withParams(lossParams());
    }

    /** The α vector in force (the inverse class frequency while none is typed), γ and the one-vs-rest α. */
    public MulticlassLossParams lossParams() {
        return new MulticlassLossParams(alpha(), parameters.focal());
    }

    /** The α vector in force for the current number of classes. */
    public AlphaVector alpha() {
        int k = classes.get();
        List<Double> a = alphaVector.get();
        if (a.isEmpty() || a.size() != k) {
            return AlphaPreset.INVERSE_FREQUENCY.vector(data(k).frequencyArray());
        }
        return AlphaVector.of(a.stream().mapToDouble(Double::doubleValue).toArray(), k);
    }

    // ---- settings (properties of the live state) ----

    public IntegerProperty classesProperty() {
        return classes;
    }

    public ObjectProperty<List<MulticlassLoss>> modelsProperty() {
        return models;
    }

    public ObjectProperty<DataSource> dataSourceProperty() {
        return dataSource;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** The α vector as typed ("2.5, 0.25, 1"); the inverse-frequency vector while none is typed. */
    public ReadOnlyStringProperty alphaTextProperty() {
        return alphaText.getReadOnlyProperty();
    }

    /** Why the last typed α vector was refused; empty when it was accepted. */
    public ReadOnlyStringProperty alphaErrorProperty() {
        return alphaError.getReadOnlyProperty();
    }

    /** Why the last change of models was refused. */
    public ReadOnlyStringProperty modelsErrorProperty() {
        return modelsError.getReadOnlyProperty();
    }

    /** "Background 90 % · class 1 5.71 % · …" */
    public ReadOnlyStringProperty frequenciesTextProperty() {
        return frequenciesText.getReadOnlyProperty();
    }

    /**
     * Sets the number of classes, 3 to 6. A typed α vector of another length cannot stay: a preset is
     * carried over to the new K, anything else becomes the inverse class frequency. One undo step.
     */
    public void setClasses(int k) {
        if (k == classes.get()) {
            return;
        }
        AlphaPreset carried = presetOf(alpha(), classes.get());
        live.transaction(() -> {
            live.set(Settings.MC_CLASSES, k);
            if (!alphaVector.get().isEmpty()) {
                live.set(Settings.MC_ALPHA_VECTOR, carried == null || carried == AlphaPreset.INVERSE_FREQUENCY ? List.of()
                        : toList(carried.vector(data(k).frequencyArray()).values()));
            }
        });
    }

    /** Trains (or stops training) the model of {@code loss}; refuses to go below 2 models, keeping them. */
    public void setModel(MulticlassLoss loss, boolean on) {
        List<MulticlassLoss> now = models.get();
        if (now.contains(loss) == on) {
            return;
        }
        List<MulticlassLoss> next = new ArrayList<>();
        for (MulticlassLoss l : MulticlassLoss.values()) { // panels always in the same order
            if (l == loss ? on : now.contains(l)) {
                next.add(l);
            }
        }
        if (next.size() < Settings.MC_MIN_MODELS) {
            modelsError.set(messages.format("multiclass.models.tooFew", String.valueOf(Settings.MC_MIN_MODELS)));
            return;
        }
        modelsError.set("");
        live.set(Settings.MC_MODELS, next);
    }

    /**
     * The α vector typed by the user: K numbers separated by commas or spaces. An invalid one (wrong length,
     * negative, NaN, ∞, all zero) is refused with a message naming it, and the previous vector stays.
     */
    public boolean submitAlpha(String text) {
        int k = classes.get();
        String[] parts = text.trim().isEmpty() ? new String[0] : text.trim().split("[,;\\s]+");
        double[] values = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                values[i] = number(parts[i]);
            }
            AlphaVector.of(values, k); // the one check of length, sign, finiteness and all-zero
        } catch (IllegalArgumentException e) {
            alphaError.set(messages.format("multiclass.alpha.invalid", text.trim(), reason(values, parts, k)));
            return false;
        }
        alphaError.set("");
        List<Double> v = toList(values);
        live.set(Settings.MC_ALPHA_VECTOR, presetOf(AlphaVector.of(values, k), k) == AlphaPreset.INVERSE_FREQUENCY
                ? List.of() : v);
        showTexts();
        return true;
    }

    public void applyPreset(AlphaPreset preset) {
        alphaError.set("");
        live.set(Settings.MC_ALPHA_VECTOR, preset == AlphaPreset.INVERSE_FREQUENCY ? List.of()
                : toList(preset.vector(data(classes.get()).frequencyArray()).values()));
        showTexts();
    }

    /** Forgets a refused entry (Escape in the field). */
    public void clearAlphaError() {
        alphaError.set("");
        showTexts();
    }

    /** The preset that gives {@code a} for {@code k} classes, or null. */
    static AlphaPreset presetOf(AlphaVector a, int k) {
        double[] f = data(k).frequencyArray();
        for (AlphaPreset p : AlphaPreset.values()) {
            if (p.vector(f).equals(a)) {
                return p;
            }
        }
        return null;
    }

    private String reason(double[] values, String[] parts, int k) {
        if (parts.length != k) {
            return messages.format("multiclass.alpha.length", String.valueOf(parts.length), String.valueOf(k));
        }
        for (int i = 0; i < parts.length; i++) {
            double a;
            try {
                a = number(parts[i]);
            } catch (IllegalArgumentException e) {
                return messages.format("multiclass.alpha.notNumber", String.valueOf(i), parts[i]);
            }
            if (!(a >= 0) || Double.isInfinite(a)) {
                return messages.format("multiclass.alpha.negative", String.valueOf(i), parts[i]);
            }
        }
        return messages.get("multiclass.alpha.allZero");
    }

    private static double number(String typed) {
        return NumberParser.parse(typed).orElseThrow(() -> new IllegalArgumentException("not a number: " + typed));
    }

    // ---- playback ----

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return playback.stateProperty();
    }

    public ReadOnlyObjectProperty<MulticlassFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public MulticlassFrame frame() {
        return frame.get();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void play() {
        activate();
        playback.play();
    }

    public void pause() {
        playback.pause();
    }

    public void togglePlay() {
        if (playback.state() == PlaybackState.RUNNING) {
            pause();
        } else {
            play();
        }
    }

    /** Runs {@code n} steps while paused. */
    public void step(int n) {
        activate();
        playback.step(n);
    }

    public void reset() {
        activate();
        message.set("");
        playback.reset();
    }

    public void dispose() {
        loop.shutdown();
    }

    // ---- UI thread ----

    private void accept(MulticlassFrame f) {
        frame.set(f);
        stepText.set(StepText.of(messages, f.snapshot().step(), f.snapshot().testStep()));
        if (f.snapshot().divergence().isPresent()) {
            message.set(messages.format("multiclass.diverged", f.snapshot().divergence().get()));
        }
        if (playback.frameArrived(f.snapshot().divergence().isPresent())) {
            message.set("");
        }
    }

    private void failed(RuntimeException e) {
        playback.stopped();
        message.set(messages.format("classifier.error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private void relabel() {
        MulticlassFrame f = frame.get();
        stepText.set(f == null ? messages.format("classifier.step", "0")
                : StepText.of(messages, f.snapshot().step(), f.snapshot().testStep()));
        alphaError.set("");
        modelsError.set("");
        showTexts();
        loop.refresh();
    }

    private void showTexts() {
        alphaText.set(text(alpha()));
        int k = classes.get();
        MulticlassDataSpec d = data(k);
        List<String> names = MulticlassFrameBuilder.classNames(k, messages);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < k; c++) {
            b.append(c == 0 ? "" : " · ").append(messages.format("multiclass.frequency", names.get(c),
                    NumberText.format(100 * d.frequency(c), 3)));
        }
        frequenciesText.set(b.toString());
    }

    /** "2.5, 0.25, 1" */
    static String text(AlphaVector a) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < a.size(); k++) {
            b.append(k == 0 ? "" : ", ").append(NumberText.format(a.get(k), 4));
        }
        return b.toString();
    }

    private static List<Double> toList(double[] v) {
        List<Double> l = new ArrayList<>();
        for (double x : v) {
            l.add(x);
        }
        return l;
    }
}
