package org.focalexplorer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.junit.jupiter.api.Test;

class PlotThemeTest {
    private static Series series(SeriesRole role, int variant, boolean emphasised) {
        return new Series("s", role, variant, emphasised, new double[] {0}, new double[] {0});
    }

    @Test
    void only_the_current_fl_is_drawn_thicker() {
        for (PlotTheme t : List.of(PlotTheme.LIGHT, PlotTheme.DARK)) {
            assertThat(t.style(series(SeriesRole.FL, 0, true)).width())
                    .isGreaterThan(t.style(series(SeriesRole.FL, 0, false)).width());
            assertThat(t.style(series(SeriesRole.POSITIVE, 0, true)).width())
                    .isEqualTo(t.style(series(SeriesRole.POSITIVE, 0, false)).width());
        }
    }

    @Test
    void the_family_members_differ_in_colour_and_dash_and_wrap_around() {
        Set<String> looks = new HashSet<>();
        for (int v = 0; v < PlotTheme.LIGHT.family().size(); v++) {
            LineStyle s = PlotTheme.LIGHT.style(series(SeriesRole.FAMILY, v, false));
            looks.add(s.color() + java.util.Arrays.toString(s.dashes()));
        }
        assertThat(looks).hasSize(PlotTheme.LIGHT.family().size());
        assertThat(PlotTheme.LIGHT.style(series(SeriesRole.FAMILY, PlotTheme.LIGHT.family().size(), false)))
                .isEqualTo(PlotTheme.LIGHT.family().get(0));
    }

    @Test
    void dark_keeps_the_palette_but_no_black_curve_on_its_dark_background() {
        LineStyle light = PlotTheme.LIGHT.style(series(SeriesRole.RATIO, 0, false));
        LineStyle dark = PlotTheme.DARK.style(series(SeriesRole.RATIO, 0, false));
        assertThat(light.color()).isEqualTo(java.awt.Color.BLACK);
        assertThat(brightness(dark.color())).isGreaterThan(brightness(PlotTheme.DARK.background()) + 0.5);
        assertThat(PlotTheme.DARK.style(series(SeriesRole.FL, 0, false)).color())
                .isEqualTo(PlotTheme.LIGHT.style(series(SeriesRole.FL, 0, false)).color());
    }

    @Test
    void themes_by_name() {
        assertThat(PlotTheme.named("Dark")).isSameAs(PlotTheme.DARK);
        assertThatThrownBy(() -> PlotTheme.named("sepia")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sepia");
    }

    private static double brightness(java.awt.Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
