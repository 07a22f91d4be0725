package org.focalexplorer.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.focalexplorer.io.CsvWriter;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.DecisionField;
import org.focalexplorer.plot.MetricsTable;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PointMarks;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;

/** The data behind a plot or a decision field as CSV, every number exactly as drawn. */
public final class PlotCsv {
    private PlotCsv() {}

    /**
     * One x column and one column per series when every series has the same x values; otherwise an x and
     * a y column per series (shorter ones padded with empty fields).
     */
    public static String of(PlotData d) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<Series> series = d.series();
        if (sharedX(series)) {
            names.add(d.xLabel());
            columns.add(series.isEmpty() ? new double[0] : series.get(0).x());
            for (Series s : series) {
                names.add(s.label());
                columns.add(s.y());
            }
        } else {
            for (Series s : series) {
                names.add(d.xLabel() + " (" + s.label() + ")");
                columns.add(s.x());
                names.add(s.label());
                columns.add(s.y());
            }
        }
        return CsvWriter.columns(names, columns);
    }

    /**
     * A decision field: the cell centres and the model's p there, then the training points with their
     * label (1 positive, 0 negative) and their weight α_t (1 − p_t)^γ relative to CE.
     */
    public static String of(ModelPanel p) {
        DecisionField f = p.field();
        int n = f.columns() * f.rows();
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] prob = new double[n];
        for (int r = 0; r < f.rows(); r++) {
            for (int c = 0; c < f.columns(); c++) {
                int k = r * f.columns() + c;
                cx[k] = f.x(c);
                cy[k] = f.y(r);
                prob[k] = f.probability(c, r);
            }
        }
        PointMarks marks = p.marks();
        Dataset d = marks.points();
        int m = d.size();
        double[] px = new double[m];
        double[] py = new double[m];
        double[] label = new double[m];
        double[] weight = new double[m];
        for (int i = 0; i < m; i++) {
            px[i] = d.x(i);
            py[i] = d.y(i);
            label[i] = d.isPositive(i) ? 1.0 : 0.0;
            weight[i] = marks.weight(i);
        }
        return CsvWriter.columns(List.of("x", "y", "p", "point_x", "point_y", "point_positive", "point_weight"),
                List.of(cx, cy, prob, px, py, label, weight));
    }

    /**
     * A metrics table: one row per metric with its id and set for scripts, its name as on screen and its
     * value at full precision (a share as a fraction 0–1, NaN where undefined).
     */
    public static String of(MetricsTable t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "set", t.metricHeader(), t.valueHeader()));
        for (MetricsTable.Row r : t.rows()) {
            rows.add(List.of(r.id(), r.set(), r.name(), Double.toString(r.value())));
        }
        return CsvWriter.rows(rows);
    }

    private static boolean sharedX(List<Series> series) {
        for (Series s : series) {
            if (s.x() != series.get(0).x() && !Arrays.equals(s.x(), series.get(0).x())) {
                return false;
            }
        }
        return true;
    }
}
