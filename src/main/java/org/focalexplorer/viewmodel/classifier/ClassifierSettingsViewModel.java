package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.settings.ModelKind;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.Normalization;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;
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
    /** 50 % down to 0.1 %, about six stops per decade. */
    public static final double[] POSITIVE_FRACTIONS = {0.5, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.015,
        0.01, 0.007, 0.005, 0.003, 0.002, 0.0015, 0.001};
    public static final double[] POINTS = {100, 200, 500, 1000, 2000, 5000, 10000, 20000};
    public static final double[] NOISE = ladder(0.0, 1.0, 0.05);
    public static final double[] LABEL_NOISE = {0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
    public static final double[] LEARNING_RATES = {1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2,
        0.5, 1, 2, 5, 10};
    /** A typed learning rate may go far beyond the slider: enough to watch training diverge. */
    public static final double MAX_LEARNING_RATE = 1e300;
    public static final double[] BATCH_SIZES = {8, 16, 32, 64, 128, 256, 512, 1024};
    public static final double[] REFERENCE_ALPHAS = ladder(0.05, 0.95, 0.05);
    public static final double SGD_MOMENTUM = 0.9;
    public static final int MAX_SEED = 999_999;
    /** Stands in for the focal setting in {@link #settings()}; the trainer gets the shared α and γ instead. */
    static final FocalSetting FOCAL_PLACEHOLDER = FocalSetting.torchvision(0.25, 2.0);

    private final Messages messages;
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetKind.ANCHORS);
    private final LevelParameter positiveFraction;
    private final LevelParameter points;
    private final LevelParameter noise;
    private final LevelParameter labelNoise;
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 7) {
        @Override
        public void set(int v) {
            super.set(Math.max(0, Math.min(MAX_SEED, v)));
        }
    };
    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(this, "model", ModelKind.MLP);
    private final ReadOnlyObjectWrapper<List<Integer>> hidden = new ReadOnlyObjectWrapper<>(this, "hidden", List.of(16, 16));
    private final ReadOnlyStringWrapper hiddenText = new ReadOnlyStringWrapper(this, "hiddenText", "16, 16");
    private final ReadOnlyStringWrapper hiddenError = new ReadOnlyStringWrapper(this, "hiddenError", "");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.TANH);
    private final BooleanProperty priorInit = new SimpleBooleanProperty(this, "priorInit", true);
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.ADAM);
    private final LevelParameter learningRate;
    private final ObjectProperty<BatchMode> batchMode = new SimpleObjectProperty<>(this, "batchMode", BatchMode.FULL);
    private final LevelParameter batchSize;
    private final ObjectProperty<ReferenceLoss> reference = new SimpleObjectProperty<>(this, "reference", ReferenceLoss.CE);
    private final LevelParameter referenceAlpha;
    private final ReadOnlyObjectWrapper<TrainingSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private int batching;

    public ClassifierSettingsViewModel(Messages m) {
        this.messages = m;
        positiveFraction = new LevelParameter(POSITIVE_FRACTIONS, 0.01, this::fractionText);
        points = new LevelParameter(POINTS, 2000, v -> m.format("classifier.points.value", String.valueOf((long) v)));
        noise = new LevelParameter(NOISE, 0.5, NumberText::exact);
        labelNoise = new LevelParameter(LABEL_NOISE, 0.0, v -> MetricTexts.percent(v, m));
        learningRate = new LevelParameter(m.get("classifier.learningRate.symbol"), LEARNING_RATES, 0.01,
                v -> NumberText.format(v, 3), Double.MIN_NORMAL, MAX_LEARNING_RATE, m);
        batchSize = new LevelParameter(BATCH_SIZES, 64, v -> String.valueOf((long) v));
        referenceAlpha = new LevelParameter(REFERENCE_ALPHAS, 0.75,
                v -> m.format("classifier.referenceAlpha.value", NumberText.exact(v)));
        settings.set(build());
        for (Observable o : new Observable[] {dataset, positiveFraction.valueProperty(), points.valueProperty(),
                noise.valueProperty(), labelNoise.valueProperty(), seed, model, hidden, activation, priorInit, optimizer,
                learningRate.valueProperty(), batchMode, batchSize.valueProperty(), reference,
                referenceAlpha.valueProperty()}) {
            o.addListener(x -> publish());
        }
    }

    // ---- data ----

    public ObjectProperty<DatasetKind> datasetProperty() {
        return dataset;
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
        hiddenText.set(HiddenLayers.text(parsed.get()));
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
        hiddenText.set(text);
    }

    /**
     * Runs changes to several settings as one: {@link #settingsProperty()} changes (and training restarts)
     * once, after all of them.
     */
    public void change(Runnable changes) {
        batching++;
        try {
            changes.run();
        } finally {
            batching--;
        }
        publish();
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

    // ---- result ----

    /** The settings of the next run; changes once per user action. */
    public ReadOnlyObjectProperty<TrainingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public TrainingSettings settings() {
        return settings.get();
    }

    private void publish() {
        if (batching > 0) {
            return;
        }
        TrainingSettings next = build();
        if (!next.equals(settings.get())) {
            settings.set(next);
        }
    }

    private TrainingSettings build() {
        int n = (int) points.get();
        DatasetSpec data = new DatasetSpec(dataset.get(), positiveFraction.get(), n, n, noise.get(), labelNoise.get(),
                seed.get());
        ModelSpec net = new ModelSpec(model.get() == ModelKind.LOGISTIC ? List.of() : hidden.get(), activation.get(),
                priorInit.get(), ModelSpec.PAPER_PRIOR);
        OptimizerSpec opt = optimizer.get() == OptimizerKind.ADAM ? OptimizerSpec.adam(learningRate.get())
                : OptimizerSpec.sgd(learningRate.get(), SGD_MOMENTUM);
        opt = opt.withBatchSize(batchMode.get() == BatchMode.FULL ? 0 : (int) batchSize.get());
        FocalSetting ref = reference.get() == ReferenceLoss.CE ? FocalSetting.crossEntropy()
                : FocalSetting.balancedCrossEntropy(referenceAlpha.get());
        return new TrainingSettings(data, net, opt, ref, FOCAL_PLACEHOLDER, Normalization.MEAN, seed.get(), 0.5,
                TrainingSettings.DEFAULT_GRID_SIZE);
    }

    /** "1 % positives (1 : 99)": the share, and positives to negatives. */
    private String fractionText(double f) {
        return messages.format("classifier.positiveFraction.value", NumberText.format(100.0 * f, 3),
                NumberText.format((1.0 - f) / f, 3));
    }

    private static double[] ladder(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((from + i * step) * 1e6) / 1e6; // 0.15, not 0.15000000000000002
        }
        return v;
    }
}
