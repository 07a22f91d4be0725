package org.focalexplorer.view.probe;

import org.focalexplorer.view.Listen;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.ViewIds;
import javafx.beans.binding.Bindings;
import org.focalexplorer.viewmodel.pin.PinViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.probe.Quantity;
import org.focalexplorer.viewmodel.text.Messages;

/** The probe's readout: the headline "counts N× less than under CE", an exact p_t entry, and the values. */
public final class ProbeView extends VBox {

    public ProbeView(ProbeViewModel vm, PinViewModel pin, Messages m) {
        getStyleClass().addAll("panel-section", "probe-view");
        setSpacing(8);

        Label summary = new Label();
        summary.setId(ViewIds.PROBE_SUMMARY);
        summary.getStyleClass().add("probe-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Controls.tip(summary, m.get("probe.summary.tooltip"));

        TextField field = new TextField(vm.probabilityTextProperty().get());
        field.setId(ViewIds.PROBE_FIELD);
        field.setPrefColumnCount(10);
        Controls.tip(field, m.get("probe.field.tooltip"));
        Listen.whileAlive(field, vm.probabilityTextProperty(), (o, a, t) -> {
            if (!field.isFocused() || vm.errorProperty().get().isEmpty()) {
                field.setText(t);
            }
        });
        field.setOnAction(e -> vm.submitProbability(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(vm.probabilityTextProperty().get());
                vm.clearError();
            }
        });
        Label fieldLabel = new Label(m.get("probe.field"));
        fieldLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fieldLabel.setLabelFor(field);
        HBox entry = new HBox(8, fieldLabel, field);
        entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label error = Controls.errorLabel(ViewIds.PROBE_ERROR);
        error.textProperty().bind(vm.errorProperty());

        GridPane values = new GridPane();
        values.setHgap(16);
        values.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints numbers = new ColumnConstraints();
        numbers.setHalignment(HPos.RIGHT);
        numbers.setHgrow(Priority.SOMETIMES);
        values.getColumnConstraints().addAll(names, numbers);
        ColumnConstraints pinnedNumbers = new ColumnConstraints();
        pinnedNumbers.setHalignment(HPos.RIGHT);
        pinnedNumbers.setHgrow(Priority.SOMETIMES);
        values.getColumnConstraints().add(pinnedNumbers);
        // Pin and compare (issue #12): the pinned setting's values in a second column, headed by both settings.
        Label nowHeading = new Label(m.get("probe.column.now"));
        nowHeading.getStyleClass().add("metrics-heading");
        Label pinnedHeading = new Label(m.get("probe.column.pinned"));
        pinnedHeading.getStyleClass().add("metrics-heading");
        Controls.tip(pinnedHeading, m.get("probe.column.pinned.tooltip"));
        showWhilePinned(nowHeading, pin);
        showWhilePinned(pinnedHeading, pin);
        values.addRow(0, new Label(), nowHeading, pinnedHeading);
        int row = 1;
        for (Quantity q : Quantity.values()) {
            Label name = new Label(m.get(q.labelKey()));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setId(ViewIds.PROBE_VALUE_PREFIX + q.name());
            value.getStyleClass().add("readout-value");
            value.textProperty().bind(vm.textProperty(q));
            Label pinned = new Label();
            pinned.setId(ViewIds.PROBE_PINNED_PREFIX + q.name());
            pinned.getStyleClass().addAll("readout-value", "pinned-value");
            pinned.textProperty().bind(vm.pinnedTextProperty(q));
            showWhilePinned(pinned, pin);
            values.addRow(row++, name, value, pinned);
        }
        Label difference = new Label();
        difference.setId(ViewIds.PROBE_PIN_DIFFERENCE);
        difference.getStyleClass().add("pin-difference");
        difference.setWrapText(true);
        difference.textProperty().bind(Bindings.createStringBinding(() -> pin.isPinnedProperty().get()
                ? m.format("probe.pinned.summary", pin.pinnedTextProperty().get(), pin.differenceProperty().get()) : "",
                pin.isPinnedProperty(), pin.pinnedTextProperty(), pin.differenceProperty()));
        showWhilePinned(difference, pin);

        Label hint = new Label(m.get("explorer.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        getChildren().addAll(Controls.heading(m.get("probe.title")), summary, difference, entry, error, values, hint);
    }

    private static void showWhilePinned(javafx.scene.Node n, PinViewModel pin) {
        n.visibleProperty().bind(pin.isPinnedProperty());
        n.managedProperty().bind(n.visibleProperty());
    }
}
