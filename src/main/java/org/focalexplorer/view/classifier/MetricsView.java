package org.focalexplorer.view.classifier;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;
import org.focalexplorer.io.CsvWriter;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.classifier.Metric;
import org.focalexplorer.viewmodel.text.Messages;

/** One model's metrics: test-set scores, then where its own loss on the training points comes from. */
final class MetricsView extends GridPane implements Exportable {
    private final Messages m;
    private final List<Label[]> rows = new ArrayList<>();

    MetricsView(ModelRole role, ClassifierViewModel vm, Messages m) {
        this.m = m;
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
                Label heading = new Label(m.get(group ? "classifier.metrics.test" : "classifier.metrics.train"));
                heading.getStyleClass().add("metrics-heading");
                add(heading, 0, row++, 2, 1);
            }
            Label name = new Label(m.get(metric.labelKey()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip tip = new Tooltip(m.get(metric.labelKey() + ".tooltip"));
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDelay(Duration.millis(400));
            name.setTooltip(tip);
            Label value = new Label("—");
            value.setId(ClassifierIds.metric(role, metric));
            value.getStyleClass().add("readout-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            vm.frameProperty().addListener((o, a, f) -> value.setText(f.panel(role).metric(metric)));
            addRow(row++, name, value);
            rows.add(new Label[] {name, value});
        }
    }

    /** The table as CSV (metric, value as shown); its picture is a snapshot of the node (no figure). */
    @Override
    public ExportContent exportContent() {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(m.get("export.csv.metric"), m.get("export.csv.value")));
        for (Label[] r : rows) {
            table.add(List.of(r[0].getText(), r[1].getText()));
        }
        return new ExportContent(getId(), getWidth(), getHeight(), null, () -> CsvWriter.rows(table));
    }
}
