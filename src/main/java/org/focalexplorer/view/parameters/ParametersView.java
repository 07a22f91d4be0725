package org.focalexplorer.view.parameters;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;

/** α (with its on/off switch), γ and β, and the paper's presets. */
public final class ParametersView extends VBox {

    public ParametersView(ParameterViewModel vm, Messages m) {
        getStyleClass().add("panel-section");
        setSpacing(8);

        ToggleSwitch alphaSwitch = new ToggleSwitch(m.get("parameters.alpha.switch"));
        alphaSwitch.setId(ViewIds.ALPHA_SWITCH);
        alphaSwitch.selectedProperty().bindBidirectional(vm.alphaEnabledProperty());
        Controls.tip(alphaSwitch, m.get("parameters.alpha.switch.tooltip"));

        NumberParameterEditor alpha = new NumberParameterEditor("alpha", vm.alpha(), m.get("parameters.alpha.label"),
                m.get("parameters.alpha.slider.tooltip"), m.get("parameters.alpha.field.tooltip"), 0.25, 0.05);
        alpha.disableProperty().bind(vm.alphaEnabledProperty().not());
        NumberParameterEditor gamma = new NumberParameterEditor("gamma", vm.gamma(), m.get("parameters.gamma.label"),
                m.get("parameters.gamma.slider.tooltip"), m.get("parameters.gamma.field.tooltip"), 1.0, 0.1);
        NumberParameterEditor beta = new NumberParameterEditor("beta", vm.beta(), m.get("parameters.beta.label"),
                m.get("parameters.beta.slider.tooltip"), m.get("parameters.beta.field.tooltip"), 2.5, 0.1);

        VBox presets = new VBox(6);
        for (Preset p : Preset.values()) {
            Button b = new Button(m.get(p.labelKey()));
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            b.setId(ViewIds.PRESET_PREFIX + p.name());
            b.setOnAction(e -> vm.apply(p));
            Controls.tip(b, m.get(p.labelKey() + ".tooltip"));
            presets.getChildren().add(b);
        }

        getChildren().addAll(Controls.heading(m.get("parameters.title")), alphaSwitch, alpha, gamma, beta,
                Controls.heading(m.get("presets.title")), presets);
    }
}
