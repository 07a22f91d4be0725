package org.focalexplorer.view.multiclass;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.render.ClassColors;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.view.Listen;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One model of the multi-class lab: its loss by name and formula, the decision regions with the training
 * points, the table per class (share of the data, recall, AP, share of the loss), the macro AP line and the
 * confusion matrix of the test set.
 */
final class MulticlassModelView extends VBox {
    private final ClassFieldCanvas field = new ClassFieldCanvas();
    private final TextGrid table = new TextGrid("class-table");
    private final TextGrid confusion = new TextGrid("confusion-matrix");
    /** Held: the view listens to it weakly, and nothing else keeps a binding alive. */
    private final ObservableValue<ClassPanel> panel;

    MulticlassModelView(MulticlassLoss loss, ObservableValue<ClassPanel> panel, Messages m) {
        super(4);
        this.panel = panel;
        setId(MulticlassIds.panel(loss));
        getStyleClass().add("multiclass-panel"); // not "model-panel": lesson targets find the binary lab by it
        Label title = new Label();
        title.getStyleClass().add("model-title");
        title.setWrapText(true);
        Tooltip tip = new Tooltip(m.get("multiclass.loss." + loss.id() + ".tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        tip.setShowDelay(Duration.millis(400));
        title.setTooltip(tip);
        Label formula = new Label();
        formula.getStyleClass().add("model-formula");
        formula.setWrapText(true);
        field.setId(MulticlassIds.field(loss));
        VBox.setVgrow(field, Priority.ALWAYS);
        table.setId(MulticlassIds.table(loss));
        Label summary = new Label();
        summary.getStyleClass().add("model-summary");
        summary.setWrapText(true);
        Label confusionTitle = new Label(m.get("multiclass.confusion"));
        confusionTitle.getStyleClass().add("grid-title");
        confusionTitle.setWrapText(true);
        confusion.setId(MulticlassIds.confusion(loss));
        getChildren().addAll(title, formula, field, table, summary, confusionTitle, confusion);

        Listen.whileAlive(this, panel, (o, a, p) -> show(p, title, formula, summary, m));
        show(panel.getValue(), title, formula, summary, m);
    }

    ClassFieldCanvas field() {
        return field;
    }

    /** What exports: the decision regions (with the table and confusion matrix as CSV). */
    List<Node> exportables() {
        return List.of(field);
    }

    private void show(ClassPanel p, Label title, Label formula, Label summary, Messages m) {
        field.panelProperty().set(p);
        if (p == null) {
            return;
        }
        title.setText(p.title());
        formula.setText(p.formula());
        summary.setText(p.summary());
        List<List<String>> rows = new ArrayList<>();
        rows.add(p.headers());
        rows.addAll(p.rows());
        table.show(rows);
        for (int k = 0; k < p.classes(); k++) { // the class names in their colour: the legend of the field
            table.cell(k + 1, 0).setStyle("-fx-text-fill: " + ClassColors.web(k) + "; -fx-font-weight: bold;");
        }
        showConfusion(p, m);
    }

    private void showConfusion(ClassPanel p, Messages m) {
        int k = p.classes();
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(m.get("multiclass.confusion.corner"));
        for (int q = 0; q < k; q++) { // short column heads, coloured like the rows: the matrix stays narrow
            head.add(q == 0 ? m.get("multiclass.confusion.background") : String.valueOf(q));
        }
        rows.add(head);
        for (int t = 0; t < k; t++) {
            List<String> row = new ArrayList<>();
            row.add(p.classNames().get(t));
            for (int q = 0; q < k; q++) {
                row.add(String.valueOf(p.count(t, q)));
            }
            rows.add(row);
        }
        confusion.show(rows);
        for (int q = 0; q < k; q++) {
            confusion.cell(0, q + 1).setStyle("-fx-text-fill: " + ClassColors.web(q) + "; -fx-font-weight: bold;");
        }
        for (int t = 0; t < k; t++) {
            int total = 0;
            for (int q = 0; q < k; q++) {
                total += p.count(t, q);
            }
            for (int q = 0; q < k; q++) {
                // Shade by the share of the true class's examples: the diagonal is the recall.
                double share = total == 0 ? 0 : (double) p.count(t, q) / total;
                String colour = t == q ? "0,158,115" : "213,94,0";
                confusion.cell(t + 1, q + 1).setStyle(String.format(java.util.Locale.ROOT,
                        "-fx-background-color: rgba(%s,%.3f); -fx-padding: 0 3 0 3;", colour, 0.08 + 0.5 * share));
            }
        }
    }
}
