package org.focalexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void numbers_read_back_to_the_same_doubles_and_short_columns_are_padded() {
        double[] x = {0.1, 1.0 / 3.0, 4.9e-324, -0.0};
        double[] y = {Math.PI, Double.MIN_NORMAL};
        String csv = CsvWriter.columns(List.of("x", "y"), List.of(x, y));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("x,y");
        for (int r = 0; r < x.length; r++) {
            String[] f = lines.get(r + 1).split(",", -1);
            assertThat(f).hasSize(2);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(f[0]))).isEqualTo(Double.doubleToRawLongBits(x[r]));
            if (r < y.length) {
                assertThat(Double.parseDouble(f[1])).isEqualTo(y[r]);
            } else {
                assertThat(f[1]).isEmpty();
            }
        }
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted() {
        String csv = CsvWriter.rows(List.of(List.of("FL (γ = 2, α = 0.25)", "say \"hi\"", "plain"), List.of("a\nb", "", "x")));
        assertThat(csv).isEqualTo("\"FL (γ = 2, α = 0.25)\",\"say \"\"hi\"\"\",plain\n\"a\nb\",,x\n");
    }

    @Test
    void names_and_columns_must_match() {
        assertThatThrownBy(() -> CsvWriter.columns(List.of("x"), List.of(new double[1], new double[1])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names = 1").hasMessageContaining("columns = 2");
    }
}
