package org.focalexplorer.viewmodel.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shares as the predictions tab writes them: 3 digits, but a share below 1 never reads "100 %". */
class PercentTextTest {

    @Test
    void three_significant_digits_as_elsewhere() {
        assertThat(ReportTexts.percent(0.5)).isEqualTo("50.0 %");
        assertThat(ReportTexts.percent(0.001234)).isEqualTo("0.123 %");
        assertThat(ReportTexts.percent(0.9)).isEqualTo("90.0 %");
        assertThat(ReportTexts.percent(Double.NaN)).isEqualTo("—");
    }

    @Test
    void exactly_all_is_100_and_nearly_all_gets_the_digits_it_needs() {
        assertThat(ReportTexts.percent(1.0)).isEqualTo("100 %");
        assertThat(ReportTexts.percent(0.99976)).isEqualTo("99.98 %");
        assertThat(ReportTexts.percent(0.999996)).isEqualTo("99.9996 %");
        assertThat(ReportTexts.percent(0.9995)).isEqualTo("99.95 %");
        assertThat(ReportTexts.percent(1 - 1e-12)).isEqualTo("> 99.99999 %");
        assertThat(ReportTexts.percent(0.99949)).isEqualTo("99.9 %"); // rounds below 100 already
    }
}
