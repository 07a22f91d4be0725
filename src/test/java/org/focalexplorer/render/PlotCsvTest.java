package org.focalexplorer.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/** A plot's CSV holds exactly the loss core's values at the x it writes. */
class PlotCsvTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final double ALPHA = 0.5;
    private static final double GAMMA = 3.0;

    private static CurvesViewModel curves() {
        ParameterViewModel p = new ParameterViewModel(EN);
        assertThat(p.gamma().submit("3")).isTrue();
        assertThat(p.alpha().submit("0.5")).isTrue();
        p.alphaEnabledProperty().set(true);
        return new CurvesViewModel(p, EN, Runnable::run);
    }

    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }

    /** Column 0 is x; column {@code c} must be {@code core} at that x, bit for bit. */
    private static void assertColumn(String csv, int c, DoubleUnaryOperator core) {
        List<String[]> rows = rows(csv);
        assertThat(rows).isNotEmpty();
        for (String[] r : rows) {
            double x = Double.parseDouble(r[0]);
            assertThat(Double.parseDouble(r[c])).as("at x = %s", r[0]).isEqualTo(core.applyAsDouble(x));
        }
    }

    @Test
    void gradient_plot_csv_is_the_core_gradient_at_each_written_logit() {
        String csv = PlotCsv.of(curves().gradientPlotProperty().get());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("logit of the ground-truth class xₜ,CE,\"FL (γ = 3, α = 0.5)\"");
        assertColumn(csv, 1, FocalCurves::ceGradient);
        assertColumn(csv, 2, x -> FocalCurves.flGradient(x, ALPHA, GAMMA));
    }

    @Test
    void loss_plot_csv_along_pt_is_the_core_loss_at_the_logit_of_each_written_pt() {
        String csv = PlotCsv.of(curves().lossPlotProperty().get());
        assertColumn(csv, 1, pt -> FocalCurves.ceOfLogit(FocalCurves.logitOf(pt)));
        assertColumn(csv, 2, pt -> FocalCurves.flOfLogit(FocalCurves.logitOf(pt), ALPHA, GAMMA));
    }

    @Test
    void loss_plot_csv_along_the_logit_keeps_the_log_tail_exactly() {
        CurvesViewModel vm = curves();
        vm.xAxisProperty().set(XAxis.LOGIT);
        vm.yScaleProperty().set(YScale.LOG);
        vm.flush();
        String csv = PlotCsv.of(vm.lossPlotProperty().get());
        assertColumn(csv, 2, x -> FocalCurves.flOfLogit(x, ALPHA, GAMMA));
        // the tail reaches 10^-300 and beyond, written in full
        assertThat(rows(csv).stream().mapToDouble(r -> Double.parseDouble(r[2])).filter(v -> v > 0).min().orElseThrow())
                .isLessThan(1e-300);
    }

    @Test
    void series_on_different_x_grids_get_an_x_and_a_y_column_each() {
        Series a = new Series("a", SeriesRole.POSITIVE, 0, false, new double[] {0, 0.5, 1}, new double[] {1, 2, 3});
        Series b = new Series("b", SeriesRole.NEGATIVE, 0, false, new double[] {0, 1}, new double[] {4, 5});
        PlotData d = new PlotData("t", "p", "share", XAxis.OTHER, new Range(0, 1), new Range(0, 5), YScale.LINEAR,
                LegendCorner.TOP_LEFT, List.of(a, b));
        assertThat(PlotCsv.of(d)).isEqualTo("p (a),a,p (b),b\n0.0,1.0,0.0,4.0\n0.5,2.0,1.0,5.0\n1.0,3.0,,\n");
    }
}
