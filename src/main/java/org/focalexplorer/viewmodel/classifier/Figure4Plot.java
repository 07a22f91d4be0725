package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.settings.Figure4Class;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.CumulativeLoss;
import org.focalexplorer.analysis.Curve;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/**
 * The paper's Figure 4 for one model's predictions and one class: the cumulative normalised loss against
 * the fraction of the class's examples, easiest first, for γ = 0, 0.5, 1, 2 (colours of the Figure 1
 * family).
 */
final class Figure4Plot {
    private Figure4Plot() {}

    static PlotData of(List<CumulativeLoss.Curves> curves, Figure4Class c, Messages m) {
        boolean positives = c == Figure4Class.POSITIVES;
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            CumulativeLoss.Curves g = curves.get(i);
            Curve curve = positives ? g.positives() : g.negatives();
            series.add(new Series(m.format("classifier.figure4.gamma", NumberText.exact(g.gamma())), SeriesRole.FAMILY,
                    i, false, curve.xs(), curve.ys()));
        }
        return new PlotData(m.get(positives ? "classifier.figure4.title.positives" : "classifier.figure4.title.negatives"),
                m.get(positives ? "classifier.figure4.x.positives" : "classifier.figure4.x.negatives"),
                m.get("classifier.figure4.y"), XAxis.OTHER, new Range(0.0, 1.0), new Range(0.0, 1.0), YScale.LINEAR,
                LegendCorner.TOP_LEFT, series);
    }
}
