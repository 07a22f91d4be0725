package org.focalexplorer.analysis.predictions;

/** What the score columns of a file hold. */
public enum ScoreKind {
    /** Decide from the data: probabilities if every score is in [0, 1] (and, multi-class, every row sums to 1). */
    AUTO,
    LOGITS,
    PROBABILITIES
}
