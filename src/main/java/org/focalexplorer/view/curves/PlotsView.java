package org.focalexplorer.view.curves;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.focalexplorer.view.PlotCaption;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.curves.PlotZoom;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The explorer's three plots (loss, gradient, weighting), each bound to its snapshot in
 * {@link CurvesViewModel}, sharing the one probe of {@link ProbeViewModel}.
 */
public final class PlotsView {
    private final PlotCanvas loss;
    private final PlotCanvas gradient;
    private final PlotCanvas weighting;
    private final VBox lossCell;
    private final VBox gradientCell;
    private final VBox weightingCell;

    public PlotsView(CurvesViewModel curves, ProbeViewModel probe, Messages m, ObservableDoubleValue fontScale) {
        loss = plot(ViewIds.LOSS_PLOT, curves.lossPlotProperty(), curves.lossZoom(), probe, m, fontScale);
        gradient = plot(ViewIds.GRADIENT_PLOT, curves.gradientPlotProperty(), curves.gradientZoom(), probe, m, fontScale);
        weighting = plot(ViewIds.WEIGHTING_PLOT, curves.weightingPlotProperty(), curves.weightingZoom(), probe, m,
                fontScale);
        lossCell = PlotCaption.under(loss, m.get("caption.loss"));
        gradientCell = PlotCaption.under(gradient, m.get("caption.gradient"));
        weightingCell = PlotCaption.under(weighting, m.get("caption.weighting"));
    }

    /** The loss plot with its caption, as the window lays it out. */
    public VBox lossCell() {
        return lossCell;
    }

    public VBox gradientCell() {
        return gradientCell;
    }

    public VBox weightingCell() {
        return weightingCell;
    }

    public PlotCanvas loss() {
        return loss;
    }

    public PlotCanvas gradient() {
        return gradient;
    }

    public PlotCanvas weighting() {
        return weighting;
    }

    private static PlotCanvas plot(String id, ReadOnlyObjectProperty<PlotData> data, PlotZoom zoom,
            ProbeViewModel probe, Messages m, ObservableDoubleValue fontScale) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.fontScaleProperty().bind(fontScale);
        c.dataProperty().bind(data);
        c.probeProperty().bind(Bindings.createDoubleBinding(
                () -> data.get() == null ? Double.NaN : probe.position().along(data.get().xAxis()),
                data, probe.positionProperty()));
        c.setOnProbeMoved(v -> probe.moveTo(data.get().xAxis(), v));
        c.setOnProbeHover(v -> probe.hover(data.get().xAxis(), v));
        c.setOnProbeLeft(probe::endHover);
        c.setOnProbeStep((direction, coarse) -> probe.step(data.get().xAxis(), direction, coarse));
        c.setZoomHandler(new PlotCanvas.ZoomHandler() {
            @Override
            public void zoom(double factor, double fx, double fy, boolean alongX, boolean alongY) {
                zoom.zoom(factor, fx, fy, alongX, alongY);
            }

            @Override
            public void pan(double dx, double dy) {
                zoom.pan(dx, dy);
            }

            @Override
            public void reset() {
                zoom.reset();
            }
        });
        Tooltip t = new Tooltip(m.get("plot.tooltip") + "\n" + m.get("plot.tooltip.zoom"));
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDelay(Duration.seconds(1.5));
        Tooltip.install(c, t);
        return c;
    }
}
