package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.PinnedSetting;
import org.focalexplorer.viewmodel.pin.PinDifference;
import org.focalexplorer.viewmodel.state.LiveState;

/**
 * The three plots of the explorer (loss, gradient, weighting) as immutable {@link PlotData}, derived
 * from the shared parameters and this feature's curve options.
 *
 * <p>Changes are coalesced: the first change schedules one recomputation on {@code scheduler} (the
 * FX queue in the app, an immediate executor in tests); further changes before it runs ride along.
 * A plot whose inputs did not change keeps its very snapshot, so its view does not redraw.
 */
public final class CurvesViewModel {
    private final ParameterViewModel parameters;
    private final Executor scheduler;

    private final BooleanProperty showAlphaCe;
    private final BooleanProperty showFl;
    private final BooleanProperty showFlStar;
    private final BooleanProperty paperFamily;
    /** p_t or x_t only: the curves live on one of them ({@link XAxis#OTHER} is for the classifier's plots). */
    private final ObjectProperty<XAxis> xAxis;
    private final ObjectProperty<YScale> yScale;
    /** smp's reduced_threshold r overlaid on the loss and weighting plots; null = off (issue #12 §5). */
    private final ObjectProperty<Double> reducedThreshold =
            new javafx.beans.property.SimpleObjectProperty<>(this, "reducedThreshold", null);

    private final ReadOnlyObjectWrapper<PlotData> lossPlot = new ReadOnlyObjectWrapper<>(this, "lossPlot");
    private final ReadOnlyObjectWrapper<PlotData> gradientPlot = new ReadOnlyObjectWrapper<>(this, "gradientPlot");
    private final ReadOnlyObjectWrapper<PlotData> weightingPlot = new ReadOnlyObjectWrapper<>(this, "weightingPlot");

    private final Messages messages;
    private LossPlot loss;
    private GradientPlot gradient;
    private WeightingPlot weighting;
    private final PlotZoom lossZoom = new PlotZoom();
    private final PlotZoom gradientZoom = new PlotZoom();
    private final PlotZoom weightingZoom = new PlotZoom();
    /** The pinned setting's plots, with caches of their own (issue #12, pin and compare). */
    private final ObjectProperty<PinnedSetting> pinned;
    private LossPlot pinnedLoss;
    private GradientPlot pinnedGradient;
    private WeightingPlot pinnedWeighting;
    private GhostCurves lossGhosts;
    private GhostCurves gradientGhosts;
    private GhostCurves weightingGhosts;
    private boolean pending;
    private boolean publishing;
    private long recomputations;

    /** In the live state of {@code parameters}. */
    public CurvesViewModel(ParameterViewModel parameters, Messages messages, Executor scheduler) {
        this(parameters.liveState(), parameters, messages, scheduler);
    }

    public CurvesViewModel(LiveState state, ParameterViewModel parameters, Messages messages, Executor scheduler) {
        this.parameters = parameters;
        this.scheduler = scheduler;
        this.messages = messages;
        showAlphaCe = state.bool(Settings.SHOW_ALPHA_CE);
        showFl = state.bool(Settings.SHOW_FL);
        showFlStar = state.bool(Settings.SHOW_FL_STAR);
        paperFamily = state.bool(Settings.PAPER_FAMILY);
        xAxis = state.object(Settings.X_AXIS);
        yScale = state.object(Settings.Y_SCALE);
        pinned = state.object(Settings.PINNED);
        relabel();
        for (Observable o : new Observable[] {parameters.parametersProperty(), showAlphaCe, showFl, showFlStar,
                paperFamily, xAxis, yScale, reducedThreshold, pinned, lossZoom.shownProperty(),
                gradientZoom.shownProperty(), weightingZoom.shownProperty()}) {
            o.addListener(x -> invalidate());
        }
        messages.bundleProperty().addListener(o -> {
            relabel();
            invalidate();
        });
        pending = true;
        recompute();
    }

    /** Plot builders in the current language (their caches hold texts). */
    private void relabel() {
        SeriesLabels labels = new SeriesLabels(messages);
        loss = new LossPlot(labels);
        gradient = new GradientPlot(labels);
        weighting = new WeightingPlot(labels);
        pinnedLoss = new LossPlot(labels);
        pinnedGradient = new GradientPlot(labels);
        pinnedWeighting = new WeightingPlot(labels);
        lossGhosts = new GhostCurves(labels);
        gradientGhosts = new GhostCurves(labels);
        weightingGhosts = new GhostCurves(labels);
    }

