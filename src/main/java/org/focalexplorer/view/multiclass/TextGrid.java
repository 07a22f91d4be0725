package org.focalexplorer.view.multiclass;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A small table of labels whose texts change with every frame: the labels are made once per shape (rows ×
 * columns) and only their texts set afterwards, so 30 frames a second do not rebuild the scene graph.
 */
final class TextGrid extends GridPane {
    private final List<List<Label>> cells = new ArrayList<>();

    TextGrid(String styleClass) {
        getStyleClass().add(styleClass);
        setHgap(8);
        setVgap(1);
    }

    /** Shows {@code rows}; the first row is a heading, the first column names the row. */
    void show(List<List<String>> rows) {
        int r = rows.size();
        int c = r == 0 ? 0 : rows.get(0).size();
        if (cells.size() != r || (r > 0 && cells.get(0).size() != c)) {
            build(r, c);
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                cells.get(i).get(j).setText(j < rows.get(i).size() ? rows.get(i).get(j) : "");
            }
        }
    }

    /** The label at (row, column), for styling (e.g. a confusion cell's shade). */
    Label cell(int row, int column) {
        return cells.get(row).get(column);
    }

    private void build(int rows, int columns) {
        getChildren().clear();
        cells.clear();
        for (int i = 0; i < rows; i++) {
            List<Label> row = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                Label l = new Label();
                l.setMinWidth(USE_PREF_SIZE); // numbers are never elided; the panel scrolls instead
                l.getStyleClass().add(i == 0 ? "grid-heading" : j == 0 ? "grid-name" : "grid-value");
                GridPane.setHalignment(l, j == 0 ? HPos.LEFT : HPos.RIGHT);
                add(l, j, i);
                row.add(l);
            }
            cells.add(row);
        }
    }
}
