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

    @Test
    void writes_the_content_whole_and_replaces_an_old_file(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("plot.csv");
        Files.writeString(f, "old");
        AtomicFiles.writeString(f, "x,y\n1.0,2.0\n");
        assertThat(Files.readString(f)).isEqualTo("x,y\n1.0,2.0\n");
        assertThat(listing(dir)).containsExactly("plot.csv");
    }

    @Test
    void a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("plot.png");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("plot.png");
    }

    @Test
    void a_missing_folder_fails_and_creates_nothing(@TempDir Path dir) {
        Path f = dir.resolve("no-such-folder").resolve("plot.svg");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>")).isInstanceOf(IOException.class);
        assertThat(Files.exists(f.getParent())).isFalse();
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
