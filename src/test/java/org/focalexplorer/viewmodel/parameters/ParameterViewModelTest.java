package org.focalexplorer.viewmodel.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.viewmodel.TestMessages;
import org.junit.jupiter.api.Test;

/** No JavaFX toolkit: properties work without it. */
class ParameterViewModelTest {
    private final ParameterViewModel vm = new ParameterViewModel(TestMessages.english());

    @Test
    void starts_at_gamma_2_without_alpha() {
        assertThat(vm.parameters()).isEqualTo(new Parameters(false, 0.25, 2.0, 1.0));
        assertThat(vm.parameters().alphaT()).isEqualTo(1.0);
        assertThat(vm.gamma().textProperty().get()).isEqualTo("2");
    }

    @Test
    void typed_text_is_taken_exactly() {
        assertThat(vm.gamma().submit("2")).isTrue();
        assertThat(vm.gamma().get()).isEqualTo(2.0);
        assertThat(vm.gamma().submit(" 0.5 ")).isTrue();
        assertThat(vm.parameters().gamma()).isEqualTo(0.5);
        assertThat(vm.gamma().submit("2,5")).isTrue();
        assertThat(vm.gamma().get()).isEqualTo(2.5);
        assertThat(vm.gamma().submit("1e-3")).isTrue();
        assertThat(vm.gamma().get()).isEqualTo(0.001);
        assertThat(vm.beta().submit("−1.5")).isTrue();
        assertThat(vm.beta().get()).isEqualTo(-1.5);
        assertThat(vm.beta().textProperty().get()).isEqualTo("−1.5");
        assertThat(vm.gamma().errorProperty().get()).isEmpty();
    }

    @Test
    void invalid_text_is_refused_with_a_message_and_the_previous_value_stays() {
        vm.gamma().submit("3");
        Parameters before = vm.parameters();
        for (String bad : List.of("abc", "", "2..", "NaN", "Infinity", "0x10")) {
            assertThat(vm.gamma().submit(bad)).as(bad).isFalse();
            assertThat(vm.gamma().get()).as(bad).isEqualTo(3.0);
            assertThat(vm.gamma().textProperty().get()).isEqualTo("3");
            assertThat(vm.gamma().errorProperty().get()).as(bad).contains("not a number").contains("γ stays 3");
        }
        assertThat(vm.parameters()).isSameAs(before);
    }

    @Test
    void out_of_range_is_refused() {
        assertThat(vm.gamma().submit("10.5")).isFalse();
        assertThat(vm.gamma().errorProperty().get()).isEqualTo("γ = 10.5 is out of range [0, 10]; γ stays 2.");
        // Issue #13: a number too large for a double is out of range, not "not a number".
        assertThat(vm.gamma().submit("1e999")).isFalse();
        assertThat(vm.gamma().errorProperty().get()).isEqualTo("γ = 1e999 is out of range [0, 10]; γ stays 2.");
        assertThat(vm.alpha().submit("-0.1")).isFalse();
        assertThat(vm.alpha().get()).isEqualTo(0.25);
        assertThat(vm.gamma().submit("10")).isTrue();
        assertThat(vm.gamma().errorProperty().get()).isEmpty();
    }

    @Test
    void a_slider_gives_values_a_user_could_type() {
        vm.gamma().setFromSlider(2.3456789);
        assertThat(vm.gamma().get()).isEqualTo(2.35);
        assertThat(vm.gamma().textProperty().get()).isEqualTo("2.35");
        vm.gamma().setFromSlider(10.0000001);
        assertThat(vm.gamma().get()).isEqualTo(10.0);
        vm.alpha().setFromSlider(-0.0001);
        assertThat(vm.alpha().get()).isEqualTo(0.0);
        assertThat(vm.alpha().textProperty().get()).isEqualTo("0");
    }

    @Test
    void alpha_off_means_no_alpha_weighting_and_keeps_alpha() {
        vm.alpha().submit("0.75");
        assertThat(vm.parameters().alphaT()).isEqualTo(1.0);
        vm.alphaEnabledProperty().set(true);
        assertThat(vm.parameters().alphaT()).isEqualTo(0.75);
    }

    @Test
    void a_preset_is_one_change() {
        List<Parameters> seen = new ArrayList<>();
        vm.parametersProperty().addListener((o, a, b) -> seen.add(b));
        vm.apply(Preset.PAPER_DEFAULT);
        assertThat(seen).containsExactly(new Parameters(true, 0.25, 2.0, 1.0));
        vm.apply(Preset.ALPHA_BALANCED_CE);
        vm.apply(Preset.CROSS_ENTROPY);
        assertThat(seen).hasSize(3);
        assertThat(seen.get(1)).isEqualTo(new Parameters(true, 0.75, 0.0, 1.0));
        assertThat(vm.parameters().alphaT()).isEqualTo(1.0);
        assertThat(vm.parameters().gamma()).isEqualTo(0.0);
    }
}
