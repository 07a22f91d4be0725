package org.focalexplorer.viewmodel.probe;

import org.focalexplorer.settings.ProbePosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.junit.jupiter.api.Test;

class ProbeViewModelTest {
    private final ParameterViewModel parameters = new ParameterViewModel(TestMessages.english());
    private final ProbeViewModel vm = new ProbeViewModel(parameters, TestMessages.english());

    @Test
    void at_pt_0_9_with_gamma_2_the_loss_is_100_times_smaller_and_the_gradient_34_5_times() {
        ProbeReadout r = vm.readout();
        assertThat(r.pt()).isEqualTo(0.9);
        assertThat(r.ratio()).isCloseTo(100.0, within(1e-9));
        assertThat(r.ce()).isEqualTo(FocalCurves.ce(0.9));
        assertThat(r.fl()).isEqualTo(FocalCurves.fl(0.9, 1.0, 2.0));
        assertThat(r.modulatingFactor()).isEqualTo(FocalCurves.modulatingFactor(0.9, 2.0));
        assertThat(r.ceGradient()).isEqualTo(FocalCurves.ceGradient(FocalCurves.logitOf(0.9)));
        assertThat(r.flGradient()).isEqualTo(FocalCurves.flGradient(FocalCurves.logitOf(0.9), 1.0, 2.0));
        // Appendix B by hand: |dFL/dx_t| = 0.1² (0.1 − 2 · 0.9 · ln 0.9), |dCE/dx_t| = 0.1
        double gradientRatio = 0.1 / (0.01 * (0.1 - 1.8 * Math.log(0.9)));
        assertThat(gradientRatio).isCloseTo(34.52, within(0.01));
        assertThat(vm.summaryProperty().get())
                .isEqualTo("At pₜ = 0.9 the loss is 100× smaller than under CE, the gradient 34.5× smaller.");
        assertThat(vm.textProperty(Quantity.RATIO).get()).isEqualTo("100");
        assertThat(vm.textProperty(Quantity.PT).get()).isEqualTo("0.9");
    }

    @Test
    void at_0_968_about_1000_times_less() {
        assertThat(vm.submitProbability("0.968")).isTrue();
        assertThat(vm.readout().ratio()).isCloseTo(976.5625, within(1e-6));
        assertThat(vm.summaryProperty().get()).contains("the loss is 977× smaller");
    }

    @Test
    void changing_gamma_changes_the_readouts_to_the_core_values() {
        parameters.gamma().submit("5");
        assertThat(vm.readout().fl()).isEqualTo(FocalCurves.fl(0.9, 1.0, 5.0));
        assertThat(vm.readout().ratio()).isCloseTo(1e5, within(1e-5));
        assertThat(vm.textProperty(Quantity.FL).get()).isEqualTo("1.054×10⁻⁶");
        assertThat(vm.summaryProperty().get()).contains("the loss is 100000× smaller");
    }

    @Test
    void the_ratio_is_exactly_1_at_gamma_0_with_alpha_off() {
        parameters.apply(Preset.CROSS_ENTROPY);
        for (double p : new double[] {0.001, 0.1, 0.5, 0.9, 0.968, 0.999}) {
            vm.submitProbability(Double.toString(p));
            assertThat(vm.readout().ratio()).isEqualTo(1.0);
            assertThat(vm.readout().fl()).isEqualTo(vm.readout().ce());
        }
        assertThat(vm.summaryProperty().get()).isEqualTo("At pₜ = 0.999 FL and CE agree: loss 0.001001, gradient −0.001.");
        assertThat(vm.textProperty(Quantity.FL_STAR).get()).isEqualTo("—"); // FL* needs γ > 0
    }

