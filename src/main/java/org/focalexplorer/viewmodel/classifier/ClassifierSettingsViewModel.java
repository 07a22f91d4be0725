package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.settings.ModelKind;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.Normalization;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.Owner;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.text.NumberText;

/**
 * The live classifier's settings: data set, model, optimiser and reference loss. Every change gives a new
 * {@link #settingsProperty()} (and restarts training); α and γ of the focal model are not here, they are
 * the shared parameters.
 *
 * <p>Defaults: anchors at 1 % positives, 2,000 points, 2-16-16-1 tanh with the prior-probability
 * initialisation, Adam at 0.01 on full batches, plain CE as the reference.
 */
public final class ClassifierSettingsViewModel {
    public static final double[] POSITIVE_FRACTIONS = Settings.POSITIVE_FRACTIONS;
    public static final double[] POINTS = Settings.POINTS;
    public static final double[] NOISE = Settings.NOISE;
    public static final double[] LABEL_NOISE = Settings.LABEL_NOISE;
    public static final double[] LEARNING_RATES = Settings.LEARNING_RATES;
    public static final double MAX_LEARNING_RATE = Settings.MAX_LEARNING_RATE;
    public static final double[] BATCH_SIZES = Settings.BATCH_SIZES;
    public static final double[] REFERENCE_ALPHAS = Settings.REFERENCE_ALPHAS;
    public static final double SGD_MOMENTUM = 0.9;
    public static final int MAX_SEED = Settings.MAX_SEED;
    /** Stands in for the focal setting in {@link #settings()}; the trainer gets the shared α and γ instead. */
    static final FocalSetting FOCAL_PLACEHOLDER = FocalSetting.focal(0.25, 2.0);

    private final LiveState state;
    private final Messages messages;
    private final ObjectProperty<DatasetKind> dataset;
    private final ObjectProperty<DataSource> dataSource;
    private final LevelParameter positiveFraction;
    private final LevelParameter points;
    private final LevelParameter noise;
    private final LevelParameter labelNoise;
    private final IntegerProperty seed;
    private final ObjectProperty<ModelKind> model;
    private final ObjectProperty<List<Integer>> hidden;
    private final ReadOnlyStringWrapper hiddenText = new ReadOnlyStringWrapper(this, "hiddenText", "16, 16");
    private final ReadOnlyStringWrapper hiddenError = new ReadOnlyStringWrapper(this, "hiddenError", "");
    private final ObjectProperty<Activation> activation;
    private final BooleanProperty priorInit;
    private final ObjectProperty<OptimizerKind> optimizer;
    private final LevelParameter learningRate;
    private final ObjectProperty<BatchMode> batchMode;
    private final LevelParameter batchSize;
    private final ObjectProperty<ReferenceLoss> reference;
    private final LevelParameter referenceAlpha;
    private final LevelParameter threshold;
    private final ReadOnlyObjectWrapper<TrainingSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    /** With a live state of its own (tests). */
    public ClassifierSettingsViewModel(Messages m) {
        this(new LiveState(), m);
    }

    public ClassifierSettingsViewModel(LiveState state, Messages m) {
        this.state = state;
        this.messages = m;
        dataset = state.object(Settings.DATASET);
        dataSource = state.object(Settings.DATA_SOURCE);
        seed = state.integer(Settings.SEED);
        model = state.object(Settings.MODEL);
        hidden = state.object(Settings.HIDDEN);
        activation = state.object(Settings.ACTIVATION);
        priorInit = state.bool(Settings.PRIOR_INIT);
        optimizer = state.object(Settings.OPTIMIZER);
        batchMode = state.object(Settings.BATCH);
        reference = state.object(Settings.REFERENCE);
        positiveFraction = level(Settings.POSITIVE_FRACTION, this::fractionText, null);
        points = level(Settings.POINTS_COUNT, v -> m.format("classifier.points.value", String.valueOf((long) v)), null);
        noise = level(Settings.NOISE_LEVEL, NumberText::exact, null);
        labelNoise = level(Settings.LABEL_NOISE_LEVEL, v -> MetricTexts.percent(v, m), null);
        learningRate = level(Settings.LEARNING_RATE, v -> NumberText.format(v, 3), m.get("classifier.learningRate.symbol"));
        batchSize = level(Settings.BATCH_SIZE, v -> String.valueOf((long) v), null);
        referenceAlpha = level(Settings.REFERENCE_ALPHA,
                v -> m.format("classifier.referenceAlpha.value", NumberText.exact(v)), null);
        threshold = level(Settings.THRESHOLD, v -> m.format("classifier.threshold.value", NumberText.exact(v)), null);
        hiddenText.set(HiddenLayers.text(hidden.get()));
        hidden.addListener((o, was, now) -> hiddenText.set(HiddenLayers.text(now)));
        m.bundleProperty().addListener(o -> hiddenError.set(""));
        settings.set(build());
        state.onChange(this::publish, Settings.ALL.stream()
                .filter(x -> x.owner() == Owner.CLASSIFIER && x != Settings.SPEED && x != Settings.FIGURE4
                        && x != Settings.THRESHOLD).toList()); // what is only shown does not restart training
    }

    private LevelParameter level(Setting<Double> s, java.util.function.DoubleFunction<String> format, String symbol) {
        return new LevelParameter(state.number(s), Settings.ladder(s), format, symbol, messages);
    }

    // ---- data ----

