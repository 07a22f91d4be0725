package org.focalexplorer.view.classifier;

import org.focalexplorer.view.Listen;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.MetricsTablePainter;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.viewmodel.classifier.ClassifierFrame;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.plot.Metric;
import org.focalexplorer.plot.MetricsTable;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One model's metrics: test-set scores, then where its own loss on the training points comes from. On
 * screen a grid of labels; its exports are painted from the panel the labels show (same snapshot).
 */
public final class MetricsView extends GridPane implements Exportable {
    private final Messages m;
    private final ModelRole role;
    private final ObservableDoubleValue fontScale;
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);
    private final Map<Metric, Label> valueLabels = new EnumMap<>(Metric.class);
    private final ClassifierViewModel vm;
    /** The panel whose numbers the labels show; null before the first frame. */
    private ModelPanel shown;

    MetricsView(ModelRole role, ClassifierViewModel vm, Messages m, ObservableDoubleValue fontScale) {
        this.m = m;
        this.role = role;
        this.fontScale = fontScale;
        getStyleClass().add("metrics-view");
        setId(ClassifierIds.metrics(role));
        setHgap(10);
        setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.SOMETIMES);
        ColumnConstraints values = new ColumnConstraints();
        values.setHalignment(HPos.RIGHT);
        values.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(names, values);
        int row = 0;
        Boolean group = null;
        for (Metric metric : Metric.values()) {
            if (group == null || group != metric.onTestSet()) {
                group = metric.onTestSet();
                Label heading = new Label(m.get(metric.groupKey()));
                heading.getStyleClass().add("metrics-heading");
                add(heading, 0, row++, 2, 1);
            }
            Label name = new Label(m.get(metric.labelKey()));
            // In a narrow panel at large text a name wraps to two lines; its number is never cut.
            name.setWrapText(true);
            name.setMinWidth(Region.USE_COMPUTED_SIZE);
            name.setMinHeight(Region.USE_PREF_SIZE);
            String tipText = m.get(metric.labelKey() + ".tooltip");
            if (metric == org.focalexplorer.plot.Metric.MINORITY_RECALL) {
                tipText += "\n" + m.get("myth.recall"); // issue #12 §6: answered where recall is read
            }
            Tooltip tip = new Tooltip(tipText);
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDelay(Duration.millis(400));
            name.setTooltip(tip);
            Label value = new Label("—");
            value.setId(ClassifierIds.metric(role, metric));
            value.getStyleClass().add("readout-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            addRow(row++, name, value);
            valueLabels.put(metric, value);
        }
        this.vm = vm;
        Listen.whileAlive(this, vm.frameProperty(), (o, a, f) -> show(f));
        Listen.whileAlive(this, vm.concealedProperty(), (o, a, c) -> show(vm.frameProperty().get()));
        show(vm.frameProperty().get());
    }

    /** The colours of the exported picture (the export actions bind it to the theme shown). */
    public ObjectProperty<PlotTheme> themeProperty() {
        return theme;
    }

    /** The table as a picture and its values at full precision as CSV; null before the first frame. */
    @Override
    public ExportContent exportContent() {
        if (shown == null) {
            return null;
        }
        PlotTheme t = theme.get() == null ? PlotTheme.LIGHT : theme.get();
        return MetricsTablePainter.content(getId(), org.focalexplorer.viewmodel.classifier.MetricsTables.of(shown, m), t, fontScale.get());
    }

    private void show(ClassifierFrame f) {
        if (f == null) {
            return;
        }
        shown = f.panel(role);
        // a readout a lesson question asks about waits for the guess (issue #12: predict, then reveal)
        valueLabels.forEach((metric, label) -> label.setText(vm.conceals(metric) ? m.get("probe.concealed.value")
                : shown.metric(metric)));
    }
}
