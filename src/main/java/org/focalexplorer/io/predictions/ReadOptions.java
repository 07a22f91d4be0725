package org.focalexplorer.io.predictions;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.focalexplorer.analysis.predictions.ScoreKind;

/**
 * How to read a predictions file.
 *
 * @param format      the file's kind, or null to go by its extension
 * @param columns     score columns then the label column, by name (CSV header names, structured-array
 *                    fields, or .npz member names); one score column means binary data, more mean
 *                    multi-class. Empty: a column (or member) named label, labels, target, targets, y or
 *                    class is the label and every other column is a score.
 * @param scoreKind   logits, probabilities, or decided from the data
 * @param ignoreIndex a label value whose rows are left out (counted), or empty
 * @param labels      .npy only: the file of labels beside the logits file (null: the logits file must be a
 *                    structured array holding both)
 * @param onError     stop at the first malformed row, or skip and count
 */
public record ReadOptions(PredictionFormat format, List<String> columns, ScoreKind scoreKind, OptionalInt ignoreIndex,
        Path labels, OnError onError) {
    public ReadOptions {
        columns = List.copyOf(columns);
        Objects.requireNonNull(scoreKind, "scoreKind");
        Objects.requireNonNull(ignoreIndex, "ignoreIndex");
        Objects.requireNonNull(onError, "onError");
        if (columns.size() == 1) {
            throw new IllegalArgumentException("columns = " + columns + ": give the score column(s) and then the label column");
        }
    }

    /** Columns by name or found automatically, scores auto-detected, stop at the first bad row. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, List.of(), ScoreKind.AUTO, OptionalInt.empty(), null, OnError.STOP);
    }

    public ReadOptions withColumns(List<String> c) {
        return new ReadOptions(format, c, scoreKind, ignoreIndex, labels, onError);
    }

    public ReadOptions withFormat(PredictionFormat f) {
        return new ReadOptions(f, columns, scoreKind, ignoreIndex, labels, onError);
    }

    public ReadOptions withScoreKind(ScoreKind k) {
        return new ReadOptions(format, columns, k, ignoreIndex, labels, onError);
    }

    public ReadOptions withIgnoreIndex(OptionalInt i) {
        return new ReadOptions(format, columns, scoreKind, i, labels, onError);
    }

    public ReadOptions withLabels(Path l) {
        return new ReadOptions(format, columns, scoreKind, ignoreIndex, l, onError);
    }

    public ReadOptions withOnError(OnError e) {
        return new ReadOptions(format, columns, scoreKind, ignoreIndex, labels, e);
    }
}
