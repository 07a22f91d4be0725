package org.focalexplorer.view.predictions;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.focalexplorer.view.Controls;
import org.focalexplorer.viewmodel.predictions.SharesTable;

/** The shares of the loss and gradient under CE, α-CE and FL: a grid of labels, redrawn whole per report. */
final class SharesTableView extends GridPane {
    private final String quantityHeader;
    private final java.util.List<Label> names = new java.util.ArrayList<>();
    private final java.util.List<Label[]> values = new java.util.ArrayList<>();
    private final java.util.List<Label> headers = new java.util.ArrayList<>();
    private SharesTable shown;

    SharesTableView(String quantityHeader) {
        this.quantityHeader = quantityHeader;
        setId(PredictionsIds.SHARES);
        getStyleClass().add("shares-table");
        setHgap(14);
        setVgap(3);
    }

    void show(SharesTable t) {
        if (t != null && sameShape(t)) { // a slider drag: only the numbers change
            int i = 0;
            for (SharesTable.Row row : t.rows()) {
                names.get(i).setText(row.name());
                for (int c = 0; c < row.texts().size(); c++) {
                    values.get(i)[c].setText(row.texts().get(c));
                }
                i++;
            }
            for (int c = 0; c < t.columns().size(); c++) {
                headers.get(c).setText(t.columns().get(c));
            }
            shown = t;
            return;
        }
        shown = t;
        this.names.clear();
        values.clear();
        headers.clear();
        getChildren().clear();
        getColumnConstraints().clear();
        if (t == null) {
            return;
        }
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().add(nameColumn);
        Label corner = new Label(quantityHeader);
        corner.getStyleClass().add("shares-header");
        add(corner, 0, 0);
        for (int c = 0; c < t.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            cc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            getColumnConstraints().add(cc);
            Label h = new Label(t.columns().get(c));
            headers.add(h);
            h.getStyleClass().add("shares-header");
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            add(h, c + 1, 0);
        }
        int r = 1;
        for (SharesTable.Row row : t.rows()) {
            Label name = Controls.tip(new Label(row.name()), row.tooltip());
            name.setWrapText(true);
            add(name, 0, r);
            this.names.add(name);
            Label[] cells = new Label[row.texts().size()];
            values.add(cells);
            for (int c = 0; c < row.texts().size(); c++) {
                Label v = new Label(row.texts().get(c));
                v.setId(PredictionsIds.cell(row.id(), c));
                v.getStyleClass().add(c == row.texts().size() - 1 ? "share-focal" : "share-value");
                v.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                add(v, c + 1, r);
                cells[c] = v;
            }
            r++;
        }
    }

    private boolean sameShape(SharesTable t) {
        if (shown == null || shown.columns().size() != t.columns().size() || shown.rows().size() != t.rows().size()) {
            return false;
        }
        for (int i = 0; i < t.rows().size(); i++) {
            if (!shown.rows().get(i).id().equals(t.rows().get(i).id())) {
                return false;
            }
        }
        return true;
    }
}
