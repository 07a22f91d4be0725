package org.focalexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.focalexplorer.viewmodel.lessons.LessonsViewModel;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.junit.jupiter.api.Test;

/** The one table of settings: well formed, and what the rest of the app relies on. */
class SettingsTableTest {

    @Test
    void ids_are_unique_and_no_id_is_the_section_of_another() {
        Set<String> ids = new HashSet<>();
        for (Setting<?> s : Settings.ALL) {
            assertThat(ids.add(s.id())).as(s.id()).isTrue();
        }
        for (String a : ids) {
            for (String b : ids) {
                assertThat(b.startsWith(a + ".")).as(a + " / " + b).isFalse();
            }
        }
    }

    @Test
    void every_default_survives_its_codec() {
        for (Setting<?> s : Settings.ALL) {
            assertThat(roundTrip(s)).as(s.id()).isEqualTo(s.defaultValue());
        }
    }

    private static <T> T roundTrip(Setting<T> s) {
        return s.decode(s.encode(s.defaultValue()));
    }

    @Test
    void refusals_name_the_setting_and_the_value() {
        assertThatThrownBy(() -> Settings.GAMMA.check(-0.5)).hasMessage("loss.gamma = -0.5: out of range [0, 10]");
        assertThatThrownBy(() -> Settings.POINTS_COUNT.decode(2001)).hasMessageStartingWith("classifier.points = 2001: must be one of");
        assertThatThrownBy(() -> Settings.HIDDEN.decode(List.of(1, 2, 3, 4, 5)))
                .hasMessage("classifier.hidden: 5 entries, at most 4");
        assertThatThrownBy(() -> Settings.SPEED.decode("fast")).hasMessageStartingWith("classifier.speed: expected a number or \"max\"");
        assertThatThrownBy(() -> Settings.LESSON.check(new LessonPlace(0, Settings.LESSON_STEPS)))
                .hasMessageStartingWith("lesson.step = " + Settings.LESSON_STEPS);
    }

    @Test
    void the_lesson_setting_knows_as_many_steps_as_the_lesson_has() {
        ExplorerViewModel vm = new ExplorerViewModel(TestMessages.english(), Runnable::run,
                org.focalexplorer.viewmodel.classifier.QueueScheduler.queued(), Runnable::run, new MemoryPreferenceStore());
        try {
            LessonsViewModel lessons = vm.lessons();
            assertThat(lessons.lesson().size()).isEqualTo(Settings.LESSON_STEPS);
        } finally {
            vm.dispose();
        }
    }

    @Test
    void the_lab_opens_on_fresh_data_and_files_from_before_keep_their_fixed_set() {
        assertThat(Settings.DATA_SOURCE.defaultValue()).isEqualTo(org.focalexplorer.toy.DataSource.STREAM);
        assertThat(Settings.DATA_SOURCE.absentValue()).isEqualTo(org.focalexplorer.toy.DataSource.FIXED);
        var settings = new org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel(TestMessages.english());
        assertThat(settings.settings().source()).isEqualTo(org.focalexplorer.toy.DataSource.STREAM);
        assertThat(settings.settings().data().testPoints()).isEqualTo(Settings.STREAM_TEST_POINTS);
        settings.dataSourceProperty().set(org.focalexplorer.toy.DataSource.FIXED);
        assertThat(settings.settings().data().testPoints()).isEqualTo(settings.settings().data().trainPoints());
    }

    @Test
    void undoable_settings_are_the_parameters_curves_and_both_labs() {
        for (Setting<?> s : Settings.ALL) {
            boolean expected = s.owner() == Owner.PARAMETERS || s.owner() == Owner.CURVES || s.owner() == Owner.CLASSIFIER
                    || s.owner() == Owner.MULTICLASS;
            assertThat(s.undoable()).as(s.id()).isEqualTo(expected);
        }
    }
}
