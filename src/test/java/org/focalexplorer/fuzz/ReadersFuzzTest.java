package org.focalexplorer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.focalexplorer.io.CaseFormatException;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.io.LossCaseReader;
import org.focalexplorer.io.session.SessionFormatException;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.StateString;

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
    @FuzzTest(maxDuration = "60s")
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

    @FuzzTest(maxDuration = "60s")
    void sessionJson(byte[] bytes) {
        try {
            SessionJson.parse(bytes);
        } catch (SessionFormatException e) {
            // refused: what a corrupt file must give
        }
    }

    @FuzzTest(maxDuration = "60s")
    void stateString(byte[] bytes) {
        try {
            StateString.decode(new String(bytes, StandardCharsets.UTF_8));
        } catch (SessionFormatException e) {
            // refused
        }
    }

    private static void assertOneLine(String message) {
        assertThat(message).isNotNull().doesNotContain("\n", "\r");
        assertThat(message.length()).as(message.substring(0, Math.min(200, message.length()))).isLessThanOrEqualTo(2_000);
    }
}
