package org.focalexplorer.view.classifier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.view.PlotCaption;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.classifier.ClassifierFrame;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.viewmodel.classifier.PointReadout;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One model's side (its name and loss are {@link #title()}, placed by the tab): the decision field
 * with the points, the metrics, the p_t
 * histogram and the paper's Figure 4.
 */
final class ModelPanelView extends VBox {
    private final DecisionFieldCanvas field;
    private final List<Node> exportables;
    private final Label title;

    ModelPanelView(ModelRole role, ClassifierViewModel vm, ProbeViewModel probe, Messages m,
            ObservableDoubleValue fontScale) {
        super(4);
        getStyleClass().addAll("model-panel", role == ModelRole.REFERENCE ? "reference" : "focal");
        ObservableValue<ModelPanel> panel = Bindings.createObjectBinding(() -> {
            ClassifierFrame f = vm.frame();
            return f == null ? null : f.panel(role);
        }, vm.frameProperty());

        Label title = new Label();
        title.setId(ClassifierIds.title(role));
        title.getStyleClass().add("model-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> panel.getValue() == null ? "" : panel.getValue().title(), panel));
        // Not on the field itself: a tooltip there would cover the points the user hovers.
        Tooltip explanation = new Tooltip(m.get("classifier.field.tooltip"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        explanation.setShowDelay(Duration.millis(400));
        title.setTooltip(explanation);
        title.setWrapText(true); // "FL (γ = 2, α = 0.25)" at 200 % in a narrow panel
        title.setMinHeight(Region.USE_PREF_SIZE);

        field = new DecisionFieldCanvas(ClassifierViewModel.HOVER_PIXELS);
        field.setId(ClassifierIds.field(role));
        field.panelProperty().bind(panel);
        field.highlightedProperty().bind(Bindings.createIntegerBinding(() -> {
            PointReadout r = vm.hoveredProperty().get();
            return r == null ? -1 : r.index();
        }, vm.hoveredProperty()));
        field.setOnHover((x, y, radius) -> vm.hover(role, x, y, radius));
        field.setOnExit(vm::endHover);
        MetricsView metrics = new MetricsView(role, vm, m, fontScale);
        FieldAndMetrics top = new FieldAndMetrics(field, metrics);
        VBox fieldCell = PlotCaption.under(top, PlotCaption.id(ClassifierIds.field(role)),
                new javafx.beans.property.SimpleStringProperty(m.get("caption.field")));
        VBox.setVgrow(fieldCell, Priority.ALWAYS);

        PlotCanvas histogram = plot(ClassifierIds.histogram(role), Bindings.createObjectBinding(
                () -> panel.getValue() == null ? null : panel.getValue().histogram(), panel), fontScale);
        histogram.probeProperty().bind(Bindings.createDoubleBinding(() -> probe.position().pt(),
                probe.positionProperty()));
        PlotCanvas figure4 = plot(ClassifierIds.figure4(role), vm.figure4Property(role), fontScale);
        PlotPairPane bottom = new PlotPairPane(histogram, withConcealedNote(figure4, vm, m), fontScale);

        // One caption under both plots: under each, it would wrap to many lines in a narrow panel.
        VBox captioned = PlotCaption.under(bottom, PlotCaption.id(ClassifierIds.histogram(role)),
                Bindings.createStringBinding(() -> m.format("caption.pair", m.get("caption.histogram"),
                        m.get(vm.figure4ClassProperty().get() == Figure4Class.POSITIVES ? "caption.figure4.positives"
                                : "caption.figure4.negatives")), vm.figure4ClassProperty()));
        this.title = title;
        getChildren().addAll(fieldCell, captioned);
        exportables = List.of(field, metrics, histogram, figure4);
    }

    /** What can be exported: the field, the metrics table, the histogram and Figure 4. */
    List<Node> exportables() {
        return exportables;
    }

    /**
     * The model's name and loss, laid out by the tab above the panel: in one row with the other model's,
     * so that a title that wraps does not push one model's numbers below the other's.
     */
    Label title() {
        return title;
    }

    DecisionFieldCanvas field() {
        return field;
    }

    /**
     * Figure 4 is held back while a lesson step on it waits for a guess (it shows the answer); an empty outlined
     * plot looked broken, so the plot says why it is empty and when it comes back.
     */
    private static javafx.scene.layout.StackPane withConcealedNote(PlotCanvas figure4, ClassifierViewModel vm, Messages m) {
        Label note = new Label(m.get("lab.figure4.concealed"));
        note.setId(figure4.getId() + "-concealed");
        note.getStyleClass().add("plot-concealed-note");
        note.setWrapText(true);
        note.setMouseTransparent(true);
        note.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        note.setPadding(new javafx.geometry.Insets(12));
        note.setMinSize(0, 0);
        note.visibleProperty().bind(vm.concealedProperty());
        return new javafx.scene.layout.StackPane(figure4, note);
    }

    private static PlotCanvas plot(String id, ObservableValue<PlotData> data, ObservableDoubleValue fontScale) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.setMinSize(150, 130);
        c.setFocusTraversable(false);
        c.fontScaleProperty().bind(fontScale);
        c.dataProperty().bind(data);
        HBox.setHgrow(c, Priority.ALWAYS);
        return c;
    }
}
