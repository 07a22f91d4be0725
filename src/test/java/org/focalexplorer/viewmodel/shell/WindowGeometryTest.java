package org.focalexplorer.viewmodel.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A remembered window is moved and shrunk onto the screen present now (issue #13). */
class WindowGeometryTest {

    @Test
    void a_position_from_a_larger_screen_is_moved_onto_a_1280_by_800_screen() {
        // The case: +320+93 at 1280×800 puts the right and bottom edges off screen.
        WindowGeometry g = new WindowGeometry(320, 93, 1280, 800, false).within(0, 0, 1280, 800);
        assertThat(g.x()).isZero();
        assertThat(g.y()).isZero();
        assertThat(g.width()).isEqualTo(1280);
        assertThat(g.height()).isEqualTo(800);
    }

    @Test
    void a_smaller_window_keeps_its_size_and_moves_only_as_far_as_needed() {
        WindowGeometry g = new WindowGeometry(1000, 500, 1000, 700, false).within(0, 30, 1920, 1050);
        assertThat(g.width()).isEqualTo(1000);
        assertThat(g.height()).isEqualTo(700);
        assertThat(g.x()).isEqualTo(920); // right edge on the screen's right edge
        assertThat(g.y()).isEqualTo(380); // bottom edge on the visible area's bottom (1080)
    }

    @Test
    void a_window_that_fits_stays_where_it_was() {
        WindowGeometry g = new WindowGeometry(100, 80, 1000, 700, true).within(0, 0, 1920, 1080);
        assertThat(g).isEqualTo(new WindowGeometry(100, 80, 1000, 700, true));
    }

    @Test
    void a_position_left_of_or_above_a_second_screen_is_brought_onto_it() {
        WindowGeometry g = new WindowGeometry(-3000, -50, 1280, 720, false).within(1920, 0, 1280, 720);
        assertThat(g.x()).isEqualTo(1920);
        assertThat(g.y()).isZero();
    }

    @Test
    void without_a_position_the_window_is_centred() {
        WindowGeometry g = WindowGeometry.DEFAULT.within(0, 0, 1920, 1080);
        assertThat(g.x()).isEqualTo((1920 - 1280) / 2.0);
        assertThat(g.y()).isEqualTo((1080 - 800) / 2.0);
    }
}
