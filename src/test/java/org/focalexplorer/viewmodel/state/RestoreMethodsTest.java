package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.settings.ProbePosition;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.junit.jupiter.api.Test;

/** The exact setters that applying a state uses: all-or-nothing, one change each. */
class RestoreMethodsTest {
    private final LiveState live = new LiveState();
    private final ParameterViewModel parameters = new ParameterViewModel(live, TestMessages.english());
    private final ClassifierSettingsViewModel settings = new ClassifierSettingsViewModel(live, TestMessages.english());

    @Test
    void parameters_are_set_in_one_change_or_not_at_all() {
        AtomicInteger changes = new AtomicInteger();
        parameters.parametersProperty().addListener((o, a, b) -> changes.incrementAndGet());
        parameters.set(new Parameters(true, 0.1, 4.0, -2.0));
        assertThat(parameters.parameters()).isEqualTo(new Parameters(true, 0.1, 4.0, -2.0));
        assertThat(parameters.gamma().textProperty().get()).isEqualTo("4");
        assertThat(changes).hasValue(1);
        assertThatThrownBy(() -> parameters.set(new Parameters(false, 0.5, 11.0, 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss.gamma = 11.0");
        assertThat(parameters.parameters()).isEqualTo(new Parameters(true, 0.1, 4.0, -2.0));
        assertThat(changes).hasValue(1);
    }

    @Test
    void a_level_setting_takes_its_levels_and_typed_values_only() {
        settings.points().setValue(5000);
        assertThat(settings.points().positionProperty().get()).isEqualTo(5);
        assertThat(settings.points().accepts(4999)).isFalse();
        assertThatThrownBy(() -> settings.points().setValue(4999)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.points().get()).isEqualTo(5000);
        assertThat(settings.learningRate().accepts(0.0037)).as("typed values may lie between levels").isTrue();
        assertThat(settings.learningRate().accepts(0.0)).isFalse();
    }

    @Test
    void hidden_widths_are_checked_like_typed_ones() {
        settings.setHidden(List.of(128, 1));
        assertThat(settings.hiddenTextProperty().get()).isEqualTo("128, 1");
        for (List<Integer> bad : List.of(List.<Integer>of(), List.of(0), List.of(129), List.of(1, 1, 1, 1, 1))) {
            assertThatThrownBy(() -> settings.setHidden(bad)).as(bad.toString()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(settings.hidden()).containsExactly(128, 1);
    }

    @Test
    void several_settings_changed_together_publish_once() {
        AtomicInteger changes = new AtomicInteger();
        settings.settingsProperty().addListener((o, a, b) -> changes.incrementAndGet());
        settings.change(() -> {
            settings.datasetProperty().set(DatasetKind.MOONS);
            settings.seedProperty().set(3);
            settings.optimizerProperty().set(OptimizerKind.SGD);
        });
        assertThat(changes).hasValue(1);
        assertThat(settings.settings().data().kind()).isEqualTo(DatasetKind.MOONS);
        assertThat(settings.settings().optimizer().kind()).isEqualTo(OptimizerKind.SGD);
        settings.seedProperty().set(4);
        assertThat(changes).as("single changes publish at once again").hasValue(2);
    }

    @Test
    void the_probe_is_pinned_exactly_or_refused() {
        ProbeViewModel probe = new ProbeViewModel(live, parameters, TestMessages.english());
        probe.pinAt(ProbePosition.ofProbability(0.123456789));
        assertThat(probe.pinned().pt()).isEqualTo(0.123456789);
        probe.pinAt(ProbePosition.ofLogit(-7.5));
        assertThat(probe.position().xt()).isEqualTo(-7.5);
        assertThatThrownBy(() -> probe.pinAt(new ProbePosition(Double.POSITIVE_INFINITY, 1.0, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> probe.pinAt(new ProbePosition(Double.NaN, Double.NaN, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(probe.pinned().xt()).isEqualTo(-7.5);
    }
}
