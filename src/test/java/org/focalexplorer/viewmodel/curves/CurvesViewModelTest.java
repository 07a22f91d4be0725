package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Queue;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.junit.jupiter.api.Test;

/** No JavaFX toolkit; recomputations run at once ({@code Runnable::run}) unless a test queues them. */
class CurvesViewModelTest {
    private final ParameterViewModel parameters = new ParameterViewModel(TestMessages.english());
    private final CurvesViewModel vm = new CurvesViewModel(parameters, TestMessages.english(), Runnable::run);

    private PlotData loss() {
        return vm.lossPlotProperty().get();
    }

    @Test
    void changing_gamma_changes_the_fl_series_to_the_core_values() {
        Series before = loss().first(SeriesRole.FL);
        Series ce = loss().first(SeriesRole.CE);
        parameters.gamma().submit("5");
        Series after = loss().first(SeriesRole.FL);
        assertThat(after.y()).isNotEqualTo(before.y());
        assertThat(after.label()).isEqualTo("FL (γ = 5)");
        double[] xt = Grids.PROBABILITY.xt();
        for (int i = 0; i < xt.length; i++) {
            assertThat(after.y()[i]).isEqualTo(FocalCurves.flOfLogit(xt[i], 1.0, 5.0));
        }
        // CE does not depend on γ: the very same array, not recomputed.
        assertThat(loss().first(SeriesRole.CE).y()).isSameAs(ce.y());
        assertThat(after.x()).isSameAs(Grids.PROBABILITY.pt());
    }

    @Test
    void alpha_weights_fl_and_alpha_balanced_ce() {
        vm.showAlphaCeProperty().set(true);
        assertThat(loss().count(SeriesRole.ALPHA_CE)).isZero(); // α is off
        parameters.apply(Preset.PAPER_DEFAULT);
        Series alphaCe = loss().first(SeriesRole.ALPHA_CE);
        Series fl = loss().first(SeriesRole.FL);
        assertThat(fl.label()).isEqualTo("FL, positive (γ = 2, α = 0.25)");
        double xt = Grids.PROBABILITY.xt()[100];
        assertThat(alphaCe.y()[100]).isEqualTo(FocalCurves.flOfLogit(xt, 0.25, 0.0));
        assertThat(fl.y()[100]).isEqualTo(FocalCurves.flOfLogit(xt, 0.25, 2.0));
    }

    /**
     * Both classes (issue #12): with α on, a negative example's curve (weight 1 − α) is drawn beside the
     * positive's, so α = 0.25 visibly lowers the positives' curve — to a third of the negatives' at every p_t.
     */
    @Test
    void with_alpha_on_the_negatives_curve_is_drawn_beside_the_positives() {
        assertThat(loss().count(SeriesRole.NEGATIVE)).as("α off: one curve serves both classes").isZero();
        parameters.apply(Preset.PAPER_DEFAULT);
        Series positive = loss().first(SeriesRole.FL);
        Series negative = loss().first(SeriesRole.NEGATIVE);
        assertThat(negative.label()).isEqualTo("FL, negative (γ = 2, 1 − α = 0.75)");
        double[] xt = Grids.PROBABILITY.xt();
        for (int i = 1; i < xt.length - 1; i += 50) {
            assertThat(negative.y()[i]).isEqualTo(FocalCurves.flOfLogit(xt[i], 0.75, 2.0));
            if (positive.y()[i] > 0) {
                assertThat(positive.y()[i] / negative.y()[i]).isCloseTo(1.0 / 3.0, within(1e-12));
            }
        }
        parameters.alpha().submit("0.75"); // the other way round: the positives' curve now on top
        assertThat(loss().first(SeriesRole.FL).y()[100]).isGreaterThan(loss().first(SeriesRole.NEGATIVE).y()[100]);
        vm.showFlProperty().set(false);
        assertThat(loss().count(SeriesRole.NEGATIVE)).as("FL hidden: neither class").isZero();
    }

    @Test
    void the_paper_family_is_five_curves_and_the_current_fl_on_top() {
        vm.paperFamilyProperty().set(true);
        PlotData d = loss();
        assertThat(d.count(SeriesRole.FAMILY)).isEqualTo(5);
        assertThat(d.count(SeriesRole.CE)).isZero(); // γ = 0 of the family is CE
        assertThat(d.series()).extracting(Series::label).containsExactly(
                "γ = 0 (CE)", "FL, γ = 0.5", "FL, γ = 1", "FL, γ = 2", "FL, γ = 5", "FL (γ = 2)");
        assertThat(d.series().get(d.series().size() - 1).emphasised()).isTrue();
        Series g5 = d.series().get(4);
        assertThat(g5.y()[42]).isEqualTo(FocalCurves.flOfLogit(Grids.PROBABILITY.xt()[42], 1.0, 5.0));
    }

