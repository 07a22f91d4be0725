package org.focalexplorer.viewmodel.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PredictionPlots#count} writes what {@code String.format(Locale.ROOT, "%,d", n)} writes. */
class CountTextTest {

    @Test
    void groups_digits_as_the_formatter_does() {
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 9999, 10_000, 123_456, 1_000_000, -1_234_567,
            10_000_000, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (long n : edges) {
            assertThat(PredictionPlots.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            long n = rng.nextLong() >> rng.nextInt(64);
            assertThat(PredictionPlots.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
