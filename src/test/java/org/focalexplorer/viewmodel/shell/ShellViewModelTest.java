package org.focalexplorer.viewmodel.shell;

import org.focalexplorer.viewmodel.text.AppLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    @Test
    void first_run_follows_the_system_language() {
        assertThat(new ShellViewModel(new MemoryPreferenceStore(), Locale.SIMPLIFIED_CHINESE).languageProperty().get())
                .isEqualTo(AppLanguage.CHINESE);
        assertThat(new ShellViewModel(new MemoryPreferenceStore(), Locale.GERMANY).languageProperty().get())
                .isEqualTo(AppLanguage.ENGLISH);
    }

    @Test
    void a_chosen_language_and_theme_persist_into_the_next_run() {
        MemoryPreferenceStore store = new MemoryPreferenceStore();
        ShellViewModel first = new ShellViewModel(store, Locale.ENGLISH);
        first.languageProperty().set(AppLanguage.CHINESE);
        first.themeProperty().set(Theme.DARK);

        ShellViewModel next = new ShellViewModel(store, Locale.ENGLISH);
        assertThat(next.languageProperty().get()).isEqualTo(AppLanguage.CHINESE);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.messages().get("app.title")).isEqualTo("焦点损失探索器");
    }

    @Test
    void damaged_preferences_fall_back_to_defaults() {
        MemoryPreferenceStore store = new MemoryPreferenceStore();
        store.put("ui.language", "klingon");
        store.put("ui.theme", "purple");
        store.put("window.width", "wide");
        store.put("window.height", "-5");
        store.put("ui.sideDivider", "7");
        ShellViewModel shell = new ShellViewModel(store, Locale.ENGLISH);
        assertThat(shell.languageProperty().get()).isEqualTo(AppLanguage.ENGLISH);
        assertThat(shell.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(shell.windowGeometry().width()).isEqualTo(WindowGeometry.DEFAULT_WIDTH);
        assertThat(shell.windowGeometry().height()).isEqualTo(WindowGeometry.MIN_HEIGHT);
        assertThat(shell.windowGeometry().hasPosition()).isFalse();
        assertThat(shell.sideDivider(0.7)).isEqualTo(0.7);
    }

    @Test
    void null_is_refused_and_the_previous_choice_kept() {
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        shell.languageProperty().set(AppLanguage.CHINESE);
        shell.languageProperty().set(null);
        assertThat(shell.languageProperty().get()).isEqualTo(AppLanguage.CHINESE);
        shell.themeProperty().set(null);
        assertThat(shell.themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void window_geometry_and_divider_round_trip() {
        MemoryPreferenceStore store = new MemoryPreferenceStore();
        ShellViewModel shell = new ShellViewModel(store, Locale.ENGLISH);
        shell.rememberWindow(new WindowGeometry(40, 60, 1500, 900, false));
        shell.rememberSideDivider(0.61);
        ShellViewModel next = new ShellViewModel(store, Locale.ENGLISH);
        assertThat(next.windowGeometry()).isEqualTo(new WindowGeometry(40, 60, 1500, 900, false));
        assertThat(next.sideDivider(0.7)).isEqualTo(0.61);
    }

    @Test
    void language_tags_are_understood_loosely() {
        assertThat(AppLanguage.fromTag("zh_CN")).contains(AppLanguage.CHINESE);
        assertThat(AppLanguage.fromTag("zh")).contains(AppLanguage.CHINESE);
        assertThat(AppLanguage.fromTag("en-GB")).contains(AppLanguage.ENGLISH);
        assertThat(AppLanguage.fromTag("fr")).isEmpty();
        assertThat(AppLanguage.fromTag("")).isEmpty();
    }

    @Test
    void every_shortcut_has_its_text_in_both_languages() {
        for (AppLanguage l : AppLanguage.values()) {
            var m = org.focalexplorer.viewmodel.text.Messages.forLocale(l.locale());
            for (Shortcut s : Shortcuts.all()) {
                assertThat(m.bundle().containsKey(s.descriptionKey())).as(s.descriptionKey()).isTrue();
                assertThat(m.bundle().containsKey(s.groupKey())).as(s.groupKey()).isTrue();
            }
        }
        assertThat(Shortcuts.all()).extracting(Shortcut::keys).doesNotHaveDuplicates();
    }
}
