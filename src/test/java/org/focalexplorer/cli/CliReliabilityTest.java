package org.focalexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.CliRun.run;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16 on the command line outside eval's reader: option bounds, the files figure writes, the locale. */
class CliReliabilityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1025", "32769", "2147483647"})
    void bench_threads_out_of_range_is_one_line_and_exit_2(String threads) {
        CliRun r = run("bench", "--quick", "--threads", threads);
        assertOneLineExit2(r, "--threads must be in [1, 1024], got " + threads);
    }

    @Test
    void bench_threads_past_int_is_picocli_s_one_line() {
        assertOneLineExit2(run("bench", "--threads", "99999999999"), "--threads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.9e-324", "1e-300", "9.99e-7", "0", "1", "0.9999999", "NaN", "-0.01"})
    void train_prior_that_makes_training_meaningless_is_refused(String prior) {
        CliRun r = run("train", "--prior", prior, "--steps", "1", "--points", "10");
        assertOneLineExit2(r, "--prior must be in [1e-6, 1 - 1e-6], got ");
    }

    @Test
    void train_help_gives_the_prior_s_bounds_and_why() {
        assertThat(run("train", "--help").out().replaceAll("\\s+", " ")).contains("[1e-6, 1 - 1e-6]").contains("+-13.8");
    }

    // ---- figure names the path it was given, never the temporary file, and refuses what is not a file ----

    @Test
    void figure_into_a_missing_folder_names_the_folder_not_a_temporary_file() {
        Path out = dir.resolve("no-such-folder").resolve("fig1.svg");
        CliRun r = run("figure", "fig1", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("focal-explorer figure: cannot write " + out + ": the folder "
                + out.getParent() + " does not exist");
    }

    @Test
    void figure_onto_the_root_a_folder_or_a_device_is_refused_by_name() throws Exception {
        CliRun root = run("figure", "fig1", "--format", "svg", "--out", "/");
        assertThat(root.exitCode()).isEqualTo(1);
        assertThat(root.err().lines()).containsExactly("focal-explorer figure: cannot write /: is a folder, not a file");

        Path folder = Files.createDirectory(dir.resolve("plots.svg"));
        CliRun f = run("figure", "fig1", "--out", folder.toString());
        assertThat(f.err().lines()).containsExactly("focal-explorer figure: cannot write " + folder + ": is a folder, not a file");

        CliRun dev = run("figure", "fig1", "--format", "csv", "--out", "/dev/null");
        assertThat(dev.exitCode()).isEqualTo(1);
        assertThat(dev.err().lines()).singleElement().asString()
                .isEqualTo("focal-explorer figure: cannot write /dev/null: is not a regular file (a device, pipe or socket): only regular files are replaced");
    }

    @Test
    void figure_through_a_symbolic_link_writes_the_linked_file_and_keeps_the_link() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("slides.svg"), real.getFileName());
        CliRun r = run("figure", "fig1", "--out", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("<?xml").contains("<svg");
    }

    // ---- UTF-8 whatever the locale ----

    /**
     * A real process under {@code LC_ALL=C}, where Java 17's own {@code System.out} encodes as ASCII: the
     * Greek and Chinese of the output and of an error line must arrive as UTF-8 bytes, not as "?".
     */
    @Test
    void output_is_utf8_under_the_c_locale() throws Exception {
        String id = "α=0.25 γ=2 焦点";
        Path good = Files.writeString(dir.resolve("good.json"), "[{\"id\":\"" + id + "\",\"fn\":\"torchvision.ops.sigmoid_focal_loss\","
                + "\"shape\":[1],\"logits\":[1.0],\"targets\":[1],\"reductions\":[\"sum\"]}]", StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"id\":\"" + id + "\",\"fn\":7}]", StandardCharsets.UTF_8);

        Process ok = launch("eval", good.toString());
        assertThat(ok.exitValue()).isZero();
        assertThat(new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\":\"" + id + "\"");

        Process refused = launch("eval", bad.toString());
        assertThat(refused.exitValue()).isEqualTo(2);
        assertThat(new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("case '" + id + "'");
    }

    private static Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.focalexplorer.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("LC_ALL", "C");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        // the outputs are small: read them fully after the exit (a pipe holds 64 KiB)
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
        return p;
    }

    private static void assertOneLineExit2(CliRun r, String expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(expected).doesNotContain("Exception");
    }
}
