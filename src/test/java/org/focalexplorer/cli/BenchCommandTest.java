package org.focalexplorer.cli;

import static org.focalexplorer.testutil.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;

/** {@code bench --quick}: the output format only, never the timings. */
class BenchCommandTest {


    @Test
    void quick_prints_one_line_per_figure_with_positive_numbers() {
        CliRun run = run("bench", "--quick");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();

        List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).startsWith("#").contains("median_ms").contains("elements_per_s");
        List<String> figures = lines.stream().filter(l -> !l.startsWith("#")).toList();

        int binarySizes = BenchCommand.QUICK_SIZES.length;
        assertThat(figures).hasSize(binarySizes + 1);
        for (int i = 0; i < figures.size(); i++) {
            String[] f = figures.get(i).trim().split("\\s+");
            assertThat(f).as(figures.get(i)).hasSizeGreaterThanOrEqualTo(4);
            long n = Long.parseLong(f[1]);
            double medianMs = Double.parseDouble(f[2]);
            double perSecond = Double.parseDouble(f[3]);
            assertThat(n).isPositive();
            assertThat(medianMs).isPositive().isFinite();
            assertThat(perSecond).isPositive().isFinite();
            // elements/s is N / median (to the printed precision)
            assertThat(perSecond).isCloseTo(n / (medianMs * 1e-3), org.assertj.core.data.Percentage.withPercentage(1));
            if (f.length >= 5) {
                double minMs = Double.parseDouble(f[4]);
                assertThat(minMs).isPositive().isLessThanOrEqualTo(medianMs);
            }
            if (i < binarySizes) {
                assertThat(f[0]).isEqualTo("binary_fl");
                assertThat(n).isEqualTo(BenchCommand.QUICK_SIZES[i]);
            } else {
                assertThat(f[0]).isEqualTo("softmax_fl_alpha");
                assertThat(n).isEqualTo(2L * 4 * 10 * 20);
            }
        }
    }

    @Test
    void repeats_below_one_is_a_usage_error() {
        CliRun run = run("bench", "--quick", "--repeats", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("focal-explorer bench: ");
    }

    @Test
    void bench_is_listed_in_the_root_help() {
        assertThat(run("--help").out()).contains("bench");
    }
}
