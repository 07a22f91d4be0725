package org.focalexplorer.view.code;

import org.focalexplorer.view.Listen;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/** The warnings that apply, each with a warning triangle; it follows the view model's list. */
final class WarningList extends VBox {

    WarningList(ObservableList<String> warnings) {
        setId(CodeIds.WARNINGS);
        setSpacing(6);
        getStyleClass().add("code-warnings");
        rebuild(warnings);
        Listen.whileAlive(this, warnings, (ListChangeListener<String>) c -> rebuild(warnings));
    }

    private void rebuild(ObservableList<String> warnings) {
        getChildren().clear();
        for (String w : warnings) {
            Polygon icon = new Polygon(6.0, 0.0, 12.0, 11.0, 0.0, 11.0);
            icon.getStyleClass().add("code-warning-icon");
            Label text = new Label(w);
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.getStyleClass().add("code-warning-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("code-warning");
            getChildren().add(row);
        }
    }
}
