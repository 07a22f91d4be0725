package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.SessionSamples;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionViewModelTest {
    private final ExplorerViewModel vm = Explorers.english();
    private final MemoryPreferenceStore store = new MemoryPreferenceStore();
    private final SessionViewModel session = new SessionViewModel(vm.liveState(), vm.messages(), new RecentFiles(store));

    @TempDir
    Path dir;

    @AfterEach
    void dispose() {
        vm.dispose();
    }

    @Test
    void save_then_open_in_another_explorer_reproduces_every_parameter() {
        vm.apply(SessionSamples.sample());
        vm.parameters().gamma().submit("7.25");
        Path file = dir.resolve("lecture.json");
        SessionOutcome saved = session.save(file);
        assertThat(saved.succeeded()).isTrue();
        // the sample is a Chinese session: applying it switched the whole app, the messages too
        assertThat(saved.message()).isEqualTo("会话已保存到“lecture.json”。");

        ExplorerViewModel other = Explorers.english();
        try {
            SessionViewModel otherSession = new SessionViewModel(other.liveState(), other.messages(), new RecentFiles(new MemoryPreferenceStore()));
            SessionOutcome opened = otherSession.open(file);
            assertThat(opened.succeeded()).isTrue();
            assertThat(opened.warnings()).isEmpty();
            assertThat(other.state()).isEqualTo(vm.state());
            assertThat(other.classifier().settings().settings()).isEqualTo(vm.classifier().settings().settings());
            assertThat(other.code().settingsProperty().get()).isEqualTo(vm.code().settingsProperty().get());
            assertThat(other.code().codeProperty().get()).isEqualTo(vm.code().codeProperty().get())
                    .contains("CategoricalFocalCrossentropy").contains("gamma=7.25");
            assertThat(otherSession.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
        } finally {
            other.dispose();
        }
        assertThat(session.recentFiles().files()).containsExactly(file.toAbsolutePath());
    }

    /** Each bad file: a clear message, and the explorer exactly as it was. */
    private void assertRefused(Path file, String messagePart) {
        vm.parameters().gamma().submit("4.5");
        SettingValues before = vm.state();
        int steps = vm.undo().undoSize();
        SessionOutcome out = session.open(file);
        assertThat(out.succeeded()).isFalse();
        assertThat(out.message()).contains(file.getFileName().toString()).contains(messagePart)
                .contains("the current settings are unchanged");
        assertThat(vm.state()).isEqualTo(before);
        assertThat(vm.undo().undoSize()).isEqualTo(steps);
        assertThat(session.recentFiles().files()).doesNotContain(file.toAbsolutePath());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] sampleJson() {
        return SessionJson.toBytes(SessionSamples.sample());
    }

    private static byte[] sampleJsonWith(String from, String to) {
        String json = new String(sampleJson(), StandardCharsets.UTF_8);
        if (!json.contains(from)) {
            throw new AssertionError(from);
        }
        return json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void truncated_files_are_refused_and_change_nothing() throws Exception {
        byte[] full = sampleJson();
        for (int cut : new int[] {0, 1, 17, full.length / 3, full.length / 2, full.length - 3}) {
            assertRefused(write("cut" + cut + ".json", Arrays.copyOf(full, cut)), "ends too early");
        }
    }

    @Test
    void corrupt_files_are_refused_and_change_nothing() throws Exception {
        assertRefused(write("garbage.json", "<html>not a session</html>".getBytes(StandardCharsets.UTF_8)),
                "is damaged and cannot be read as JSON");
    }

    @Test
    void over_large_files_are_refused_and_change_nothing() throws Exception {
        byte[] big = new byte[SessionJson.MAX_BYTES + 10];
        Arrays.fill(big, (byte) ' ');
        assertRefused(write("big.json", big), "far too large");
    }

    @Test
    void wrong_format_or_version_is_refused_and_changes_nothing() throws Exception {
        assertRefused(write("other.json", sampleJsonWith("focal-explorer-session", "something-else")),
                "is not a Focal Loss Explorer session");
        assertRefused(write("v2.json", sampleJsonWith("\"version\" : 1", "\"version\" : 2")),
                "has session format version 2, and this program reads version 1");
    }

    @Test
    void out_of_range_values_are_refused_and_change_nothing() throws Exception {
        assertRefused(write("alpha.json", sampleJsonWith("\"alpha\" : 0.75", "\"alpha\" : 1.75")),
                "loss.alpha = 1.75");
        // valid for the schema, beyond the explorer's γ slider: refused by the explorer's own check
        assertRefused(write("gamma.json", sampleJsonWith("\"gamma\" : 0.5", "\"gamma\" : 50")), "loss.gamma = 50.0");
        assertRefused(write("points.json", sampleJsonWith("\"points\" : 500", "\"points\" : 501")),
                "classifier.points = 501: must be one of");
    }

    @Test
    void a_session_saved_before_the_code_section_opens_with_the_code_panels_defaults() throws Exception {
        byte[] old;
        try (var in = getClass().getResourceAsStream("/session/session-v1.json")) {
            old = in.readAllBytes();
        }
        vm.code().variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        vm.code().classesProperty().set(5);
        SessionOutcome out = session.open(write("old.json", old));
        assertThat(out.succeeded()).isTrue();
        assertThat(out.warnings()).isEmpty();
        assertThat(vm.state()).isEqualTo(SessionSamples.sampleWithoutCode());
        assertThat(vm.code().variantProperty().get()).isEqualTo(CodeVariant.TORCHVISION);
        assertThat(vm.code().classesProperty().get()).isEqualTo(3);
    }

    @Test
    void a_missing_file_is_refused() {
        assertRefused(dir.resolve("nowhere.json"), "cannot be read");
    }

    @Test
    void many_unknown_fields_make_one_bounded_warning() throws Exception {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            extra.append("\"field").append(i).append("\" : ").append(i).append(", ");
        }
        Path file = write("noisy.json", sampleJsonWith("\"version\" : 1,", "\"version\" : 1, " + extra));
        SessionOutcome out = session.open(file);
        assertThat(out.succeeded()).isTrue();
        assertThat(out.warnings()).hasSize(1);
        assertThat(out.warnings().get(0)).contains("5000").contains("field0, field1, field2, field3, field4, …")
                .doesNotContain("field5,").hasSizeLessThan(200);
    }

    @Test
    void open_later_reads_on_the_io_executor_and_changes_nothing_until_the_ui_task_runs() throws Exception {
        Path file = dir.resolve("later.json");
        org.focalexplorer.io.session.SessionJson.write(file, SessionSamples.sample().with(Settings.LANGUAGE, "en"));
        java.util.List<Runnable> io = new java.util.ArrayList<>();
        java.util.List<Runnable> ui = new java.util.ArrayList<>();
        java.util.List<SessionOutcome> outcomes = new java.util.ArrayList<>();
        SettingValues before = vm.state();
        session.openLater(file, io::add, ui::add, outcomes::add);
        assertThat(io).hasSize(1);
        assertThat(vm.state()).isEqualTo(before);
        io.remove(0).run(); // the file is read here
        assertThat(vm.state()).as("read, not yet applied").isEqualTo(before);
        assertThat(ui).hasSize(1);
        ui.remove(0).run();
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.succeeded()).isTrue());
        assertThat(vm.state()).isEqualTo(SessionSamples.sample().with(Settings.LANGUAGE, "en"));

        Path saved = dir.resolve("saved-later.json");
        vm.parameters().gamma().submit("4.5");
        session.saveLater(saved, io::add, ui::add, outcomes::add);
        vm.parameters().gamma().submit("1"); // after the call: not in the file
        assertThat(saved).doesNotExist();
        io.remove(0).run();
        ui.remove(0).run();
        assertThat(outcomes.get(1).succeeded()).isTrue();
        assertThat(org.focalexplorer.io.session.SessionJson.read(saved).state().get(Settings.GAMMA)).isEqualTo(4.5);
        assertThat(session.currentFileProperty().get()).isEqualTo(saved.toAbsolutePath().normalize());
    }

    @Test
    void unknown_fields_are_warned_about_and_the_rest_applied() throws Exception {
        Path file = write("newer.json", sampleJsonWith("\"version\" : 1,", "\"version\" : 1, \"theme\" : \"dark\","));
        SessionOutcome out = session.open(file);
        assertThat(out.succeeded()).isTrue();
        assertThat(out.warnings()).containsExactly(
                "已忽略 1 个当前版本不认识的字段（可能由更新的版本保存）：theme"); // the file's language, zh-CN
        assertThat(vm.state()).isEqualTo(SessionSamples.sample());
    }

    @Test
    void a_failed_save_says_so_and_leaves_the_old_file() throws Exception {
        Path taken = Files.createDirectory(dir.resolve("taken.json"));
        Files.writeString(taken.resolve("keep.txt"), "keep");
        SessionOutcome out = session.save(taken);
        assertThat(out.succeeded()).isFalse();
        assertThat(out.message()).startsWith("The session could not be saved to “taken.json”");
        assertThat(Files.readString(taken.resolve("keep.txt"))).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no temporary file left").isEqualTo(1);
        }
        assertThat(session.recentFiles().files()).isEmpty();
    }

    @Test
    void the_state_string_reproduces_the_view_in_the_readers_language() {
        vm.apply(SessionSamples.sample().with(Settings.LANGUAGE, "en"));
        vm.parameters().beta().submit("-4.25");
        String shared = session.copyStateString();

        ExplorerViewModel reader = Explorers.chinese();
        try {
            SessionViewModel readerSession = new SessionViewModel(reader.liveState(), reader.messages(), new RecentFiles(new MemoryPreferenceStore()));
            SessionOutcome out = readerSession.pasteStateString(shared);
            assertThat(out.succeeded()).isTrue();
            assertThat(out.message()).isEqualTo("已应用状态字符串中的设置。");
            assertThat(reader.state()).isEqualTo(vm.state().with(Settings.LANGUAGE, "zh-CN"));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void a_bad_state_string_is_refused_and_changes_nothing() {
        SettingValues before = vm.state();
        SessionOutcome garbage = session.pasteStateString("https://example.org/not-a-state");
        assertThat(garbage.succeeded()).isFalse();
        assertThat(garbage.message()).startsWith("“the state string” is not a Focal Loss Explorer session");
        String good = session.copyStateString();
        SessionOutcome cut = session.pasteStateString(good.substring(0, good.length() / 2));
        assertThat(cut.succeeded()).isFalse();
        SessionOutcome huge = session.pasteStateString("FLX1:" + "A".repeat(100_000));
        assertThat(huge.message()).contains("far too large");
        assertThat(vm.state()).isEqualTo(before);
    }

    @Test
    void messages_come_in_chinese_for_a_chinese_explorer() throws Exception {
        ExplorerViewModel zh = Explorers.chinese();
        try {
            SessionViewModel zhSession = new SessionViewModel(zh.liveState(), zh.messages(), new RecentFiles(new MemoryPreferenceStore()));
            SessionOutcome out = zhSession.open(write("cut.json", Arrays.copyOf(sampleJson(), 40)));
            assertThat(out.message()).startsWith("“cut.json”提前结束").endsWith("当前设置保持不变。");
        } finally {
            zh.dispose();
        }
    }

    @Test
    void opening_a_session_is_one_undo_step() throws Exception {
        Path file = write("s.json", sampleJson());
        session.open(file);
        vm.undo().undo();
        assertThat(vm.parameters().gamma().get()).isEqualTo(2.0);
        assertThat(vm.classifier().settings().seedProperty().get()).isEqualTo(7);
    }
}