    @Test
    void alpha_enters_the_ratio() {
        parameters.apply(Preset.PAPER_DEFAULT);
        assertThat(vm.readout().ratio()).isCloseTo(400.0, within(1e-9));
        parameters.alpha().submit("0");
        assertThat(vm.readout().ratio()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(vm.summaryProperty().get()).contains("does not count at all");
    }

    @Test
    void gradients_at_a_hard_example() {
        vm.moveTo(XAxis.LOGIT, -2.8);
        ProbeReadout r = vm.readout();
        assertThat(r.xt()).isEqualTo(-2.8);
        assertThat(r.flGradient()).isCloseTo(-1.129, within(0.001));
        assertThat(r.ceGradient()).isCloseTo(-0.9427, within(0.0001));
        assertThat(r.fl()).isEqualTo(FocalCurves.flOfLogit(-2.8, 1.0, 2.0));
        assertThat(vm.textProperty(Quantity.FL_GRADIENT).get()).isEqualTo("−1.129");
    }

    @Test
    void pointer_and_keys_move_the_probe_on_round_values_within_the_plot() {
        vm.moveTo(XAxis.PROBABILITY, 0.73046);
        assertThat(vm.position()).isEqualTo(ProbePosition.ofProbability(0.73));
        vm.step(XAxis.PROBABILITY, +1, false);
        assertThat(vm.position().pt()).isEqualTo(0.74);
        vm.step(XAxis.PROBABILITY, -1, true);
        assertThat(vm.position().pt()).isEqualTo(0.64);
        vm.moveTo(XAxis.PROBABILITY, 1.2);
        assertThat(vm.position().pt()).isEqualTo(ProbeViewModel.PROBABILITY_MAX);
        vm.moveTo(XAxis.LOGIT, 3.14159);
        assertThat(vm.position().xt()).isEqualTo(3.14);
        assertThat(vm.position().fromProbability()).isFalse();
        vm.step(XAxis.LOGIT, -1, true);
        assertThat(vm.position().xt()).isEqualTo(2.14);
        vm.moveTo(XAxis.LOGIT, 1e6);
        assertThat(vm.position().xt()).isEqualTo(700.0);
        assertThat(vm.readout().ce()).isPositive(); // exact tail, no zero
    }

    @Test
    void hovering_previews_and_leaving_returns_to_the_pinned_position() {
        vm.hover(XAxis.PROBABILITY, 0.5);
        assertThat(vm.position().pt()).isEqualTo(0.5);
        assertThat(vm.readout().ce()).isEqualTo(FocalCurves.ce(0.5));
        vm.endHover();
        assertThat(vm.position().pt()).isEqualTo(0.9);
        vm.hover(XAxis.LOGIT, -2.8);
        vm.step(XAxis.LOGIT, +1, false); // keys pin, from where the probe is shown
        vm.endHover();
        assertThat(vm.position().xt()).isEqualTo(-2.7);
        vm.moveTo(XAxis.PROBABILITY, 0.3);
        vm.hover(XAxis.PROBABILITY, 0.6);
        vm.endHover();
        assertThat(vm.position().pt()).isEqualTo(0.3);
    }

    @Test
    void an_invalid_probability_is_refused_and_the_probe_stays() {
        ProbePosition before = vm.position();
        for (String bad : new String[] {"abc", "0", "1", "1.5", "-0.2", ""}) {
            assertThat(vm.submitProbability(bad)).as(bad).isFalse();
            assertThat(vm.position()).isSameAs(before);
            assertThat(vm.errorProperty().get()).contains("not a probability");
        }
        assertThat(vm.submitProbability("0.25")).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    /**
     * A hard example with α off: its loss is smaller (1/0.81 = 1.23×) but FL pulls harder than CE, by
     * 1.10 / 0.90 = 1.22× (Appendix B by hand) — the headline says so instead of "counts less".
     */
    @Test
    void a_hard_example_with_alpha_off_has_a_smaller_loss_but_a_larger_gradient() {
        assertThat(vm.submitProbability("0.1")).isTrue();
        double fl = 0.81 * (0.9 - 0.2 * Math.log(0.1));
        assertThat(fl / 0.9).isCloseTo(1.224, within(0.001));
        assertThat(vm.summaryProperty().get())
                .isEqualTo("At pₜ = 0.1 the loss is 1.23× smaller than under CE, but the gradient is 1.22× larger.");
    }

    /** With the paper's α = 0.25 the same example's gradient is smaller than CE's: 0.9 / (0.25 · 1.10) = 3.27×. */
    @Test
    void with_alpha_0_25_the_hard_example_pulls_less_than_under_ce() {
        parameters.apply(Preset.PAPER_DEFAULT);
        assertThat(vm.submitProbability("0.1")).isTrue();
        double fl = 0.25 * 0.81 * (0.9 - 0.2 * Math.log(0.1));
        assertThat(fl).isCloseTo(0.2755, within(1e-4));
        assertThat(vm.summaryProperty().get()).isEqualTo("At pₜ = 0.1 the loss is 4.94× smaller than under CE, the gradient "
                + org.focalexplorer.text.NumberText.format(0.9 / fl, 3) + "× smaller.");
        assertThat(org.focalexplorer.text.NumberText.format(0.9 / fl, 3)).isEqualTo("3.27");
    }

    /** Near the crossover (p_t ≈ 0.298 for γ = 2) the two gradients agree to 3 digits. */
    @Test
    void near_the_crossover_the_gradient_is_about_the_same() {
        assertThat(vm.submitProbability("0.2976")).isTrue();
        assertThat(vm.summaryProperty().get()).contains("the gradient is about the same");
    }
}