    public BooleanProperty showAlphaCeProperty() {
        return showAlphaCe;
    }

    public BooleanProperty showFlProperty() {
        return showFl;
    }

    public BooleanProperty showFlStarProperty() {
        return showFlStar;
    }

    /** The paper's Figure 1 family γ ∈ {0, 0.5, 1, 2, 5} in place of the single CE curve. */
    public BooleanProperty paperFamilyProperty() {
        return paperFamily;
    }

    public ObjectProperty<XAxis> xAxisProperty() {
        return xAxis;
    }

    /** The scale of the loss axis (the weighting plot is always logarithmic, the gradient plot linear). */
    public ObjectProperty<YScale> yScaleProperty() {
        return yScale;
    }

    /**
     * smp's reduced_threshold r, or null while it is off: then the loss plot adds the reduced focal loss of a
     * positive and the weighting plot its focal term ((1 − pₜ)/r)^γ (1 below r). Not a saved setting: the
     * smp tab sets it.
     */
    public ObjectProperty<Double> reducedThresholdProperty() {
        return reducedThreshold;
    }

    public ReadOnlyObjectProperty<PlotData> lossPlotProperty() {
        return lossPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> gradientPlotProperty() {
        return gradientPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> weightingPlotProperty() {
        return weightingPlot.getReadOnlyProperty();
    }

    /** The shown part of the loss plot (zoom, pan, reset). */
    public PlotZoom lossZoom() {
        return lossZoom;
    }

    public PlotZoom gradientZoom() {
        return gradientZoom;
    }

    public PlotZoom weightingZoom() {
        return weightingZoom;
    }

    /** All three plots back to their default ranges. */
    public void resetZoom() {
        lossZoom.reset();
        gradientZoom.reset();
        weightingZoom.reset();
    }

    public CurveSelection selection() {
        return new CurveSelection(showAlphaCe.get(), showFl.get(), showFlStar.get(), paperFamily.get(), xAxis.get(),
                yScale.get());
    }

    /** How many times the plots were recomputed (each time one or more inputs had changed). */
    public long recomputations() {
        return recomputations;
    }

    /** Whether a change is waiting for its recomputation. */
    public boolean isPending() {
        return pending;
    }

    /** Runs a waiting recomputation now (the scheduled one then finds nothing to do). */
    public void flush() {
        recompute();
    }

    private void invalidate() {
        if (!pending && !publishing) {
            pending = true;
            scheduler.execute(this::recompute);
        }
    }

    private void recompute() {
        if (!pending) {
            return;
        }
        pending = false;
        recomputations++;
        Parameters p = parameters.parameters();
        CurveSelection s = selection();
        PlotData l = loss.build(p, s, reducedThreshold.get());
        PlotData g = gradient.build(p, s);
        PlotData w = weighting.build(p, s, reducedThreshold.get());
        PinnedSetting pin = pinned.get();
        if (pin.pinned()) {
            Parameters q = PinDifference.parameters(pin);
            l = lossGhosts.merge(l, pinnedLoss.build(q, s));
            g = gradientGhosts.merge(g, pinnedGradient.build(q, s));
            w = weightingGhosts.merge(w, pinnedWeighting.build(q, s));
        }
        publishing = true; // the zooms' own changes below are part of this recomputation
        try {
            lossZoom.reframe(java.util.List.of(s.xAxis(), s.yScale()), l.x(), l.y(), LossPlot.boundsX(l), LossPlot.boundsY(l), l.yScale() == YScale.LOG);
            lossPlot.set(zoomed(l, lossZoom));
            gradientZoom.reframe(s.xAxis(), g.x(), g.y(), g.x(), g.y(), g.yScale() == YScale.LOG);
            gradientPlot.set(zoomed(g, gradientZoom));
            weightingZoom.reframe(s.xAxis(), w.x(), w.y(), w.x(), w.y(), w.yScale() == YScale.LOG);
            weightingPlot.set(zoomed(w, weightingZoom));
        } finally {
            publishing = false;
        }
    }

    /** The snapshot with the ranges its zoom shows (the same snapshot while not zoomed). */
    private static PlotData zoomed(PlotData d, PlotZoom zoom) {
        return d.withRanges(zoom.x(), zoom.y());
    }
}
