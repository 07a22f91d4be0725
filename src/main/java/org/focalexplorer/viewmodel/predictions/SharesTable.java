package org.focalexplorer.viewmodel.predictions;

import java.util.List;

/**
 * Where the loss and the gradient go under CE, α-CE and FL, as the predictions tab shows it: one row per
 * quantity, one column per loss. Immutable.
 *
 * @param columns the losses' names, in the order of every row's values
 * @param rows    in display order
 */
public record SharesTable(List<String> columns, List<Row> rows) {
    /**
     * @param id      a name for tests and scripts ("loss.easy_negatives", …)
     * @param name    as on screen
     * @param tooltip what it means
     * @param texts   the values as on screen, one per column
     * @param values  at full precision (a share as a fraction 0–1)
     */
    public record Row(String id, String name, String tooltip, List<String> texts, List<Double> values) {
        public Row {
            texts = List.copyOf(texts);
            values = List.copyOf(values);
        }
    }

    public SharesTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + id));
    }
}
