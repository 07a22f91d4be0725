package org.focalexplorer.view.classifier;

import org.focalexplorer.view.Listen;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.viewmodel.classifier.LevelParameter;

/**
 * A {@link LevelParameter} as a named slider whose stops are its levels, with the value beside the name,
 * or, for a setting that can be typed, an entry field there (Enter submits, Escape restores).
 */
final class LevelEditor extends VBox {
    private final Slider slider; // labelled by the name when the setting is not typed

    /**
     * @param id         base of the node ids: {@code id + "Slider"}, {@code id + "Value"} or {@code id + "Field"},
     *                   {@code id + "Error"}
     * @param fieldTip   the entry field's tooltip (typed settings only)
     */
    LevelEditor(String id, LevelParameter parameter, String label, String sliderTip, String fieldTip) {
        setSpacing(2);
        Label name = new Label(label);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(8, name);
        top.setAlignment(Pos.CENTER_LEFT);

        slider = LevelSlider.of(ClassifierIds.slider(id), parameter, sliderTip);
        getChildren().addAll(top, slider);

        if (parameter.isTyped()) {
            TextField field = new TextField(parameter.entryText());
            field.setId(ClassifierIds.field(id));
            field.setPrefColumnCount(6);
            field.setMinWidth(Region.USE_PREF_SIZE);
            Controls.tip(field, fieldTip);
            name.setLabelFor(field);
            top.getChildren().add(field);
            Listen.whileAlive(field, parameter.valueProperty(), (o, a, v) -> field.setText(parameter.entryText()));
            field.setOnAction(e -> {
                if (parameter.submit(field.getText())) {
                    field.setText(parameter.entryText());
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && !field.getText().equals(parameter.entryText())) {
                    parameter.submit(field.getText());
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    field.setText(parameter.entryText());
                    parameter.clearError();
                    e.consume();
                }
            });
            Label error = Controls.errorLabel(ClassifierIds.error(id));
            error.textProperty().bind(parameter.errorProperty());
            getChildren().add(error);
        } else {
            Label value = new Label();
            value.setId(ClassifierIds.value(id));
            value.getStyleClass().add("readout-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.textProperty().bind(parameter.textProperty());
            name.setLabelFor(slider);
            top.getChildren().add(value);
        }
    }

    /** Words under the slider's two ends, for a slider whose numbers run against the reader's expectation. */
    void labelEnds(String left, String right) {
        Label l = new Label(left);
        Label r = new Label(right);
        for (Label end : new Label[] {l, r}) {
            end.getStyleClass().add("slider-end");
            end.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(l, gap, r);
        getChildren().add(getChildren().indexOf(slider) + 1, ends);
    }
}
