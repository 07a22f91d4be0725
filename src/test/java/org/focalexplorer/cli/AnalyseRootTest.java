package org.focalexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * {@code analyse} runs under a root that knows only that subcommand (less start-up work); it must print and
 * exit exactly as under the full root, for help, version, bad options, bad files and real runs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AnalyseRootTest {
    static List<Object> run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return List.of(code, out.toString(), err.toString());
    }

    @Test
    void theLightRootPrintsAndExitsAsTheFullOne() {
        String example = AnalyseCommandTest.EXAMPLE.toString();
        List<String[]> cases = List.of(
                new String[] {"analyse", "--help"},
                new String[] {"analyze", "--help"},
                new String[] {"analyse", "--version"},
                new String[] {"analyse"},
                new String[] {"analyse", "--bogus", example},
                new String[] {"analyse", example, "--gamma", "-1"},
                new String[] {"analyse", example, "--gamma", "abc"},
                new String[] {"analyse", "no-such-file.csv"},
                new String[] {"analyse", example, "--json", "--gamma", "0.5", "--hardest", "5"},
                new String[] {"analyze", example});
        for (String[] args : cases) {
            CommandLine light = FocalExplorerCommand.newCommandLine(args);
            assertThat((Object) light.getCommand()).isInstanceOf(FocalExplorerCommand.AnalyseOnly.class);
            List<Object> expected = run(FocalExplorerCommand.newCommandLine(), args);
            assertThat(run(light, args)).as(String.join(" ", args)).isEqualTo(expected);
        }
        assertThat((Object) FocalExplorerCommand.newCommandLine("train", "--help").getCommand()).isInstanceOf(FocalExplorerCommand.class);
        assertThat((Object) FocalExplorerCommand.newCommandLine().getCommand()).isInstanceOf(FocalExplorerCommand.class);
    }
}
