package org.focalexplorer.view.classifier;

import org.focalexplorer.view.Listen;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.PlotCaption;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The live classifier's tab: the playback bar, what happened (a divergence) and the hovered point, the
 * CE model on the left and the focal-loss model on the right, and both training curves below. It fills
 * the tab, and the models scroll under the playback bar once large text no longer lets them fit.
 */
public final class ClassifierView extends BorderPane {
    /** The readout shows the hint (no point is hovered). */
    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");
    private final ModelPanelView reference;
    private final ModelPanelView focal;
    /** The training-loss chart's minimum height at 100 % text (scaled with the text). */
    static final double MIN_CURVES_HEIGHT = 250;
    private final PlotCanvas curves;

    public ClassifierView(ClassifierViewModel vm, ProbeViewModel probe, Messages m, ObservableDoubleValue fontScale) {
        getStyleClass().add("classifier-view");
        ScrollPane scroll = new ScrollPane();
        scroll.getStyleClass().add("classifier-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        BorderPane content = new BorderPane();
        Label message = Controls.errorLabel(ClassifierIds.MESSAGE);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("classifier-message");
        Label readout = new Label();
        readout.setId(ClassifierIds.READOUT);
        readout.getStyleClass().add("point-readout");
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.setWrapText(true); // the hint is a sentence: whole, on two lines, at large text
        readout.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        readout.textProperty().bind(Bindings.when(vm.readoutTextProperty().isEmpty())
                .then(m.get("classifier.readout.hint")).otherwise(vm.readoutTextProperty()));
        readout.pseudoClassStateChanged(HINT, true);
        Listen.whileAlive(readout, vm.readoutTextProperty(), (o, a, t) -> readout.pseudoClassStateChanged(HINT, t.isEmpty()));
        VBox top = new VBox(4, new PlaybackBar(vm, m), message);
        top.setPadding(new Insets(6, 8, 2, 8));
        // The playback bar stays put while the models scroll under it: a lesson step that asks for ×100
        // and points at the metrics can show both.
        setTop(top);

        reference = new ModelPanelView(ModelRole.REFERENCE, vm, probe, m, fontScale);
        focal = new ModelPanelView(ModelRole.FOCAL, vm, probe, m, fontScale);
        curves = new PlotCanvas();
        curves.setId(ClassifierIds.TRAINING_CURVES);
        curves.setFocusTraversable(false);
        // A readable chart at every text size: room for the title, the legend above the plot area, the axis
        // labels, and a plot area of about 120 px × text size (it was a 45 px strip with one tick, issue #13).
        curves.setMinWidth(200);
        curves.minHeightProperty().bind(Bindings.multiply(MIN_CURVES_HEIGHT, fontScale));
        curves.fontScaleProperty().bind(fontScale);
        curves.dataProperty().bind(Bindings.createObjectBinding(
                () -> vm.frame() == null ? null : vm.frame().trainingCurves(), vm.frameProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 8, 8));
        grid.add(reference.title(), 0, 0);
        grid.add(focal.title(), 1, 0);
        grid.add(reference, 0, 1);
        grid.add(focal, 1, 1);
        grid.add(PlotCaption.under(curves, m.get("caption.curves")), 0, 2, 2, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints panels = new RowConstraints();
        panels.setVgrow(Priority.ALWAYS);
        RowConstraints curveRow = new RowConstraints();
        // The row's minimum is its cell's (the chart's minimum and the caption): the lab scrolls rather than squeeze it.
        curveRow.prefHeightProperty().bind(Bindings.multiply(MIN_CURVES_HEIGHT + 60, fontScale));
        curveRow.maxHeightProperty().bind(Bindings.multiply(MIN_CURVES_HEIGHT + 140, fontScale));
        curveRow.setVgrow(Priority.SOMETIMES);
        grid.getRowConstraints().addAll(new RowConstraints(), panels, curveRow);
        // The readout scrolls with the models (it reads the point under the pointer in their fields); the
        // bar above stays put.
        readout.setPadding(new Insets(0, 8, 0, 8));
        content.setTop(readout);
        content.setCenter(grid);
        scroll.setContent(content);
        setCenter(scroll);
    }

    public DecisionFieldCanvas field(ModelRole role) {
        return (role == ModelRole.REFERENCE ? reference : focal).field();
    }

    /** Every node of this tab that exports (see {@code view.export.ExportActions}). */
    public java.util.List<Node> exportables() {
        java.util.List<Node> all = new java.util.ArrayList<>(reference.exportables());
        all.addAll(focal.exportables());
        all.add(curves);
        return all;
    }

    public PlotCanvas trainingCurves() {
        return curves;
    }

    /** Where the keyboard goes when the tab is shown, so Space and → work at once. */
    public Node focusTarget() {
        return focal.field();
    }
}