    @Test
    void the_curves_refuse_an_axis_they_do_not_live_on() {
        vm.xAxisProperty().set(XAxis.LOGIT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.xAxisProperty().set(XAxis.OTHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("curves.x_axis = \"other\"");
        assertThat(vm.xAxisProperty().get()).isEqualTo(XAxis.LOGIT);
    }

    @Test
    void on_a_log_axis_the_easy_tail_reaches_1e_minus_300_from_exact_values() {
        vm.yScaleProperty().set(YScale.LOG);
        for (XAxis axis : new XAxis[] {XAxis.PROBABILITY, XAxis.LOGIT}) {
            vm.xAxisProperty().set(axis);
            vm.lossZoom().showAll(); // the window opens zoomed in (see the zoom tests); the tail is there to zoom out to
            PlotData d = loss();
            assertThat(d.y().min()).isEqualTo(1e-300);
            Grid g = Grids.of(axis, true);
            Series ce = d.first(SeriesRole.CE);
            Series fl = d.first(SeriesRole.FL);
            double smallestCe = Double.POSITIVE_INFINITY;
            double smallestFl = Double.POSITIVE_INFINITY;
            for (int i = 0; i < g.size(); i++) {
                assertThat(ce.y()[i]).isEqualTo(FocalCurves.ceOfLogit(g.xt()[i])).isPositive();
                assertThat(fl.y()[i]).isEqualTo(FocalCurves.flOfLogit(g.xt()[i], 1.0, 2.0));
                if (g.xt()[i] < 230) { // FL ≈ e^{−3 x_t} is still above 10⁻³⁰⁰ here: never a zero
                    assertThat(fl.y()[i]).isPositive();
                }
                smallestCe = Math.min(smallestCe, ce.y()[i]);
                if (fl.y()[i] > 0) {
                    smallestFl = Math.min(smallestFl, fl.y()[i]);
                }
            }
            assertThat(smallestCe).isLessThan(1e-300);
            assertThat(smallestFl).isLessThan(1e-300);
        }
        assertThat(loss().x()).isEqualTo(new Range(Grids.LOGIT_MIN, Grids.TAIL_END));
    }

    @Test
    void gradient_of_fl_for_hard_examples_is_larger_than_ce_and_vanishes_for_easy_ones() {
        PlotData d = vm.gradientPlotProperty().get();
        Series ce = d.first(SeriesRole.CE);
        Series fl = d.first(SeriesRole.FL);
        int hard = indexOf(ce.x(), -2.8);
        assertThat(fl.y()[hard]).isCloseTo(-1.13, within(0.005));
        assertThat(ce.y()[hard]).isCloseTo(-0.943, within(0.001));
        assertThat(fl.y()[hard]).isLessThan(ce.y()[hard]);
        int easy = indexOf(ce.x(), 5.0);
        assertThat(Math.abs(fl.y()[easy])).isLessThan(1e-3 * Math.abs(ce.y()[easy]));
        assertThat(d.y().min()).isEqualTo(-1.2);

        vm.showFlStarProperty().set(true);
        assertThat(vm.gradientPlotProperty().get().first(SeriesRole.FL_STAR).y()[hard])
                .isEqualTo(FocalCurves.flStarGradient(ce.x()[hard], 2.0, 1.0));
    }

    @Test
    void the_ratio_is_exactly_1_at_gamma_0_without_alpha() {
        parameters.gamma().submit("0");
        for (double r : vm.weightingPlotProperty().get().first(SeriesRole.RATIO).y()) {
            assertThat(r).isEqualTo(1.0);
        }
        parameters.gamma().submit("2");
        Series ratio = vm.weightingPlotProperty().get().first(SeriesRole.RATIO);
        int at09 = indexOf(ratio.x(), 0.9);
        assertThat(ratio.y()[at09]).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void a_plot_whose_inputs_did_not_change_keeps_its_snapshot() {
        PlotData l = loss();
        PlotData g = vm.gradientPlotProperty().get();
        PlotData w = vm.weightingPlotProperty().get();
        parameters.beta().submit("2"); // FL* is not shown: nothing depends on β
        assertThat(loss()).isSameAs(l);
        assertThat(vm.gradientPlotProperty().get()).isSameAs(g);
        assertThat(vm.weightingPlotProperty().get()).isSameAs(w);
        vm.paperFamilyProperty().set(true); // only the loss plot shows the family
        assertThat(loss()).isNotSameAs(l);
        assertThat(vm.gradientPlotProperty().get()).isSameAs(g);
        assertThat(vm.weightingPlotProperty().get()).isSameAs(w);
    }

    @Test
    void changes_before_the_scheduled_recomputation_are_coalesced_into_one() {
        Queue<Runnable> queue = new ArrayDeque<>();
        CurvesViewModel queued = new CurvesViewModel(parameters, TestMessages.english(), queue::add);
        long before = queued.recomputations();
        PlotData old = queued.lossPlotProperty().get();
        parameters.gamma().submit("3");
        parameters.gamma().submit("4");
        queued.yScaleProperty().set(YScale.LOG);
        parameters.apply(Preset.PAPER_DEFAULT);
        assertThat(queue).hasSize(1);
        assertThat(queued.lossPlotProperty().get()).isSameAs(old);
        queue.poll().run();
        assertThat(queued.recomputations()).isEqualTo(before + 1);
        assertThat(queued.lossPlotProperty().get().first(SeriesRole.FL).label()).isEqualTo("FL, positive (γ = 2, α = 0.25)");
        assertThat(queued.lossPlotProperty().get().yScale()).isEqualTo(YScale.LOG);
    }

    @Test
    void fl_star_needs_gamma_above_0() {
        vm.showFlStarProperty().set(true);
        assertThat(loss().count(SeriesRole.FL_STAR)).isEqualTo(1);
        assertThat(loss().first(SeriesRole.FL_STAR).label()).isEqualTo("FL* (γ = 2, β = 1)");
        parameters.gamma().submit("0");
        assertThat(loss().count(SeriesRole.FL_STAR)).isZero();
    }

    private static int indexOf(double[] x, double value) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - value) < Math.abs(x[best] - value)) {
                best = i;
            }
        }
        assertThat(x[best]).isCloseTo(value, within(1e-9));
        return best;
    }

    // ---- zoom and pan (issue #13): the ranges live here, the view only reports where and how much --------

    @Test
    void the_log_axis_opens_on_the_part_where_the_curves_differ_not_on_300_decades() {
        vm.yScaleProperty().set(YScale.LOG);
        vm.xAxisProperty().set(XAxis.LOGIT);
        assertThat(loss().x()).isEqualTo(new Range(Grids.LOGIT_MIN, Grids.LOGIT_MAX));
        assertThat(loss().y()).isEqualTo(new Range(1e-12, 1e2));
        // What the default shows: CE over the whole x range, and FL (γ = 2) down to x_t ≈ 9, where it is
        // e^{−3 x_t} ≈ 10⁻¹² — checked against the core, not against the constants above.
        assertThat(FocalCurves.ceOfLogit(Grids.LOGIT_MAX)).isBetween(loss().y().min(), loss().y().max());
        assertThat(FocalCurves.flOfLogit(9.0, 1.0, 2.0)).isGreaterThan(loss().y().min());
        assertThat(FocalCurves.ceOfLogit(Grids.LOGIT_MIN)).isLessThan(loss().y().max());
        assertThat(vm.lossZoom().zoomedProperty().get()).isFalse();

        vm.xAxisProperty().set(XAxis.PROBABILITY);
        assertThat(loss().x()).isEqualTo(new Range(0.0, 1.0));
        assertThat(loss().y()).isEqualTo(new Range(1e-9, 1e2));
        assertThat(FocalCurves.flOfLogit(FocalCurves.logitOf(0.998), 1.0, 2.0)).isGreaterThan(loss().y().min());
    }

    @Test
    void zooming_a_log_axis_keeps_the_point_under_the_pointer_and_works_in_decades() {
        vm.yScaleProperty().set(YScale.LOG);
        vm.xAxisProperty().set(XAxis.LOGIT);
        // The pointer a quarter of the way across and at the middle height: x_t = −5, y = 10⁻⁵ (decades −12 … 2).
        vm.lossZoom().zoom(0.5, 0.25, 0.5, true, true);
        assertThat(loss().x().min()).isCloseTo(-7.5, within(1e-12));
        assertThat(loss().x().max()).isCloseTo(2.5, within(1e-12));
        assertThat(Math.log10(loss().y().min())).isCloseTo(-8.5, within(1e-9));
        assertThat(Math.log10(loss().y().max())).isCloseTo(-1.5, within(1e-9));
        assertThat(vm.lossZoom().zoomedProperty().get()).isTrue();
        // Zooming only y (the pointer over the y axis) leaves x alone.
        Range x = loss().x();
        vm.lossZoom().zoom(2.0, 0.0, 1.0, false, true);
        assertThat(loss().x()).isEqualTo(x);
        assertThat(Math.log10(loss().y().max())).isCloseTo(-1.5, within(1e-9));
        assertThat(Math.log10(loss().y().min())).isCloseTo(-15.5, within(1e-9));
    }

    @Test
    void panning_moves_by_a_fraction_of_the_shown_span_and_stops_at_the_data() {
        vm.yScaleProperty().set(YScale.LOG);
        vm.xAxisProperty().set(XAxis.LOGIT);
        vm.lossZoom().pan(0.5, -0.5); // half a width right (10 x_t), half a height down (7 decades)
        assertThat(loss().x().min()).isCloseTo(0.0, within(1e-12));
        assertThat(loss().x().max()).isCloseTo(20.0, within(1e-12));
        assertThat(Math.log10(loss().y().min())).isCloseTo(-19, within(1e-9));
        assertThat(Math.log10(loss().y().max())).isCloseTo(-5, within(1e-9));
        // Far right and far down: held at the exact tail's end (x_t = 700) and its floor (10⁻³⁰⁰), span kept.
        vm.lossZoom().pan(1000, -1000);
        assertThat(loss().x().max()).isEqualTo(Grids.TAIL_END);
        assertThat(loss().x().max() - loss().x().min()).isCloseTo(20.0, within(1e-9));
        assertThat(loss().y().min()).isCloseTo(1e-300, within(1e-310));
        assertThat(Math.log10(loss().y().max()) - Math.log10(loss().y().min())).isCloseTo(14, within(1e-9));
        // Left of x_t = −10 there are no data either.
        vm.lossZoom().pan(-1000, 0);
        assertThat(loss().x().min()).isEqualTo(Grids.LOGIT_MIN);
    }

    @Test
    void zooming_out_stops_at_the_whole_tail_and_zooming_in_at_half_a_decade() {
        vm.yScaleProperty().set(YScale.LOG);
        vm.xAxisProperty().set(XAxis.LOGIT);
        for (int i = 0; i < 100; i++) {
            vm.lossZoom().zoom(2.0, 0.5, 0.5, true, true);
        }
        assertThat(loss().x()).isEqualTo(new Range(Grids.LOGIT_MIN, Grids.TAIL_END));
        assertThat(loss().y()).isEqualTo(new Range(1e-300, 1e2));
        for (int i = 0; i < 100; i++) {
            vm.lossZoom().zoom(0.5, 0.5, 0.5, true, true);
        }
        assertThat(Math.log10(loss().y().max()) - Math.log10(loss().y().min())).isCloseTo(0.5, within(1e-9));
        assertThat(loss().x().max() - loss().x().min()).isCloseTo(1e-3 * (Grids.TAIL_END - Grids.LOGIT_MIN), within(1e-9));
    }

    @Test
    void a_reset_returns_to_the_default_and_another_axis_starts_from_its_own_default() {
        vm.yScaleProperty().set(YScale.LOG);
        vm.xAxisProperty().set(XAxis.LOGIT);
        PlotData fresh = loss();
        vm.lossZoom().zoom(0.5, 0.3, 0.7, true, true);
        vm.gradientZoom().pan(0.2, 0.0);
        assertThat(loss().y()).isNotEqualTo(fresh.y());
        // Parameters change the curves, not the zoom.
        parameters.gamma().submit("3");
        assertThat(vm.lossZoom().zoomedProperty().get()).isTrue();
        vm.resetZoom();
        assertThat(loss().x()).isEqualTo(fresh.x());
        assertThat(loss().y()).isEqualTo(fresh.y());
        assertThat(vm.gradientZoom().zoomedProperty().get()).isFalse();

        vm.lossZoom().zoom(0.5, 0.5, 0.5, true, true);
        vm.yScaleProperty().set(YScale.LINEAR);
        assertThat(loss().y()).isEqualTo(new Range(0.0, LossPlot.LINEAR_TOP_LOGIT));
        assertThat(vm.lossZoom().zoomedProperty().get()).isFalse();
    }

    @Test
    void a_linear_axis_zooms_in_but_never_out_past_its_data() {
        Range x = loss().x();
        vm.lossZoom().zoom(0.5, 0.5, 0.5, true, true);
        assertThat(loss().x().max() - loss().x().min()).isCloseTo((x.max() - x.min()) / 2, within(1e-12));
        vm.lossZoom().zoom(10, 0.5, 0.5, true, true);
        assertThat(loss().x()).isEqualTo(x);
        assertThat(loss().y()).isEqualTo(new Range(0.0, LossPlot.LINEAR_TOP_PROBABILITY));
    }

    @Test
    void a_zoom_is_one_recomputation_and_publishes_nothing_else() {
        long before = vm.recomputations();
        PlotData gradient = vm.gradientPlotProperty().get();
        vm.lossZoom().zoom(0.5, 0.5, 0.5, true, true);
        assertThat(vm.recomputations()).isEqualTo(before + 1);
        assertThat(vm.gradientPlotProperty().get()).isSameAs(gradient);
    }
}
