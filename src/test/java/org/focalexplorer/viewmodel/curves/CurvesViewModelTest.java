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
}
