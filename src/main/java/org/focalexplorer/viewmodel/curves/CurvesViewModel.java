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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;

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

    private final BooleanProperty showAlphaCe = new SimpleBooleanProperty(this, "showAlphaCe", false);
    private final BooleanProperty showFl = new SimpleBooleanProperty(this, "showFl", true);
    private final BooleanProperty showFlStar = new SimpleBooleanProperty(this, "showFlStar", false);
    private final BooleanProperty paperFamily = new SimpleBooleanProperty(this, "paperFamily", false);
    /** p_t or x_t only: the curves live on one of them ({@link XAxis#OTHER} is for the classifier's plots). */
    private final ObjectProperty<XAxis> xAxis = new SimpleObjectProperty<>(this, "xAxis", XAxis.PROBABILITY) {
        @Override
        public void set(XAxis v) {
            if (v != XAxis.PROBABILITY && v != XAxis.LOGIT) {
                throw new IllegalArgumentException("x axis = " + v + ": must be PROBABILITY or LOGIT");
            }
            super.set(v);
        }
    };
    private final ObjectProperty<YScale> yScale = new SimpleObjectProperty<>(this, "yScale", YScale.LINEAR);

    private final ReadOnlyObjectWrapper<PlotData> lossPlot = new ReadOnlyObjectWrapper<>(this, "lossPlot");
    private final ReadOnlyObjectWrapper<PlotData> gradientPlot = new ReadOnlyObjectWrapper<>(this, "gradientPlot");
    private final ReadOnlyObjectWrapper<PlotData> weightingPlot = new ReadOnlyObjectWrapper<>(this, "weightingPlot");

    private final LossPlot loss;
    private final GradientPlot gradient;
    private final WeightingPlot weighting;
    private boolean pending;
    private long recomputations;

    public CurvesViewModel(ParameterViewModel parameters, Messages messages, Executor scheduler) {
        this.parameters = parameters;
        this.scheduler = scheduler;
        SeriesLabels labels = new SeriesLabels(messages);
        loss = new LossPlot(labels);
        gradient = new GradientPlot(labels);
        weighting = new WeightingPlot(labels);
        for (Observable o : new Observable[] {parameters.parametersProperty(), showAlphaCe, showFl, showFlStar,
                paperFamily, xAxis, yScale}) {
            o.addListener(x -> invalidate());
        }
        pending = true;
        recompute();
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

    public ReadOnlyObjectProperty<PlotData> lossPlotProperty() {
        return lossPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> gradientPlotProperty() {
        return gradientPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> weightingPlotProperty() {
        return weightingPlot.getReadOnlyProperty();
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
        if (!pending) {
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
        lossPlot.set(loss.build(p, s));
        gradientPlot.set(gradient.build(p, s));
        weightingPlot.set(weighting.build(p, s));
    }
}
