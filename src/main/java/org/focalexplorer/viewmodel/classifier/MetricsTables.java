package org.focalexplorer.viewmodel.classifier;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.plot.Metric;
import org.focalexplorer.plot.MetricsTable;
import org.focalexplorer.plot.MetricsTable.Row;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.viewmodel.text.Messages;

/** A model's metrics table in the user's language (the texts the screen shows). */
public final class MetricsTables {
    private MetricsTables() {}

    public static MetricsTable of(ModelPanel p, Messages m) {
        List<Row> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(new Row(metric.id(), metric.split().id(), m.get(metric.groupKey()), m.get(metric.labelKey()), p.metric(metric),
                    p.value(metric)));
        }
        return new MetricsTable(p.title(), m.get("export.csv.metric"), m.get("export.csv.value"), rows);
    }
}
