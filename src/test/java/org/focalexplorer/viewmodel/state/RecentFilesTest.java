package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    private final MemoryPreferenceStore store = new MemoryPreferenceStore();
    private final RecentFiles recent = new RecentFiles(store);

    @TempDir
    Path dir;

    @Test
    void most_recent_first_and_each_file_once() {
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("sub/../a.json")); // the same file, spelled otherwise
        assertThat(recent.files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
    }

    @Test
    void relative_paths_are_kept_absolute() {
        recent.add(Path.of("relative.json"));
        assertThat(recent.files().get(0)).isEqualTo(Path.of("relative.json").toAbsolutePath());
        recent.add(Path.of("relative.json").toAbsolutePath());
        assertThat(recent.files()).hasSize(1);
    }

    @Test
    void at_most_eight_and_the_oldest_go() {
        for (int i = 0; i < 11; i++) {
            recent.add(dir.resolve(i + ".json"));
        }
        assertThat(recent.files()).hasSize(RecentFiles.MAX);
        assertThat(recent.files().get(0)).isEqualTo(dir.resolve("10.json"));
        assertThat(recent.files().get(7)).isEqualTo(dir.resolve("3.json"));
    }

    @Test
    void the_list_outlives_the_run() {
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("c.json"));
        recent.remove(dir.resolve("b.json"));
        RecentFiles later = new RecentFiles(store);
        assertThat(later.files()).containsExactly(dir.resolve("c.json"), dir.resolve("a.json"));
        assertThat(store.get("session.recent.2", null)).as("a removed entry leaves no stale key").isNull();
    }

    @Test
    void damaged_and_duplicate_entries_in_the_store_are_skipped() {
        store.put("session.recent.0", dir.resolve("a.json").toString());
        store.put("session.recent.1", "bad\0path");
        store.put("session.recent.2", dir.resolve("a.json").toString());
        store.put("session.recent.3", dir.resolve("b.json").toString());
        assertThat(new RecentFiles(store).files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
    }

    @Test
    void missing_files_can_be_pruned() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.json"), "{}");
        recent.add(dir.resolve("gone.json"));
        recent.add(kept);
        assertThat(recent.pruneMissing()).isEqualTo(1);
        assertThat(recent.files()).containsExactly(kept);
        assertThat(new RecentFiles(store).files()).containsExactly(kept);
    }

    @Test
    void clear_empties_the_list_and_the_store() {
        recent.add(dir.resolve("a.json"));
        recent.clear();
        assertThat(recent.files()).isEmpty();
        assertThat(new RecentFiles(store).files()).isEmpty();
    }
}
