package org.focalexplorer.view.parameters;

import org.focalexplorer.view.Listen;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.parameters.NumberParameter;

/**
 * A slider and an exact text entry for one {@link NumberParameter}, and the message when an entry is
 * refused. Enter (or leaving the field) submits; Escape shows the current value again.
 */
final class NumberParameterEditor extends VBox {
    private final NumberParameter parameter;
    private final Slider slider;
    private final TextField field = new TextField();
    private boolean updating;

    NumberParameterEditor(String id, NumberParameter parameter, String label, String sliderTip, String fieldTip,
            double majorTick, double blockIncrement) {
        this.parameter = parameter;
        getStyleClass().add("parameter-editor");
        setSpacing(2);

        Label name = new Label(label);
        name.getStyleClass().add("parameter-name");
        name.setLabelFor(field);
        field.setId(ViewIds.field(id));
        field.setPrefColumnCount(5);
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setText(parameter.textProperty().get());
        Controls.tip(field, fieldTip);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, name, field);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        slider = new Slider(parameter.min(), parameter.max(), parameter.get());
        slider.setId(ViewIds.slider(id));
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(majorTick);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(blockIncrement);
        // The slider's skin draws its tick labels with a chart axis, which animates by default: after a text-size
        // change the old labels faded out over the new ones, and snapshots (the README's) showed both sets.
        slider.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c ->
                slider.getChildrenUnmodifiable().forEach(n -> {
                    if (n instanceof javafx.scene.chart.Axis<?> axis) {
                        axis.setAnimated(false);
                    }
                }));
        Controls.tip(slider, sliderTip);
        // Screen readers name the slider and the field by the parameter, and read the tip as help.
        slider.setAccessibleText(label);
        slider.setAccessibleHelp(sliderTip);
        field.setAccessibleText(label);
        field.setAccessibleHelp(fieldTip);

        getChildren().addAll(top, slider, Controls.errorLabel(ViewIds.error(id)));
        Label error = (Label) getChildren().get(2);
        error.textProperty().bind(parameter.errorProperty());

        slider.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                parameter.setFromSlider(v.doubleValue());
            }
        });
        Listen.whileAlive(slider, parameter.valueProperty(), (o, a, v) -> {
            updating = true;
            try {
                slider.setValue(v.doubleValue());
            } finally {
                updating = false;
            }
        });
        Listen.whileAlive(field, parameter.textProperty(), (o, a, t) -> field.setText(t));
        Listen.whileAlive(field, parameter.errorProperty(), (o, a, e) -> {
            field.getStyleClass().remove("invalid");
            if (!e.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
        field.setOnAction(e -> submit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().equals(parameter.textProperty().get())) {
                submit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(parameter.textProperty().get());
                parameter.clearError();
                e.consume();
            }
        });
    }

    private void submit() {
        if (parameter.submit(field.getText())) {
            field.setText(parameter.textProperty().get()); // e.g. "2.50" is shown as "2.5"
        }
    }
}
