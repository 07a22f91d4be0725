package org.focalexplorer.viewmodel.text;

import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void significant_digits_plain_or_powers_of_ten() {
        assertThat(NumberText.format(100.00000000000004, 3)).isEqualTo("100");
        assertThat(NumberText.format(976.5625, 3)).isEqualTo("977");
        assertThat(NumberText.format(0.10536051565782628, 4)).isEqualTo("0.1054");
        assertThat(NumberText.format(-1.1293, 4)).isEqualTo("−1.129");
        assertThat(NumberText.format(1.0536e-5, 4)).isEqualTo("1.054×10⁻⁵");
        assertThat(NumberText.format(1e-150, 4)).isEqualTo("10⁻¹⁵⁰");
        assertThat(NumberText.format(2.5e300, 4)).isEqualTo("2.5×10³⁰⁰");
        assertThat(NumberText.format(999_999.9, 3)).isEqualTo("10⁶");
        assertThat(NumberText.format(0.0, 4)).isEqualTo("0");
        assertThat(NumberText.format(Double.NaN, 4)).isEqualTo("—");
        assertThat(NumberText.format(Double.POSITIVE_INFINITY, 4)).isEqualTo("∞");
    }

    @Test
    void significant_keeps_trailing_zeros_where_format_drops_them() {
        assertThat(NumberText.significant(2.302585092994046, 3)).isEqualTo("2.30");
        assertThat(NumberText.format(2.302585092994046, 3)).isEqualTo("2.3");
        assertThat(NumberText.significant(23.02585092994046, 3)).isEqualTo("23.0");
        assertThat(NumberText.significant(0.5, 3)).as("exact in binary: zeros added").isEqualTo("0.500");
        assertThat(NumberText.significant(100.00000000000004, 3)).isEqualTo("100");
        assertThat(NumberText.significant(1234.5, 3)).isEqualTo("1230");
        assertThat(NumberText.significant(-4.59511985013459, 3)).isEqualTo("−4.60");
        assertThat(NumberText.significant(7.9020386743e-4, 3)).isEqualTo("7.90×10⁻⁴");
        assertThat(NumberText.significant(1e-150, 3)).isEqualTo("1.00×10⁻¹⁵⁰");
        assertThat(NumberText.significant(2.0e7, 3)).isEqualTo("2.00×10⁷");
        assertThat(NumberText.significant(0.0, 3)).isEqualTo("0");
    }

    @Test
    void exact_text_round_trips() {
        assertThat(NumberText.exact(2.0)).isEqualTo("2");
        assertThat(NumberText.exact(0.25)).isEqualTo("0.25");
        assertThat(NumberText.exact(-1.0)).isEqualTo("−1");
        for (double v : new double[] {2.35, 0.1, 1e-7, 9.99}) {
            assertThat(NumberParser.parse(NumberText.exact(v))).hasValue(v);
        }
    }

    @Test
    void exact_text_of_extremes_is_scientific_and_still_round_trips() {
        // Issue #13: 1e-320 typed into the probe printed a 320-digit decimal.
        assertThat(NumberText.exact(1e-320)).isEqualTo("10⁻³²⁰");
        assertThat(NumberText.exact(2.5e-12)).isEqualTo("2.5×10⁻¹²");
        assertThat(NumberText.exact(-3e20)).isEqualTo("−3×10²⁰");
        assertThat(NumberText.exact(1e-6)).isEqualTo("0.000001");
        for (double v : new double[] {1e-320, Double.MIN_VALUE, 2.5e-12, 1.2345678901234567e-100, -3e20,
                Double.MAX_VALUE, 0.1 + 0.2}) {
            assertThat(NumberText.exact(v).length()).as("%s", v).isLessThan(30);
            assertThat(NumberParser.parse(NumberText.exact(v))).as("%s", v).hasValue(v);
        }
    }

    @Test
    void a_number_too_large_for_a_double_is_infinite_not_refused_as_text() {
        assertThat(NumberParser.parse("1e999")).isEmpty();
        assertThat(NumberParser.parseWithOverflow("1e999")).hasValue(Double.POSITIVE_INFINITY);
        assertThat(NumberParser.parseWithOverflow("−1e999")).hasValue(Double.NEGATIVE_INFINITY);
        assertThat(NumberParser.parseWithOverflow("two")).isEmpty();
    }

    @Test
    void english_and_chinese_bundles_have_the_same_keys() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("probe.title")).isEqualTo("探针");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("probe.title")).isEqualTo("Probe");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(
                NumberTextTest.class.getResourceAsStream("/org/focalexplorer/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