    public ObjectProperty<DatasetKind> datasetProperty() {
        return dataset;
    }

    /** Fresh batches every step, or a fixed training set. */
    public ObjectProperty<DataSource> dataSourceProperty() {
        return dataSource;
    }

    /** Share of positives, 50 % to 0.1 %; its text reads "1 % positives (1 : 99)". */
    public LevelParameter positiveFraction() {
        return positiveFraction;
    }

    /** Training points (the test set has as many). */
    public LevelParameter points() {
        return points;
    }

    public LevelParameter noise() {
        return noise;
    }

    public LevelParameter labelNoise() {
        return labelNoise;
    }

    /** Seed of the data, the initial weights and the batch order, 0 to {@link #MAX_SEED}. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    // ---- model ----

    public ObjectProperty<ModelKind> modelProperty() {
        return model;
    }

    /** The hidden widths as the entry field shows them ("16, 16"). */
    public ReadOnlyStringProperty hiddenTextProperty() {
        return hiddenText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hiddenErrorProperty() {
        return hiddenError.getReadOnlyProperty();
    }

    public List<Integer> hidden() {
        return hidden.get();
    }

    /** Takes typed hidden widths ("32, 32"); other text is refused with a message and nothing changes. */
    public boolean submitHidden(String typed) {
        var parsed = HiddenLayers.parse(typed);
        if (parsed.isEmpty()) {
            hiddenError.set(messages.format("classifier.hidden.error", typed == null ? "" : typed.strip(),
                    ModelSpec.MAX_HIDDEN_LAYERS, ModelSpec.MAX_WIDTH, hiddenText.get()));
            return false;
        }
        hiddenError.set("");
        hidden.set(parsed.get());
        return true;
    }

    /** Sets the hidden widths (a session, an undo step); widths a user could not type → IllegalArgumentException. */
    public void setHidden(List<Integer> widths) {
        String text = widths == null ? "" : HiddenLayers.text(widths);
        if (widths == null || !HiddenLayers.parse(text).equals(Optional.of(List.copyOf(widths)))) {
            throw new IllegalArgumentException("hidden layers = " + widths + ": must be 1 to "
                    + ModelSpec.MAX_HIDDEN_LAYERS + " widths in [1, " + ModelSpec.MAX_WIDTH + "]");
        }
        hiddenError.set("");
        hidden.set(List.copyOf(widths));
    }

    /**
     * Runs changes to several settings as one: {@link #settingsProperty()} changes (and training restarts)
     * once, after all of them.
     */
    public void change(Runnable changes) {
        state.transaction(changes);
    }

    public void clearHiddenError() {
        hiddenError.set("");
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The paper's output-bias initialisation b = −log((1 − π)/π), π = 0.01. */
    public BooleanProperty priorInitProperty() {
        return priorInit;
    }

    // ---- optimiser ----

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public LevelParameter learningRate() {
        return learningRate;
    }

    public ObjectProperty<BatchMode> batchModeProperty() {
        return batchMode;
    }

    public LevelParameter batchSize() {
        return batchSize;
    }

    // ---- reference ----

    public ObjectProperty<ReferenceLoss> referenceProperty() {
        return reference;
    }

    /** α of the α-balanced CE reference (its own: the shared α is the focal model's). */
    public LevelParameter referenceAlpha() {
        return referenceAlpha;
    }

    /** p at or above which recall and precision count a test point as positive; changes no training. */
    public LevelParameter threshold() {
        return threshold;
    }

    // ---- result ----

    /** The settings of the next run; changes once per user action. */
    public ReadOnlyObjectProperty<TrainingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public TrainingSettings settings() {
        return settings.get();
    }

    private void publish() {
        TrainingSettings next = build();
        if (!next.equals(settings.get())) {
            settings.set(next);
        }
    }

    private TrainingSettings build() {
        int n = (int) points.get();
        DataSource source = dataSource.get();
        // Fresh batches: the points are what a batch and the picture hold; the test set is large and fixed.
        int test = source == DataSource.STREAM ? Settings.STREAM_TEST_POINTS : n;
        DatasetSpec data = new DatasetSpec(dataset.get(), positiveFraction.get(), n, test, noise.get(), labelNoise.get(),
                seed.get());
        ModelSpec net = new ModelSpec(model.get() == ModelKind.LOGISTIC ? List.of() : hidden.get(), activation.get(),
                priorInit.get(), ModelSpec.PAPER_PRIOR);
        OptimizerSpec opt = optimizer.get() == OptimizerKind.ADAM ? OptimizerSpec.adam(learningRate.get())
                : OptimizerSpec.sgd(learningRate.get(), SGD_MOMENTUM);
        opt = opt.withBatchSize(batchMode.get() == BatchMode.FULL ? 0 : (int) batchSize.get());
        FocalSetting ref = reference.get() == ReferenceLoss.CE ? FocalSetting.crossEntropy()
                : FocalSetting.balancedCrossEntropy(referenceAlpha.get());
        return new TrainingSettings(data, net, opt, ref, FOCAL_PLACEHOLDER, Normalization.MEAN, seed.get(), 0.5,
                TrainingSettings.DEFAULT_GRID_SIZE, source);
    }

    /** "1 % positives (1 : 99)": the share, and positives to negatives. */
    private String fractionText(double f) {
        return messages.format("classifier.positiveFraction.value", NumberText.format(100.0 * f, 3),
                NumberText.format((1.0 - f) / f, 3));
    }
}
