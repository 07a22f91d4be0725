package org.focalexplorer.analysis.predictions;

import java.util.List;

/**
 * How a predictions file was read.
 *
 * @param scoreKind            what the scores were taken to be (never {@link ScoreKind#AUTO})
 * @param skippedRows          malformed rows left out under the "skip and count" policy
 * @param ignoredRows          rows whose label is the ignore_index
 * @param clampedProbabilities probabilities of exactly 0 or 1 (binary), or rows whose true-class probability
 *                             or rest was exactly 0 (multi-class), clamped to 2⁻⁵³ from the end so that the
 *                             logit is finite (±36.7)
 * @param firstProblems        the messages of the first few skipped rows (at most {@link #MAX_PROBLEMS})
 */
public record LoadSummary(ScoreKind scoreKind, long skippedRows, long ignoredRows, long clampedProbabilities,
        List<String> firstProblems) {
    public static final int MAX_PROBLEMS = 5;

    public LoadSummary {
        if (scoreKind == ScoreKind.AUTO) {
            throw new IllegalArgumentException("scoreKind = AUTO: must be decided");
        }
        firstProblems = List.copyOf(firstProblems);
    }
}
