package org.focalexplorer.viewmodel.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search for FL's largest gradient ratio against a brute-force grid over p_t (issue #12's 1.22×). */
class GradientFocusTest {
    @ParameterizedTest
    @ValueSource(doubles = {1.5, 2.0, 3.0, 5.0})
    void the_largest_ratio_matches_a_fine_grid_and_is_never_below_it(double gamma) {
        double grid = 0;
        int steps = 200_000;
        for (int i = 1; i < steps; i++) {
            grid = Math.max(grid, GradientFocus.ratio((double) i / steps, gamma));
        }
        double found = GradientFocus.largestRatio(gamma);
        assertThat(found).isGreaterThanOrEqualTo(grid - 1e-12);
        assertThat(found).isCloseTo(grid, within(1e-6));
    }
}
