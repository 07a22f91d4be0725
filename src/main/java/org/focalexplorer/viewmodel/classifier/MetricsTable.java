package org.focalexplorer.viewmodel.classifier;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.viewmodel.text.Messages;

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

    public static MetricsTable of(ModelPanel p, Messages m) {
        List<Row> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(new Row(metric.id(), metric.split().id(), m.get(metric.groupKey()), m.get(metric.labelKey()), p.metric(metric),
                    p.value(metric)));
        }
        return new MetricsTable(p.title(), m.get("export.csv.metric"), m.get("export.csv.value"), rows);
    }
}
