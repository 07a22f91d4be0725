package org.focalexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.focalexplorer.io.CaseFormatException;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.io.LossCaseReader;
import org.focalexplorer.io.LossCaseWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval CASES.json}: computes every case of a file in the golden format with the loss core and
 * prints a JSON list of {@code {"id", "loss", "grad"}}. Expected values in the input are ignored.
 *
 * <p>Every case is computed before anything is printed, so a bad case leaves standard output empty: one
 * line on standard error (at most {@link #MAX_ERROR_CHARS} characters) and exit code 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Compute the loss and gradient of each case in a JSON case file (golden format) and print them as JSON.",
            "The file must be UTF-8 JSON of at most 64 MiB, without duplicate keys or anything after the list; "
                    + "a shape has at most 32 dimensions and 16777216 values. "
                    + "Exit codes: 0 computed, 2 a file or case that cannot be computed (one line naming the case and field).",
        })
public final class EvalCommand implements Callable<Integer> {
    /** Longest error line: a value quoted from the file must not turn into a megabyte of terminal output. */
    static final int MAX_ERROR_CHARS = 300;

    @Parameters(index = "0", paramLabel = "CASES.json", description = "A JSON list of cases: id, fn, params, shape, [target_shape], logits, targets, [reductions].")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<LossCase> cases = LossCaseReader.read(file);
            List<LossCaseWriter.Result> results = new ArrayList<>();
            for (LossCase c : cases) {
                results.add(new LossCaseWriter.Result(c, LossCaseEvaluator.evaluate(c)));
            }
            LossCaseWriter.write(out, results);
            out.println();
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            return fail(err, "no such file: " + file);
        } catch (IOException e) {
            return fail(err, "cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
    }

    private int fail(PrintWriter err, String message) {
        err.println(oneLine(spec.qualifiedName() + ": " + message));
        err.flush();
        return 2;
    }

    /** Line breaks folded to spaces, other control characters escaped, cut with an ellipsis past {@link #MAX_ERROR_CHARS}. */
    static String oneLine(String message) {
        return CaseFormatException.brief(String.valueOf(message).replaceAll("\\s*\\R\\s*", " "), MAX_ERROR_CHARS - 1);
    }
}
