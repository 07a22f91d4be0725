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
        })).isInstanceOf(IOException.class).hasMessage(f + ": disk full");
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

    // ---- what is not a regular file is refused, links are written through ----

    @Test
    void a_symbolic_link_is_written_through_and_stays_a_link() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path real = elsewhere.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("elsewhere", "real.json"));
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(filesIn(dir)).as("no temporary file beside the link").isEqualTo(2);
        assertThat(filesIn(elsewhere)).as("none beside the target either").isEqualTo(1);
    }

    @Test
    void a_chain_of_links_and_a_dangling_link_end_at_the_file_they_name() throws Exception {
        Path real = dir.resolve("real.csv");
        Path second = Files.createSymbolicLink(dir.resolve("second.csv"), real.getFileName());
        Path first = Files.createSymbolicLink(dir.resolve("first.csv"), second.getFileName());
        AtomicFiles.writeString(first, "created through a dangling chain");
        assertThat(Files.readString(real)).isEqualTo("created through a dangling chain");
        assertThat(Files.isSymbolicLink(first) && Files.isSymbolicLink(second)).isTrue();
    }

    @Test
    void a_loop_of_links_is_refused() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertThatThrownBy(() -> AtomicFiles.writeString(a, "x")).isInstanceOf(AtomicFiles.WriteException.class)
                .hasMessage(a + ": too many levels of symbolic links");
        assertThat(Files.isSymbolicLink(a) && Files.isSymbolicLink(b)).isTrue();
    }

    @Test
    void a_folder_and_the_root_are_refused_by_name() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plots"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x")).hasMessage(folder + ": is a folder, not a file");
        assertThatThrownBy(() -> AtomicFiles.writeString(Path.of("/"), "x")).hasMessage("/: is a folder, not a file");
        assertThat(filesIn(folder)).isZero();
    }

    /** Only that it is refused: a failure here must never be allowed to have written anything. */
    @Test
    void a_device_is_refused() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        assertThatThrownBy(() -> AtomicFiles.writeString(devNull, "x")).isInstanceOf(AtomicFiles.WriteException.class)
                .hasMessage("/dev/null: is not a regular file (a device, pipe or socket): only regular files are replaced");
    }

    @Test
    void a_link_to_a_device_and_a_pipe_are_refused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("null.png"), Path.of("/dev/null"));
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x")).hasMessageContaining(link + ": is not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        Files.delete(link); // the link only, before @TempDir's clean-up warns about a link leaving it
        Path fifo = dir.resolve("pipe.csv");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is available");
        assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "x")).hasMessageContaining(fifo + ": is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void a_missing_folder_is_named_never_the_temporary_file() {
        Path f = dir.resolve("no-such-folder").resolve("plot.svg");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>")).isInstanceOf(AtomicFiles.WriteException.class)
                .hasMessage(f + ": the folder " + f.getParent() + " does not exist")
                .satisfies(e -> assertThat(((AtomicFiles.WriteException) e).reason()).doesNotContain(".tmp", "null"));
    }

    @Test
    void a_file_in_place_of_the_folder_is_named() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep");
        Path f = notAFolder.resolve("plot.svg");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>")).hasMessage(f + ": " + notAFolder + " is not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep");
    }

    @Test
    void an_unwritable_folder_gives_the_reason() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root writes anywhere");
            Path f = locked.resolve("plot.png");
            assertThatThrownBy(() -> AtomicFiles.writeString(f, "x"))
                    .hasMessage(f + ": cannot create a file in " + locked + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ---- temporary files left by a killed write ----

    @Test
    void stale_temporary_files_of_the_same_target_are_removed_young_and_foreign_ones_kept() throws Exception {
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        Path stale = Files.writeString(dir.resolve(".plot.png.123456789.tmp"), "left by kill -9");
        Files.setLastModifiedTime(stale, anHourAgo);
        Path young = Files.writeString(dir.resolve(".plot.png.987654321.tmp"), "a write in progress");
        Path otherTarget = Files.writeString(dir.resolve(".other.png.123.tmp"), "another file's");
        Files.setLastModifiedTime(otherTarget, anHourAgo);
        Path notOurs = Files.writeString(dir.resolve(".plot.png.backup.tmp"), "not our pattern");
        Files.setLastModifiedTime(notOurs, anHourAgo);

        AtomicFiles.writeString(dir.resolve("plot.png"), "png");

        assertThat(stale).doesNotExist();
        assertThat(young).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
        assertThat(Files.readString(dir.resolve("plot.png"))).isEqualTo("png");
    }

    @Test
    void a_long_name_still_gets_a_temporary_file_within_the_name_limit() throws Exception {
        Path f = dir.resolve("焦".repeat(80) + ".csv"); // 244 bytes of UTF-8: the name itself fits, name + ".<digits>.tmp" would not
        AtomicFiles.writeString(f, "x");
        assertThat(Files.readString(f)).isEqualTo("x");
        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
