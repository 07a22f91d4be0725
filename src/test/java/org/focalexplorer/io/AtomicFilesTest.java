package org.focalexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writes_and_replaces_a_file() throws Exception {
        Path f = dir.resolve("a.json");
        AtomicFiles.write(f, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(f, "new content".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).isEqualTo("new content");
        assertThat(filesIn(dir)).as("no temporary file left").isEqualTo(1);
    }

    @Test
    void a_write_that_fails_half_way_leaves_the_old_file_intact() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "the old session");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half of the new ses".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("the old session");
        assertThat(filesIn(dir)).as("the temporary file is removed").isEqualTo(1);
    }

    @Test
    void a_failing_rename_leaves_the_target_and_no_temporary_file() throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1, 2, 3})).isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep me");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void a_missing_directory_is_an_error_and_creates_nothing() {
        Path f = dir.resolve("no").resolve("such").resolve("a.json");
        assertThatThrownBy(() -> AtomicFiles.write(f, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void text_is_written_whole_as_utf8(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("plot.csv");
        java.nio.file.Files.writeString(f, "old");
        AtomicFiles.writeString(f, "x,焦点\n1.0,2.0\n");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("x,焦点\n1.0,2.0\n");
    }

    @Test
    void a_missing_folder_fails_and_creates_nothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path f = dir.resolve("no-such-folder").resolve("plot.svg");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>"))
                .isInstanceOf(java.io.IOException.class);
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.exists(f.getParent())).isFalse();
    }
}
