package org.focalexplorer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Axis has no JavaFX in it: no toolkit needed. */
class AxisTest {

    @Test
    void linear_ticks_are_round() {
        Axis a = new Axis(0, 5, false, 100, 600);
        assertThat(a.ticks(6)).extracting(Axis.Tick::label).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(new Axis(-1.2, 0.1, false, 0, 1).ticks(8)).extracting(Axis.Tick::label)
                .containsExactly("−1.2", "−1.0", "−0.8", "−0.6", "−0.4", "−0.2", "0.0");
        assertThat(new Axis(0, 1, false, 0, 1).ticks(4)).extracting(Axis.Tick::label)
                .containsExactly("0.00", "0.25", "0.50", "0.75", "1.00");
        assertThat(new Axis(-10, 700, false, 0, 1).ticks(8)).extracting(Axis.Tick::label)
                .containsExactly("0", "100", "200", "300", "400", "500", "600", "700");
    }

    @Test
    void log_ticks_are_decades_with_a_stride() {
        Axis a = new Axis(1e-300, 1e2, true, 500, 0);
        assertThat(a.ticks(8)).extracting(Axis.Tick::label)
                .containsExactly("10⁻³⁰⁰", "10⁻²⁵⁰", "10⁻²⁰⁰", "10⁻¹⁵⁰", "10⁻¹⁰⁰", "10⁻⁵⁰", "1");
        assertThat(new Axis(1e-2, 1e3, true, 0, 1).ticks(10)).extracting(Axis.Tick::label)
                .containsExactly("10⁻²", "10⁻¹", "1", "10", "10²", "10³");
    }

    @Test
    void pixels_and_values_are_inverse_and_unplaceable_values_are_nan() {
        Axis log = new Axis(1e-300, 1e2, true, 500, 0);
        assertThat(log.toPixel(1e-300)).isEqualTo(500.0);
        assertThat(log.toPixel(1e2)).isCloseTo(0.0, within(1e-9));
        assertThat(log.toValue(log.toPixel(1e-150))).isCloseTo(1e-150, within(1e-160));
        assertThat(log.toPixel(0.0)).isNaN();
        assertThat(log.toPixel(Double.NaN)).isNaN();
        assertThat(log.toPixel(1e-320)).isGreaterThan(500.0).isFinite();
        Axis lin = new Axis(0, 5, false, 300, 0);
        assertThat(lin.toPixel(Double.POSITIVE_INFINITY)).isEqualTo(-1e5);
        assertThat(lin.toValue(150)).isEqualTo(2.5);
    }
}
