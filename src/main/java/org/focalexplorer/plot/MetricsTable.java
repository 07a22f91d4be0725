package org.focalexplorer.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One model's metrics table as an export shows it: the texts of the table on screen and the full-precision
 * values behind them, all from one {@link ModelPanel} (so from one training snapshot). Immutable.
 *
 * @param title        the model's heading
 * @param metricHeader the CSV column of the metric names
 * @param valueHeader  the CSV column of the values
 * @param rows         one per {@link Metric}, in display order
 */
public record MetricsTable(String title, String metricHeader, String valueHeader, List<Row> rows) {

    /**
     * One metric.
     *
     * @param id    its name for scripts ({@link Metric#id()})
     * @param set   the set it is measured on, for scripts ("test", "train")
     * @param group the heading of its set, as on screen
     * @param name  its name, as on screen
     * @param text  its value, as on screen
     * @param value its value at full precision: a share as a fraction 0–1, NaN where undefined
     */
    public record Row(String id, String set, String group, String name, String text, double value) {}

    public MetricsTable {
        rows = List.copyOf(rows);
    }
}
