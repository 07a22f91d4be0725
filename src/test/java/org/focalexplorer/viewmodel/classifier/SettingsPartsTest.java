package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.PointStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.focalexplorer.viewmodel.TestMessages;
import org.junit.jupiter.api.Test;

/** The small pure parts behind the settings: ladders, hidden layers, point style. */
class SettingsPartsTest {

    @Test
    void a_ladder_moves_one_stop_at_a_time_and_takes_typed_values_between_stops() {
        ClassifierSettingsViewModel s = new ClassifierSettingsViewModel(TestMessages.english());
        LevelParameter lr = s.learningRate();
        assertThat(lr.get()).isEqualTo(0.01);
        int at = lr.positionProperty().get();
        lr.setPosition(at + 1.4); // a drag between stops rounds to a stop
        assertThat(lr.get()).isEqualTo(0.02);
        assertThat(lr.submit("0.03")).isTrue();
        assertThat(lr.get()).isEqualTo(0.03);
        assertThat(lr.level(lr.positionProperty().get())).as("nearest stop in ratio").isEqualTo(0.02);
        assertThat(lr.submit("1e200")).isTrue();
        assertThat(lr.entryText()).isEqualTo("1.0e200");
        assertThat(lr.positionProperty().get()).isEqualTo(lr.maxPosition());
        assertThat(lr.submit("fast")).isFalse();
        assertThat(lr.errorProperty().get()).isEqualTo("“fast” is not a number; the learning rate stays 1.0e200.");
        assertThat(lr.submit("-1")).isFalse();
        assertThat(lr.get()).isEqualTo(1e200);
    }

    @Test
    void the_positive_fraction_goes_from_50_percent_to_0_1_percent_and_shows_1_to_n() {
        ClassifierSettingsViewModel s = new ClassifierSettingsViewModel(TestMessages.english());
        LevelParameter f = s.positiveFraction();
        f.setPosition(0);
        assertThat(f.textProperty().get()).isEqualTo("50 % (1 : 1)");
        f.setPosition(f.maxPosition());
        assertThat(f.textProperty().get()).isEqualTo("0.1 % (1 : 999)");
        assertThat(s.settings().data().positiveFraction()).isEqualTo(0.001);
        // log-spaced: every stop is at most a factor 1.7 from the next
        for (int i = 1; i <= f.maxPosition(); i++) {
            assertThat(f.level(i - 1) / f.level(i)).isBetween(1.3, 1.7);
        }
    }

    @Test
    void hidden_layers_are_typed_as_a_list_of_widths() {
        assertThat(HiddenLayers.parse("32, 32")).contains(List.of(32, 32));
        assertThat(HiddenLayers.parse("8-16-8")).contains(List.of(8, 16, 8));
        assertThat(HiddenLayers.parse("0")).isEmpty();
        assertThat(HiddenLayers.parse("1 2 3 4 5")).isEmpty();
        assertThat(HiddenLayers.parse("129")).isEmpty();
        ClassifierSettingsViewModel s = new ClassifierSettingsViewModel(TestMessages.english());
        assertThat(s.submitHidden("abc")).isFalse();
        assertThat(s.hiddenErrorProperty().get()).isEqualTo(
                "“abc” is not 1 to 4 layer widths from 1 to 128; the layers stay 16, 16.");
        assertThat(s.submitHidden("32 32")).isTrue();
        assertThat(s.hiddenTextProperty().get()).isEqualTo("32, 32");
        assertThat(s.settings().model().hidden()).containsExactly(32, 32);
    }

    @Test
    void point_size_and_opacity_grow_with_the_weight_from_a_visible_floor() {
        assertThat(PointStyle.size(1.0)).isEqualTo(1.0);
        assertThat(PointStyle.opacity(1.0)).isEqualTo(1.0);
        assertThat(PointStyle.size(0.0)).isEqualTo(PointStyle.MIN_SIZE);
        assertThat(PointStyle.opacity(0.0)).isEqualTo(PointStyle.MIN_OPACITY);
        assertThat(PointStyle.opacity(1e-6)).isLessThan(0.08);
        assertThat(PointStyle.size(0.5)).isBetween(PointStyle.size(0.25), PointStyle.size(0.75));
        assertThat(PointStyle.opacity(Double.NaN)).isEqualTo(1.0);
        assertThat(PointStyle.size(3.0)).isEqualTo(1.0);
    }
}
