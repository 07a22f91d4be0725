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
    void at_pt_0_9_with_gamma_2_an_example_counts_100_times_less() {
        ProbeReadout r = vm.readout();
        assertThat(r.pt()).isEqualTo(0.9);
        assertThat(r.ratio()).isCloseTo(100.0, within(1e-9));
        assertThat(r.ce()).isEqualTo(FocalCurves.ce(0.9));
        assertThat(r.fl()).isEqualTo(FocalCurves.fl(0.9, 1.0, 2.0));
        assertThat(r.modulatingFactor()).isEqualTo(FocalCurves.modulatingFactor(0.9, 2.0));
        assertThat(r.ceGradient()).isEqualTo(FocalCurves.ceGradient(FocalCurves.logitOf(0.9)));
        assertThat(r.flGradient()).isEqualTo(FocalCurves.flGradient(FocalCurves.logitOf(0.9), 1.0, 2.0));
        assertThat(vm.summaryProperty().get()).isEqualTo("At pₜ = 0.9 this example counts 100× less than under CE.");
        assertThat(vm.textProperty(Quantity.RATIO).get()).isEqualTo("100");
        assertThat(vm.textProperty(Quantity.PT).get()).isEqualTo("0.9");
    }

    @Test
    void at_0_968_about_1000_times_less() {
        assertThat(vm.submitProbability("0.968")).isTrue();
        assertThat(vm.readout().ratio()).isCloseTo(976.5625, within(1e-6));
        assertThat(vm.summaryProperty().get()).contains("977× less");
    }

    @Test
    void changing_gamma_changes_the_readouts_to_the_core_values() {
        parameters.gamma().submit("5");
        assertThat(vm.readout().fl()).isEqualTo(FocalCurves.fl(0.9, 1.0, 5.0));
        assertThat(vm.readout().ratio()).isCloseTo(1e5, within(1e-5));
        assertThat(vm.textProperty(Quantity.FL).get()).isEqualTo("1.054×10⁻⁶");
        assertThat(vm.summaryProperty().get()).contains("100000× less");
    }

    @Test
    void the_ratio_is_exactly_1_at_gamma_0_with_alpha_off() {
        parameters.apply(Preset.CROSS_ENTROPY);
        for (double p : new double[] {0.001, 0.1, 0.5, 0.9, 0.968, 0.999}) {
            vm.submitProbability(Double.toString(p));
            assertThat(vm.readout().ratio()).isEqualTo(1.0);
            assertThat(vm.readout().fl()).isEqualTo(vm.readout().ce());
        }
        assertThat(vm.summaryProperty().get()).isEqualTo("At pₜ = 0.999 this example counts as much as under CE.");
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
}
