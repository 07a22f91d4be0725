package org.focalexplorer.testutil;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.focalexplorer.cli.FocalExplorerCommand;
import picocli.CommandLine;

/** One run of the command line in-process: its exit code and what it printed to each stream. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(String... args) {
        CommandLine cl = FocalExplorerCommand.newCommandLine(args); // as the jar's main: analyse gets its light root
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }
}
