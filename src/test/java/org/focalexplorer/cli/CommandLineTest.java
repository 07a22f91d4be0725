package org.focalexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    /** Exit code, standard output and standard error of one run of the root command. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FocalExplorerCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void help_prints_usage_and_exits_0() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: focal-explorer");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void version_exits_0() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("focal-explorer ");
    }

    @Test
    void unknown_option_is_a_one_line_error_with_exit_code_2() {
        Run run = run("--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("focal-explorer: ")
                .contains("--bogus")
                .contains("focal-explorer --help");
    }

    @Test
    void unknown_command_is_a_one_line_error_with_exit_code_2() {
        Run run = run("no-such-command", "--also-bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void root_without_command_is_a_usage_error() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void help_subcommand_exits_0() {
        Run run = run("help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: focal-explorer");
    }
}
