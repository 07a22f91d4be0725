package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.io.CsvWriter;
import org.focalexplorer.plot.ClassPanel;

/**
 * A multi-class model as CSV: its class table as on screen (class, recall, AP, share of the loss), then the confusion matrix on the test set, one row per true class.
 */
public final class ClassPanelCsv {
    private ClassPanelCsv() {}

    public static String of(ClassPanel p) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(p.headers());
        rows.addAll(p.rows());
        rows.add(List.of());
        List<String> head = new ArrayList<>(List.of("true \\ predicted"));
        head.addAll(p.classNames());
        rows.add(head);
        for (int t = 0; t < p.classes(); t++) {
            List<String> row = new ArrayList<>(List.of(p.classNames().get(t)));
            for (int q = 0; q < p.classes(); q++) {
                row.add(String.valueOf(p.count(t, q)));
            }
            rows.add(row);
        }
        return CsvWriter.rows(rows);
    }
}
