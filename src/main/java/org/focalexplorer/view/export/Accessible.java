package org.focalexplorer.view.export;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import org.focalexplorer.view.classifier.DecisionFieldCanvas;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/** What a screen reader says for a plot: its title, its curves and where the probe is. */
final class Accessible {
    private static final int DIGITS = 4;

    private Accessible() {}

    static void describe(PlotCanvas c, Messages m) {
        c.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        c.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> text(c.getData(), c.probeProperty().get(), m), c.dataProperty(), c.probeProperty()));
    }

    static void describe(DecisionFieldCanvas f, Messages m) {
        f.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        f.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
            ModelPanel p = f.panelProperty().get();
            return p == null ? m.get("export.accessible.empty")
                    : m.format("export.accessible.field", p.title(), p.marks().count());
        }, f.panelProperty()));
    }

    static String text(PlotData d, double probe, Messages m) {
        if (d == null) {
            return m.get("export.accessible.empty");
        }
        String curves = d.series().stream().map(Series::label).collect(Collectors.joining(m.get("export.accessible.separator")));
        if (Double.isNaN(probe)) {
            return m.format("export.accessible.plot", d.title(), curves);
        }
        return m.format("export.accessible.probe", d.title(), curves, d.xLabel(), NumberText.format(probe, DIGITS));
    }
}
