package org.focalexplorer.view.classifier;

import org.focalexplorer.view.WholeNumbers;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.EnumToggles.Choice;
import org.focalexplorer.view.TextEntry;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel;
import org.focalexplorer.settings.ModelKind;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.viewmodel.text.Messages;

/** The live classifier's settings: data set, model, optimiser, reference loss. Each change restarts training. */
public final class ClassifierSettingsView extends VBox {
    /** Held so that the spinner's bidirectional binding (weak on both sides) is not collected. */
    private final ObjectProperty<Integer> seedObject;

    public ClassifierSettingsView(ClassifierSettingsViewModel vm, Messages m) {
        getStyleClass().add("panel-section");
        setSpacing(8);

        // ---- data ----
        Map<DatasetKind, Choice> kinds = new LinkedHashMap<>();
        for (DatasetKind k : DatasetKind.values()) {
            kinds.put(k, new Choice(ClassifierIds.DATASET_PREFIX + k.id(), m.get("classifier.dataset." + k.id()),
                    m.get("classifier.dataset." + k.id() + ".tooltip")));
        }
        // Five data sets do not fit side by side in the left panel: a list, each named in full.
        javafx.scene.control.ComboBox<DatasetKind> dataset = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(DatasetKind.values()));
        dataset.setId(ClassifierIds.DATASET);
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DatasetKind k) {
                return k == null ? "" : kinds.get(k).text();
            }

            @Override
            public DatasetKind fromString(String s) {
                return null; // not editable
            }
        });
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        javafx.scene.control.Tooltip datasetTip = new javafx.scene.control.Tooltip();
        datasetTip.setWrapText(true);
        datasetTip.setMaxWidth(420);
        datasetTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> dataset.getValue() == null ? "" : kinds.get(dataset.getValue()).tooltip(), dataset.valueProperty()));
        dataset.setTooltip(datasetTip);
        LevelEditor fraction = new LevelEditor(ClassifierIds.POSITIVE_FRACTION, vm.positiveFraction(),
                m.get("classifier.positiveFraction"), m.get("classifier.positiveFraction.tooltip"), null);
        // Its stops fall from 50 % to 0.1 %: the ends say which way the imbalance grows.
        fraction.labelEnds(m.get("classifier.positiveFraction.balanced"), m.get("classifier.positiveFraction.rare"));
        LevelEditor points = new LevelEditor(ClassifierIds.POINTS, vm.points(), m.get("classifier.points"),
                m.get("classifier.points.tooltip"), null);
        LevelEditor noise = new LevelEditor(ClassifierIds.NOISE, vm.noise(), m.get("classifier.noise"),
                m.get("classifier.noise.tooltip"), null);
        LevelEditor labelNoise = new LevelEditor(ClassifierIds.LABEL_NOISE, vm.labelNoise(),
                m.get("classifier.labelNoise"), m.get("classifier.labelNoise.tooltip"), null);
        Spinner<Integer> seed = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory seeds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                ClassifierSettingsViewModel.MAX_SEED, vm.seedProperty().get());
        WholeNumbers.lenient(seeds, "");
        seed.setValueFactory(seeds);
        seed.setEditable(true);
        seed.setId(ClassifierIds.SEED);
        seed.getEditor().setPrefColumnCount(6);
        seedObject = vm.seedProperty().asObject();
        seeds.valueProperty().bindBidirectional(seedObject);
        Controls.tip(seed, m.get("classifier.seed.tooltip"));
        Label seedLabel = new Label(m.get("classifier.seed"));
        seedLabel.setLabelFor(seed);
        seedLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(seedLabel, Priority.ALWAYS);
        HBox seedRow = new HBox(8, seedLabel, seed);
        seedRow.setAlignment(Pos.CENTER_LEFT);

        // ---- model ----
        Map<ModelKind, Choice> models = new LinkedHashMap<>();
        models.put(ModelKind.LOGISTIC, new Choice(ClassifierIds.MODEL_LOGISTIC, m.get("classifier.model.logistic"),
                m.get("classifier.model.logistic.tooltip")));
        models.put(ModelKind.MLP, new Choice(ClassifierIds.MODEL_MLP, m.get("classifier.model.mlp"),
                m.get("classifier.model.mlp.tooltip")));
        SegmentedButton model = EnumToggles.segmented(vm.modelProperty(), models);
        TextField hidden = TextEntry.field(vm.hiddenTextProperty(), vm::submitHidden, vm::clearHiddenError);
        hidden.setId(ClassifierIds.HIDDEN);
        hidden.setPrefColumnCount(8);
        Controls.tip(hidden, m.get("classifier.hidden.tooltip"));
        Label hiddenLabel = new Label(m.get("classifier.hidden"));
        hiddenLabel.setLabelFor(hidden);
        hiddenLabel.setMaxWidth(Double.MAX_VALUE);
        hiddenLabel.setWrapText(true);
        hiddenLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(hiddenLabel, Priority.ALWAYS);
        HBox hiddenRow = new HBox(8, hiddenLabel, hidden);
        hiddenRow.setAlignment(Pos.CENTER_LEFT);
        Label hiddenError = Controls.errorLabel(ClassifierIds.HIDDEN_ERROR);
        hiddenError.textProperty().bind(vm.hiddenErrorProperty());
        Map<Activation, Choice> activations = new LinkedHashMap<>();
        for (Activation a : Activation.values()) {
            activations.put(a, new Choice(ClassifierIds.ACTIVATION_PREFIX + a.id(), m.get("classifier.activation." + a.id()),
                    m.get("classifier.activation." + a.id() + ".tooltip")));
        }
        SegmentedButton activation = EnumToggles.segmented(vm.activationProperty(), activations);
        var logistic = vm.modelProperty().isEqualTo(ModelKind.LOGISTIC);
        hiddenRow.disableProperty().bind(logistic);
        activation.disableProperty().bind(logistic);
        ToggleSwitch prior = new ToggleSwitch();
        prior.setId(ClassifierIds.PRIOR_INIT);
        prior.setAccessibleText(m.get("classifier.priorInit"));
        prior.selectedProperty().bindBidirectional(vm.priorInitProperty());
        Controls.tip(prior, m.get("classifier.priorInit.tooltip"));
        // The switch's name in a label that wraps: a switch's own text is cut with "…" at large text.
        javafx.scene.control.Label priorLabel = new javafx.scene.control.Label(m.get("classifier.priorInit"));
        priorLabel.setWrapText(true);
        priorLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        priorLabel.setLabelFor(prior);
        priorLabel.setOnMouseClicked(e -> prior.setSelected(!prior.isSelected()));
        javafx.scene.layout.HBox.setHgrow(priorLabel, javafx.scene.layout.Priority.ALWAYS);
        prior.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox priorRow = new javafx.scene.layout.HBox(8, priorLabel, prior);
        priorRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        // ---- optimiser ----
        Map<OptimizerKind, Choice> optimizers = new LinkedHashMap<>();
        for (OptimizerKind k : OptimizerKind.values()) {
            optimizers.put(k, new Choice(ClassifierIds.OPTIMIZER_PREFIX + k.id(), m.get("classifier.optimizer." + k.id()),
                    m.get("classifier.optimizer." + k.id() + ".tooltip")));
        }
        SegmentedButton optimizer = EnumToggles.segmented(vm.optimizerProperty(), optimizers);
        LevelEditor learningRate = new LevelEditor(ClassifierIds.LEARNING_RATE, vm.learningRate(),
                m.get("classifier.learningRate"), m.get("classifier.learningRate.tooltip"),
                m.get("classifier.learningRate.field.tooltip"));
        Map<BatchMode, Choice> batches = new LinkedHashMap<>();
        batches.put(BatchMode.FULL, new Choice(ClassifierIds.BATCH_FULL, m.get("classifier.batch.full"),
                m.get("classifier.batch.full.tooltip")));
        batches.put(BatchMode.MINI, new Choice(ClassifierIds.BATCH_MINI, m.get("classifier.batch.mini"),
                m.get("classifier.batch.mini.tooltip")));
        SegmentedButton batch = EnumToggles.segmented(vm.batchModeProperty(), batches);
        LevelEditor batchSize = new LevelEditor(ClassifierIds.BATCH_SIZE, vm.batchSize(), m.get("classifier.batchSize"),
                m.get("classifier.batchSize.tooltip"), null);
        batchSize.disableProperty().bind(vm.batchModeProperty().isEqualTo(BatchMode.FULL));

        // ---- reference ----
        Map<ReferenceLoss, Choice> references = new LinkedHashMap<>();
        references.put(ReferenceLoss.CE, new Choice(ClassifierIds.REFERENCE_CE, m.get("classifier.reference.ce"),
                m.get("classifier.reference.ce.tooltip")));
        references.put(ReferenceLoss.ALPHA_CE, new Choice(ClassifierIds.REFERENCE_ALPHA_CE,
                m.get("classifier.reference.alphaCe"), m.get("classifier.reference.alphaCe.tooltip")));
        SegmentedButton reference = EnumToggles.segmented(vm.referenceProperty(), references);
        LevelEditor referenceAlpha = new LevelEditor(ClassifierIds.REFERENCE_ALPHA, vm.referenceAlpha(),
                m.get("classifier.referenceAlpha"), m.get("classifier.referenceAlpha.tooltip"), null);
        referenceAlpha.disableProperty().bind(vm.referenceProperty().isEqualTo(ReferenceLoss.CE));

        LevelEditor threshold = new LevelEditor(ClassifierIds.THRESHOLD, vm.threshold(), m.get("classifier.threshold"),
                m.get("classifier.threshold.tooltip"), null);
        Label restartHint = new Label(m.get("classifier.settings.hint"));
        restartHint.getStyleClass().add("hint");
        restartHint.setWrapText(true);

        Map<DataSource, Choice> sources = new LinkedHashMap<>();
        sources.put(DataSource.STREAM, new Choice(ClassifierIds.SOURCE_STREAM, m.get("classifier.source.stream"),
                m.get("classifier.source.stream.tooltip")));
        sources.put(DataSource.FIXED, new Choice(ClassifierIds.SOURCE_FIXED, m.get("classifier.source.fixed"),
                m.get("classifier.source.fixed.tooltip")));
        SegmentedButton source = EnumToggles.segmented(vm.dataSourceProperty(), sources);

        getChildren().addAll(Controls.heading(m.get("classifier.settings.data")), dataset, source, fraction, points, noise,
                labelNoise, seedRow,
                Controls.heading(m.get("classifier.settings.model")), model, hiddenRow, hiddenError, activation, priorRow,
                Controls.heading(m.get("classifier.settings.optimizer")), optimizer, learningRate, batch, batchSize,
                Controls.heading(m.get("classifier.settings.reference")), reference, referenceAlpha, restartHint,
                Controls.heading(m.get("classifier.settings.metrics")), threshold);
    }
}
