package org.focalexplorer.view.pin;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.pin.PinViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/** Pin and compare (issue #12): pin the setting, unpin, the paper's baseline pair; what is pinned. */
public final class PinView extends VBox {

    public PinView(PinViewModel vm, Messages m) {
        getStyleClass().add("panel-section");
        setSpacing(6);
        Button pin = new Button(m.get("pin.button"));
        pin.setId(ViewIds.PIN_BUTTON);
        Controls.tip(pin, m.get("pin.button.tooltip"));
        pin.setOnAction(e -> vm.pin());
        Button unpin = new Button(m.get("pin.unpin"));
        unpin.setId(ViewIds.UNPIN_BUTTON);
        Controls.tip(unpin, m.get("pin.unpin.tooltip"));
        unpin.disableProperty().bind(vm.isPinnedProperty().not());
        unpin.setOnAction(e -> vm.unpin());
        HBox buttons = new HBox(6, pin, unpin);
        Button baseline = new Button(m.get("pin.baseline"));
        baseline.setId(ViewIds.PIN_BASELINE_BUTTON);
        baseline.setWrapText(true);
        baseline.setMaxWidth(Double.MAX_VALUE);
        baseline.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Controls.tip(baseline, m.get("pin.baseline.tooltip"));
        baseline.setOnAction(e -> vm.comparePaperBaseline());
        Label status = new Label();
        status.setId(ViewIds.PIN_STATUS);
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.isPinnedProperty().get()
                ? m.format("pin.status", vm.pinnedTextProperty().get(), vm.differenceProperty().get())
                : m.get("pin.status.none"), vm.isPinnedProperty(), vm.pinnedTextProperty(), vm.differenceProperty()));
        getChildren().addAll(Controls.heading(m.get("pin.title")), buttons, baseline, status);
    }
}
