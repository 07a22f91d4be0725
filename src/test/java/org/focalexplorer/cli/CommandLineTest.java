package org.focalexplorer.cli;

import static org.focalexplorer.testutil.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    /** Exit code, standard output and standard error of one run of the root command. */

    @Test
    void help_prints_usage_and_exits_0() {
        CliRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: focal-explorer");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void version_exits_0() {
        CliRun run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("focal-explorer ");
    }

    @Test
    void unknown_option_is_a_one_line_error_with_exit_code_2() {
        CliRun run = run("--bogus");
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
        CliRun run = run("no-such-command", "--also-bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void root_without_command_is_a_usage_error() {
        CliRun run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void help_subcommand_exits_0() {
        CliRun run = run("help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: focal-explorer");
    }
}
