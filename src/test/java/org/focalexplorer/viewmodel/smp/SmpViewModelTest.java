package org.focalexplorer.viewmodel.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.LossBudget;
import org.focalexplorer.viewmodel.budget.LossBudgetViewModel;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * The smp tab without a toolkit (issue #12 §5). Its numbers are checked against the loss core's full
 * smp computations (themselves checked against PyTorch by the golden tests) and against smp's formulas
 * written out by hand; every figure a sentence shows is looked for in the sentence.
 */
class SmpViewModelTest {
    private final Messages en = Messages.forLocale(Locale.ENGLISH);
    private final ParameterViewModel parameters = new ParameterViewModel(en);
    private final LossBudgetViewModel budget = new LossBudgetViewModel(parameters, en);
    private final SmpViewModel vm = new SmpViewModel(parameters, budget, en);

    /** smp: focal_term = ((1 − pt)/r)ᵞ, then focal_term[pt < r] = 1. */
    private static double reducedByHand(double p, double gamma, double r) {
        return p < r ? 1.0 : Math.pow((1 - p) / r, gamma);
    }

    @Test
    void the_reduced_curves_are_smps_definition_and_its_full_loss() {
        for (double r : new double[] {0.2, 0.5, 0.8}) {
            for (double gamma : new double[] {0.5, 2, 5}) {
                for (double x : new double[] {-3, -0.7, 0.1, 0.9, 2.5, 6}) {
                    double p = 1 / (1 + Math.exp(-x));
                    double f = FocalCurves.reducedFactorOfLogit(x, gamma, r);
                    assertThat(f).as("x=%s γ=%s r=%s", x, gamma, r).isCloseTo(reducedByHand(p, gamma, r), within(1e-12 * Math.max(1, f)));
                    // the whole smp FocalLoss on one positive element, α = 0.25
                    SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(SmpMode.BINARY, 0.25, gamma, null, false, r);
                    var out = SmpFocalLoss.compute(Tensor.vector(x), Tensor.vector(1.0), s, Reduction.SUM);
                    assertThat(FocalCurves.reducedFlOfLogit(x, 0.25, gamma, r)).isEqualTo(out.loss().item());
                    assertThat(FocalCurves.reducedFlGradient(x, 0.25, gamma, r)).isEqualTo(out.grad().data()[0]);
                }
            }
        }
    }

    @Test
    void switching_reduced_threshold_on_overlays_the_core_curves_on_the_loss_and_weighting_plots() {
        CurvesViewModel curves = new CurvesViewModel(parameters, en, Runnable::run);
        curves.reducedThresholdProperty().bind(vm.activeThresholdProperty());
        parameters.apply(Preset.PAPER_DEFAULT);
        assertThat(reduced(curves.lossPlotProperty().get())).isNull();
        vm.reducedOnProperty().set(true);
        assertThat(vm.activeThresholdProperty().get()).isEqualTo(0.5);
        Series loss = reduced(curves.lossPlotProperty().get());
        Series weighting = reduced(curves.weightingPlotProperty().get());
        assertThat(loss).isNotNull();
        assertThat(weighting).isNotNull();
        assertThat(loss.label()).isEqualTo("Reduced FL, positive (γ = 2, r = 0.5)");
        for (int i = 0; i < loss.x().length; i += 37) {
            double pt = loss.x()[i];
            if (pt > 0 && pt < 1) {
                double x = FocalCurves.logitOf(pt);
                assertThat(loss.y()[i]).isCloseTo(0.25 * reducedByHand(pt, 2, 0.5) * -Math.log(pt), within(1e-9));
            }
        }
        assertThat(vm.submitThreshold("0.3")).isTrue();
        assertThat(reduced(curves.lossPlotProperty().get()).label()).endsWith("r = 0.3)");
        vm.reducedOnProperty().set(false);
        assertThat(reduced(curves.lossPlotProperty().get())).isNull();
        assertThat(reduced(curves.weightingPlotProperty().get())).isNull();
    }

    private static Series reduced(PlotData d) {
        return d.series().stream().filter(s -> s.role() == SeriesRole.REDUCED).findFirst().orElse(null);
    }

    @Test
    void a_bad_threshold_is_refused_with_one_line_and_r_is_kept() {
        for (String bad : new String[] {"0", "-0.2", "1.5", "abc", "NaN", ""}) {
            assertThat(vm.submitThreshold(bad)).as(bad).isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("“" + bad + "” is not a threshold above 0 and at most 1; r stays 0.5.");
            assertThat(vm.threshold()).isEqualTo(0.5);
        }
        assertThat(vm.submitThreshold("1")).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.thresholdTextProperty().get()).isEqualTo("1");
    }

    /** "…{1}× FL’s (1 − pₜ)ᵞ: at pₜ = 0.9 it is 0.0400, FL’s 0.0100" and, below 0.5, "raises a loss". */
    @Test
    void the_reduced_sentences_hold_for_their_settings() {
        parameters.apply(Preset.PAPER_DEFAULT);
        vm.reducedOnProperty().set(true);
        assertThat(vm.reducedTextProperty().get()).contains("((1 − pₜ)/0.5)ᵞ, 4.00× FL’s (1 − pₜ)ᵞ: at pₜ = 0.9 it is 0.0400, FL’s 0.0100")
                .doesNotContain("jumps").doesNotContain("raise");
        vm.submitThreshold("0.3");
        // ((1 − 0.3)/0.3)² = 5.44: the reduced loss is above CE there, so it raises a loss
        double x = FocalCurves.logitOf(0.4);
        assertThat(FocalCurves.reducedFlOfLogit(x, 1.0, 2, 0.3)).isGreaterThan(FocalCurves.ceOfLogit(x));
        assertThat(vm.reducedTextProperty().get()).contains("between pₜ = 0.3 and 0.7", "CE, 5.44× just above pₜ = 0.3");
        vm.submitThreshold("0.8");
        assertThat(vm.reducedTextProperty().get()).contains("At pₜ = 0.8 the focal term drops from 1 to 0.0625");
        assertThat(Math.pow(0.2 / 0.8, 2)).isEqualTo(0.0625);
        parameters.apply(false, 0.25, 0.0);
        assertThat(vm.reducedTextProperty().get()).isEqualTo(en.get("smp.reduced.gammaZero"));
    }

    /** normalized=True over the loss budget's population = the core's own normalised loss over every example. */
    @Test
    void normalized_on_the_budget_population_is_the_cores_normalised_loss() {
        for (Double r : new Double[] {null, 0.5}) {
            parameters.apply(Preset.PAPER_DEFAULT);
            vm.reducedOnProperty().set(r != null);
            NormalizedLoss n = vm.normalizedProperty().get();
            var population = budget.population();
            int size = (int) n.count();
            double[] x = new double[size];
            double[] t = new double[size];
            int k = 0;
            for (BudgetGroup g : BudgetGroup.values()) {
                LossBudget.Population p = population.get(g);
                // a negative at pₜ has p = 1 − pₜ: its logit is −logit(pₜ)
                double logit = FocalCurves.logitOf(p.pt());
                for (long i = 0; i < p.count(); i++, k++) {
                    x[k] = g.positive() ? logit : -logit;
                    t[k] = g.positive() ? 1 : 0;
                }
            }
            double sumNormalised = BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(t),
                    BinaryFocalParams.smp(0.25, 2, true, r), Reduction.SUM).loss().item();
            double meanNormalised = BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(t),
                    BinaryFocalParams.smp(0.25, 2, true, r), Reduction.MEAN).loss().item();
            double plainSum = BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(t),
                    BinaryFocalParams.smp(0.25, 2, false, r), Reduction.SUM).loss().item();
            assertThat(n.normalized()).isCloseTo(sumNormalised, within(1e-9 * sumNormalised));
            assertThat(n.normalizedMean()).isCloseTo(meanNormalised, within(1e-9 * meanNormalised));
            assertThat(n.flSum()).isCloseTo(plainSum, within(1e-9 * plainSum));
            String text = vm.normalizedTextProperty().get();
            assertThat(text).contains("(101,100 examples")
                    .contains("returns " + NumberText.significant(sumNormalised, 3))
                    .contains("(1/" + NumberText.significant(n.ceSum() / plainSum, 3) + " of CE’s)")
                    .contains("by the 101,100 examples: " + NumberText.significant(meanNormalised, 3));
            // "doubling every group leaves it as it is"
            for (BudgetGroup g : BudgetGroup.values()) {
                budget.submitCount(g, Long.toString(2 * population.get(g).count()));
            }
            assertThat(vm.normalizedProperty().get().normalized()).isCloseTo(n.normalized(), within(1e-12 * n.normalized()));
            for (BudgetGroup g : BudgetGroup.values()) {
                budget.submitCount(g, Long.toString(population.get(g).count()));
            }
        }
    }

    @Test
    void masked_elements_carry_no_loss_and_no_gradient_and_the_mean_divides_by_the_kept() {
        parameters.apply(Preset.PAPER_DEFAULT);
        MaskingDemo.Result r = vm.demoProperty().get();
        assertThat(r.kept()).isEqualTo(5);
        assertThat(r.grad()[4]).isZero();
        assertThat(r.perElement()[4]).isNaN();
        // independent: the same 5 kept elements alone through smp's binary FocalLoss, no ignore_index
        double[] xs = {3.0, -2.0, 0.4, -0.5, -4.0};
        double[] ts = {1, 0, 1, 1, 0};
        SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(SmpMode.BINARY, 0.25, 2, null, false, null);
        var alone = SmpFocalLoss.compute(Tensor.vector(xs), Tensor.vector(ts), s, Reduction.MEAN);
        assertThat(r.reduced()).isCloseTo(alone.loss().item(), within(1e-15));
        int[] at = {0, 1, 2, 3, 5};
        for (int i = 0; i < at.length; i++) {
            assertThat(r.grad()[at[i]]).isCloseTo(alone.grad().data()[i], within(1e-15));
        }
        assertThat(vm.maskResultProperty().get()).startsWith("mean = " + NumberText.significant(alone.loss().item(), 3)
                + ": the sum of the 5 kept losses divided by 5, not by 6");
        assertThat(vm.elementTextProperty(4).get()).isEqualTo("x = 1, t = 255 (ignored): no loss, gradient 0");

        for (int i = 0; i < 6; i++) {
            vm.maskedProperty(i).set(true);
        }
        assertThat(vm.demoProperty().get().reduced()).isNaN();
        assertThat(vm.demoProperty().get().grad()).containsOnly(0.0);
        assertThat(vm.maskResultProperty().get()).isEqualTo(en.get("smp.mask.result.allMasked"));
    }

    /** batchwise_mean: smp's FocalLoss flattens, so it is the sum; focal_loss_with_logits sums over dim 0. */
    @Test
    void batchwise_mean_is_a_sum_in_both_of_smps_entry_points() {
        parameters.apply(Preset.PAPER_DEFAULT);
        vm.maskedProperty(4).set(false);
        vm.demoReductionProperty().set(Reduction.SUM);
        double sum = vm.demoProperty().get().reduced();
        vm.demoReductionProperty().set(Reduction.BATCHWISE_MEAN);
        assertThat(vm.demoProperty().get().reduced()).isEqualTo(sum);
        double[] columns = MaskingDemo.unflattenedBatchwise(FocalSetting.focal(0.25, 2), null);
        assertThat(columns).hasSize(3);
        double[] each = vm.demoProperty().get().perElement();
        for (int c = 0; c < 3; c++) {
            assertThat(columns[c]).isCloseTo(each[c] + each[3 + c], within(1e-15));
        }
        assertThat(columns[0] + columns[1] + columns[2]).isCloseTo(sum, within(1e-12));
        assertThat(vm.maskResultProperty().get()).startsWith("batchwise_mean = " + NumberText.significant(sum, 3)
                + ": despite its name it is a sum, not a mean")
                .contains("[" + NumberText.significant(columns[0], 3) + ", " + NumberText.significant(columns[1], 3));
    }

    @Test
    void the_alpha_note_gives_the_populations_share_of_positives() {
        assertThat(vm.alphaTextProperty().get()).contains("the positives are " + NumberText.significant(100.0 * 100 / 101_100, 3) + " %");
        assertThat(NumberText.significant(100.0 * 100 / 101_100, 3)).isEqualTo("0.0989");
    }
}
