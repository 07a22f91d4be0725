package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.SessionSamples;
import org.focalexplorer.io.session.StateString;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change of several settings at once is one step of the undo history, and one Ctrl+Z takes all of it
 * back: a lesson step, a preset, a pasted state string, an opened session.
 */
class OneUndoStepTest {
    private final ExplorerViewModel vm = Explorers.english();
    private final UndoHistory undo = vm.undo();

    @TempDir
    Path dir;

    @AfterEach
    void dispose() {
        vm.dispose();
    }

    private SettingValues undoable() {
        return vm.liveState().capture(Setting::undoable);
    }

    /** Runs {@code change}, checks it made exactly one step, and that one undo restores every undoable setting. */
    private void assertOneStep(Runnable change) {
        SettingValues before = undoable();
        int steps = undo.undoSize();
        change.run();
        assertThat(undoable()).as("the change changed something undoable").isNotEqualTo(before);
        assertThat(undo.undoSize()).as("one step").isEqualTo(steps + 1);
        undo.undo();
        assertThat(undoable()).as("one undo takes all of it back").isEqualTo(before);
    }

    @Test
    void the_first_lesson_step_is_one_undo_step_and_undo_restores_gamma_too() {
        vm.parameters().gamma().submit("3.5"); // differs from every step's γ
        vm.curves().showFlProperty().set(false);
        assertOneStep(() -> vm.lessons().start(0));
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.5);
        assertThat(vm.curves().showFlProperty().get()).isFalse();
    }

    @Test
    void every_lesson_step_is_one_undo_step() {
        for (int i = 0; i < vm.lessons().lesson().size(); i++) {
            vm.parameters().gamma().submit("7.75"); // no step uses it, so each step changes something
            int step = i;
            assertOneStep(() -> vm.lessons().start(step));
        }
    }

    @Test
    void a_preset_is_one_undo_step() {
        vm.parameters().gamma().submit("5");
        assertOneStep(() -> vm.parameters().apply(Preset.PAPER_DEFAULT));
        assertOneStep(() -> vm.parameters().apply(Preset.ALPHA_BALANCED_CE));
    }

    @Test
    void a_pasted_state_string_is_one_undo_step() {
        SessionViewModel session = new SessionViewModel(vm.liveState(), vm.messages(),
                new RecentFiles(new MemoryPreferenceStore()));
        String text = StateString.encode(SessionSamples.sample());
        assertOneStep(() -> assertThat(session.pasteStateString(text).succeeded()).isTrue());
    }

    @Test
    void an_opened_session_is_one_undo_step() throws Exception {
        SessionViewModel session = new SessionViewModel(vm.liveState(), vm.messages(),
                new RecentFiles(new MemoryPreferenceStore()));
        Path file = dir.resolve("s.json");
        SessionJson.write(file, SessionSamples.sample().with(Settings.LANGUAGE, "en"));
        assertOneStep(() -> assertThat(session.open(file).succeeded()).isTrue());
    }

    @Test
    void a_lesson_step_restarts_the_classifier_once() {
        java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();
        vm.classifier().settings().settingsProperty().addListener((o, a, b) -> restarts.incrementAndGet());
        vm.classifier().settings().seedProperty().set(99);
        restarts.set(0);
        vm.lessons().start(5); // the classifier step: data, model and optimiser together
        assertThat(restarts).hasValue(1);
    }
}
