package org.focalexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 */
@Command(name = "eval", description = "Compute the loss and gradient of each case in a JSON case file (golden format) and print them as JSON.")
public final class EvalCommand implements Callable<Integer> {

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
            ArrayNode results = LossCaseWriter.newList();
            for (LossCase c : cases) {
                results.add(LossCaseWriter.toJson(c, LossCaseEvaluator.evaluate(c)));
            }
            out.println(LossCaseWriter.write(results));
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
        err.println(spec.qualifiedName() + ": " + message.replaceAll("\\s*\\R\\s*", " "));
        err.flush();
        return 2;
    }
}
