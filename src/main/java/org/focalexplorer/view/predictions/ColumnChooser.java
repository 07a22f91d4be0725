package org.focalexplorer.view.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.DialogButtons;
import org.focalexplorer.viewmodel.predictions.ColumnRequest;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Asks which columns of a file are the scores and which is the label, when their names do not say
 * ({@link ColumnRequest}). The label is picked from a list; the scores are every other column at first
 * (an .npz: one array), and can be unticked. Not modal in the blocking sense: the answer comes back through
 * {@code chosen} (scores, label) or {@code dismissed}.
 */
final class ColumnChooser {
    private ColumnChooser() {}

    static Dialog<ButtonType> show(Window owner, ColumnRequest r, Messages m, BiConsumer<List<String>, String> chosen,
            Runnable dismissed) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("predictions.columns.title"));
        d.setHeaderText(m.format(r.singleScore() ? "predictions.columns.headerArrays" : "predictions.columns.header",
                r.fileName()));
        d.getDialogPane().setId(PredictionsIds.COLUMN_DIALOG);
        DialogButtons.okCancel(d, m);

        ComboBox<String> label = new ComboBox<>();
        label.setId(PredictionsIds.COLUMN_LABEL);
        label.getItems().setAll(r.names());
        label.getSelectionModel().select(r.suggestedLabel());
        Controls.tip(label, m.get("predictions.columns.label.tooltip"));
        Label labelText = new Label(m.get("predictions.columns.label"));
        labelText.setLabelFor(label);

        List<ToggleButton> scores = new ArrayList<>();
        ToggleGroup single = r.singleScore() ? new ToggleGroup() : null;
        FlowPane scoreBox = new FlowPane(10, 6);
        for (String name : r.names()) {
            ToggleButton b = single != null ? new RadioButton(name) : checkBox(name);
            b.setId(PredictionsIds.COLUMN_SCORE_PREFIX + name);
            b.setMnemonicParsing(false);
            if (single != null) {
                b.setToggleGroup(single);
            }
            scores.add(b);
            scoreBox.getChildren().add(b);
        }
        Runnable byLabel = () -> {
            String l = label.getValue();
            boolean first = true;
            for (ToggleButton b : scores) {
                boolean isLabel = b.getText().equals(l);
                b.setDisable(isLabel);
                b.setSelected(!isLabel && (single == null || first));
                if (!isLabel) {
                    first = false;
                }
            }
        };
        byLabel.run();
        label.valueProperty().addListener((o, a, b) -> byLabel.run());
        ScrollPane scroll = new ScrollPane(scoreBox);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(200, 28 * (1 + r.names().size() / 4)));
        VBox content = new VBox(8, labelText, label, new Label(m.get("predictions.columns.scores")), scroll);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(460);
        d.getDialogPane().setContent(content);
        d.setOnHidden(e -> {
            ButtonType result = d.getResult();
            if (result != null && result.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE) {
                List<String> picked = new ArrayList<>();
                for (ToggleButton b : scores) {
                    if (b.isSelected() && !b.isDisabled()) {
                        picked.add(b.getText());
                    }
                }
                chosen.accept(picked, label.getValue());
            } else {
                dismissed.run();
            }
        });
        d.show();
        label.requestFocus();
        return d;
    }

    /** A CheckBox is no ToggleButton: this one is, so both kinds of choice share one list. */
    private static ToggleButton checkBox(String name) {
        ToggleButton b = new ToggleButton(name);
        b.getStyleClass().add("column-toggle");
        return b;
    }
}
