package org.focalexplorer.view.multiclass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.EnumToggles.Choice;
import org.focalexplorer.view.Listen;
import org.focalexplorer.view.TextEntry;
import org.focalexplorer.view.WholeNumbers;
import org.focalexplorer.viewmodel.multiclass.AlphaPreset;
import org.focalexplorer.viewmodel.multiclass.MulticlassViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The multi-class lab's settings in the left panel: the classes, which losses train side by side, the α
 * vector (typed or from a preset), the data source and the seed.
 */
public final class MulticlassSettingsView extends VBox {
    /** Held so that the spinners' bidirectional bindings (weak on both sides) are not collected. */
    private final ObjectProperty<Integer> seedObject;

    public MulticlassSettingsView(MulticlassViewModel vm, Messages m) {
        setId(MulticlassIds.SETTINGS);
        getStyleClass().add("panel-section");
        setSpacing(8);

        // ---- classes ----
        Spinner<Integer> classes = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory k = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                Settings.MC_MIN_CLASSES, Settings.MC_MAX_CLASSES, vm.classesProperty().get());
        WholeNumbers.lenient(k, "");
        classes.setValueFactory(k);
        classes.setEditable(true);
        classes.setId(MulticlassIds.CLASSES);
        classes.getEditor().setPrefColumnCount(3);
        Controls.tip(classes, m.get("multiclass.classes.tooltip"));
        k.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.setClasses(v);
            }
        });
        Listen.whileAlive(classes, vm.classesProperty(), (o, a, v) -> k.setValue(v.intValue()));
        Label classesLabel = new Label(m.get("multiclass.classes"));
        classesLabel.setLabelFor(classes);
        HBox classesRow = new HBox(8, classesLabel, classes);
        classesRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label frequencies = new Label();
        frequencies.setId(MulticlassIds.FREQUENCIES);
        frequencies.setWrapText(true);
        frequencies.getStyleClass().add("hint");
        frequencies.textProperty().bind(vm.frequenciesTextProperty());

        // ---- models ----
        VBox models = new VBox(3);
        for (MulticlassLoss loss : MulticlassLoss.values()) {
            CheckBox box = new CheckBox(m.get("multiclass.model." + loss.id()));
            box.setId(MulticlassIds.model(loss));
            box.setWrapText(true);
            Controls.tip(box, m.get("multiclass.loss." + loss.id() + ".tooltip"));
            box.setSelected(vm.modelsProperty().get().contains(loss));
            box.selectedProperty().addListener((o, a, on) -> {
                vm.setModel(loss, on);
                box.setSelected(vm.modelsProperty().get().contains(loss)); // a refused change springs back
            });
            Listen.whileAlive(box, vm.modelsProperty(), (o, a, l) -> box.setSelected(l.contains(loss)));
            models.getChildren().add(box);
        }
        Label modelsError = Controls.errorLabel(MulticlassIds.MODELS_ERROR);
        modelsError.textProperty().bind(vm.modelsErrorProperty());

        // ---- α vector ----
        TextField alpha = TextEntry.field(vm.alphaTextProperty(), vm::submitAlpha, vm::clearAlphaError);
        alpha.setId(MulticlassIds.ALPHA);
        Controls.tip(alpha, m.get("multiclass.alpha.tooltip"));
        Listen.whileAlive(alpha, vm.alphaErrorProperty(), (o, a, e) -> alpha.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !e.isEmpty()));
        Label alphaLabel = new Label(m.get("multiclass.alpha"));
        alphaLabel.setLabelFor(alpha);
        FlowPane presets = new FlowPane(4, 4);
        for (AlphaPreset p : AlphaPreset.values()) {
            Button b = new Button(m.get("multiclass.preset." + p.name()));
            b.setId(MulticlassIds.preset(p));
            Controls.tip(b, m.get("multiclass.preset." + p.name() + ".tooltip"));
            b.setOnAction(e -> vm.applyPreset(p));
            presets.getChildren().add(b);
        }
        Label alphaError = Controls.errorLabel(MulticlassIds.ALPHA_ERROR);
        alphaError.textProperty().bind(vm.alphaErrorProperty());
        Label sharedHint = new Label(m.get("multiclass.shared.hint"));
        sharedHint.setWrapText(true);
        sharedHint.getStyleClass().add("hint");

        // ---- data and seed ----
        Map<DataSource, Choice> sources = new LinkedHashMap<>();
        sources.put(DataSource.STREAM, new Choice(MulticlassIds.SOURCE_STREAM, m.get("classifier.source.stream"),
                m.get("multiclass.source.stream.tooltip")));
        sources.put(DataSource.FIXED, new Choice(MulticlassIds.SOURCE_FIXED, m.get("classifier.source.fixed"),
                m.get("multiclass.source.fixed.tooltip")));
        SegmentedButton source = EnumToggles.segmented(vm.dataSourceProperty(), sources);
        Spinner<Integer> seed = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory seeds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Settings.MAX_SEED, vm.seedProperty().get());
        WholeNumbers.lenient(seeds, "");
        seed.setValueFactory(seeds);
        seed.setEditable(true);
        seed.setId(MulticlassIds.SEED);
        seed.getEditor().setPrefColumnCount(6);
        seedObject = vm.seedProperty().asObject();
        seeds.valueProperty().bindBidirectional(seedObject);
        Controls.tip(seed, m.get("multiclass.seed.tooltip"));
        Label seedLabel = new Label(m.get("classifier.seed"));
        seedLabel.setLabelFor(seed);
        HBox seedRow = new HBox(8, seedLabel, seed);
        seedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        getChildren().addAll(Controls.heading(m.get("multiclass.settings.data")), classesRow, frequencies,
                Controls.heading(m.get("multiclass.settings.models")), models, modelsError,
                Controls.heading(m.get("multiclass.settings.alpha")), alphaLabel, alpha, presets, alphaError, sharedHint,
                Controls.heading(m.get("multiclass.settings.training")), source, seedRow);
        List.of(classesLabel, seedLabel).forEach(l -> l.setMinWidth(USE_PREF_SIZE));
    }
}
