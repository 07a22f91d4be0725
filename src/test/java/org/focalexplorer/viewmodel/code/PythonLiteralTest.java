package org.focalexplorer.viewmodel.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers in the code read back bit-exactly, in the form Python's repr gives. */
class PythonLiteralTest {

    @Test
    void writes_what_python_repr_writes() {
        // Python 3: repr(2.0), repr(0.25), repr(0.1 + 0.2), repr(1/3), repr(1e-05), repr(0.0001), repr(1e16), repr(-1.5e-07)
        assertThat(PythonLiteral.of(2.0)).isEqualTo("2.0");
        assertThat(PythonLiteral.of(0.25)).isEqualTo("0.25");
        assertThat(PythonLiteral.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonLiteral.of(1.0 / 3.0)).isEqualTo("0.3333333333333333");
        assertThat(PythonLiteral.of(1e-5)).isEqualTo("1e-05");
        assertThat(PythonLiteral.of(1e-4)).isEqualTo("0.0001");
        assertThat(PythonLiteral.of(1e16)).isEqualTo("1e+16");
        assertThat(PythonLiteral.of(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PythonLiteral.of(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(PythonLiteral.of(0.0)).isEqualTo("0.0");
        assertThat(PythonLiteral.of(2e-3)).isEqualTo("0.002");
        assertThat(PythonLiteral.list(new double[] {0.75, 0.25, 1.0})).isEqualTo("[0.75, 0.25, 1.0]");
    }

    @Test
    void every_double_reads_back_exactly_and_no_shorter_text_would() {
        SplittableRandom random = new SplittableRandom(20260611L);
        for (int i = 0; i < 4_000; i++) {
            double v = i % 2 == 0 ? random.nextDouble() : Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL);
            String text = PythonLiteral.of(v);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
            String digits = text.replaceFirst("e.*$", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
            int significant = digits.replaceFirst("0+$", "").length();
            // One digit fewer, rounded to nearest, does not read back (the shortest round-trip property).
            if (significant > 1) {
                String fewer = new java.math.BigDecimal(v).round(new java.math.MathContext(significant - 1)).toString();
                assertThat(Double.parseDouble(fewer)).as("%s is not the shortest for %s", text, v).isNotEqualTo(v);
            }
        }
    }
}
