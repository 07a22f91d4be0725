package org.focalexplorer.viewmodel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.focalexplorer.plot.Range;
import org.junit.jupiter.api.Test;

/** The training-loss chart's log range always spans at least two decades: three labelled ticks, never one. */
class TrainingCurvePlotTest {
    @Test
    void a_loss_within_one_decade_still_gets_two_decades_growing_downwards() {
        // 0.69 → 0.3: one decade (10⁻¹ … 1) held all of it, and the chart had a single tick.
        assertThat(TrainingCurvePlot.decades(new double[] {0.69, 0.5}, new double[] {0.6, 0.3}))
                .isEqualTo(new Range(1e-2, 1.0));
    }

    @Test
    void a_wide_range_is_kept_as_whole_decades_around_the_values() {
        assertThat(TrainingCurvePlot.decades(new double[] {0.69, 2e-4}, new double[] {0.2, 0.05}))
                .isEqualTo(new Range(1e-4, 1.0));
    }

    @Test
    void before_the_first_step_three_decades() {
        assertThat(TrainingCurvePlot.decades(new double[0], new double[0])).isEqualTo(new Range(1e-3, 1.0));
    }
}
