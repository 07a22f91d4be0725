package org.focalexplorer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.focalexplorer.io.CaseFormatException;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.io.LossCaseReader;
import org.focalexplorer.io.session.SessionFormatException;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.StateString;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests of the three readers of outside input. Under {@code mvn verify} each method runs once per
 * file of its committed corpus ({@code src/test/resources/org/focalexplorer/fuzz/ReadersFuzzTestInputs/<method>/},
 * every crash ever found included) and once with empty input; with {@code JAZZER_FUZZ=1} Jazzer mutates
 * inputs for as long as it is told (README, "Tests").
 *
 * <p>The property: whatever the bytes, a reader returns or throws its own exception, with a message that
 * fits one line; never another exception, never an error (stack overflow, out of memory).
 */
class ReadersFuzzTest {

    /** eval's whole path short of printing: the case reader, then the loss core through the evaluator. */
    @FuzzTest(maxDuration = "10m")
    void caseFile(byte[] bytes) {
        List<LossCase> cases;
        try {
            cases = LossCaseReader.read(bytes);
        } catch (CaseFormatException e) {
            assertOneLine(e.getMessage());
            return;
        }
        for (LossCase c : cases) {
            try {
                LossCaseEvaluator.evaluate(c);
            } catch (CaseFormatException e) {
                assertOneLine(e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void sessionJson(byte[] bytes) {
        try {
            SessionJson.parse(bytes);
        } catch (SessionFormatException e) {
            // refused: what a corrupt file must give
        }
    }

    @FuzzTest(maxDuration = "10m")
    void stateString(byte[] bytes) {
        try {
            StateString.decode(new String(bytes, StandardCharsets.UTF_8));
        } catch (SessionFormatException e) {
            // refused
        }
    }

    /** The corpus starts from inputs that are accepted, so that mutations explore past the first checks. */
    @Test
    void the_valid_seeds_are_accepted() throws Exception {
        Path inputs = Path.of(ReadersFuzzTest.class.getResource("ReadersFuzzTestInputs").toURI());
        int accepted = 0;
        for (Path f : list(inputs.resolve("caseFile"))) {
            if (f.getFileName().toString().startsWith("valid-") || f.getFileName().toString().startsWith("edge-")) {
                for (LossCase c : LossCaseReader.read(Files.readAllBytes(f))) {
                    assertThat(LossCaseEvaluator.evaluate(c)).as(f.toString()).isNotEmpty();
                }
                accepted++;
            }
        }
        for (Path f : list(inputs.resolve("sessionJson"))) {
            if (f.getFileName().toString().startsWith("session-")) {
                assertThat(SessionJson.parse(Files.readAllBytes(f)).state()).isNotNull();
                accepted++;
            }
        }
        for (Path f : list(inputs.resolve("stateString"))) {
            if (f.getFileName().toString().startsWith("session-")) {
                assertThat(StateString.decode(Files.readString(f)).state()).isNotNull();
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(18);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static void assertOneLine(String message) {
        assertThat(message).isNotNull().doesNotContain("\n", "\r");
        assertThat(message.length()).as(message.substring(0, Math.min(200, message.length()))).isLessThanOrEqualTo(2_000);
    }
}
