package org.focalexplorer.view.sweep;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.focalexplorer.plot.MetricsTable;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.MetricsTablePainter;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.view.Listen;
import org.focalexplorer.viewmodel.sweep.SweepRow;
import org.focalexplorer.viewmodel.sweep.SweepViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The sweep's table: γ, α, the toy's test AP and the paper's COCO AP, one row per cell. Exports as a picture
 * (the metrics-table painter) and as CSV at full precision (the view model's rows), through the app's export
 * actions (atomic save).
 */
public final class SweepTable extends GridPane implements Exportable {
    public static final String ID = "sweepTable";
    private final SweepViewModel vm;
    private final Messages m;
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);

    SweepTable(SweepViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId(ID);
        getStyleClass().add("sweep-table");
        setHgap(14);
        setVgap(2);
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(cc);
        }
        Listen.whileAlive(this, vm.rowsProperty(), (o, a, rows) -> show(rows));
        show(vm.rowsProperty().get());
    }

    public ObjectProperty<PlotTheme> themeProperty() {
        return theme;
    }

    private void show(List<SweepRow> rows) {
        getChildren().clear();
        String[] head = {m.get("sweep.column.gamma"), m.get("sweep.column.alpha"), m.get("sweep.column.ap"),
            m.get("sweep.column.paper")};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("metrics-heading");
            h.setWrapText(true);
            add(h, c, 0);
        }
        int r = 1;
        for (SweepRow row : rows) {
            Label ap = new Label(row.ap());
            ap.setId(ID + "-ap-" + (r - 1));
            ap.getStyleClass().add("readout-value");
            Label paper = new Label(row.paperAp());
            paper.getStyleClass().add("hint");
            addRow(r++, new Label(row.gamma()), new Label(row.alpha()), ap, paper);
        }
    }

    /** The table as a picture and its values at full precision as CSV; null before a sweep. */
    @Override
    public ExportContent exportContent() {
        String csv = vm.csv();
        if (csv == null) {
            return null;
        }
        List<MetricsTable.Row> rows = new ArrayList<>();
        String toy = m.get("sweep.column.ap");
        String paper = m.get("sweep.column.paper");
        for (SweepRow row : vm.rowsProperty().get()) {
            String name = m.format("sweep.row.name", row.gamma(), row.alpha());
            rows.add(new MetricsTable.Row("ap", "test", toy, name, row.ap(), row.result().mean()));
        }
        for (SweepRow row : vm.rowsProperty().get()) {
            if (!row.paperAp().equals("—")) {
                String name = m.format("sweep.row.name", row.gamma(), row.alpha());
                rows.add(new MetricsTable.Row("paper_ap", "coco", paper, name, row.paperAp(), Double.NaN));
            }
        }
        MetricsTable t = new MetricsTable(m.get("sweep.title"), "", "", rows);
        PlotTheme th = theme.get() == null ? PlotTheme.LIGHT : theme.get();
        ExportContent c = MetricsTablePainter.content("sweep-table-1b", t, th, 1.0);
        return new ExportContent(c.name(), c.width(), c.height(), c.figure(), () -> csv);
    }
}
