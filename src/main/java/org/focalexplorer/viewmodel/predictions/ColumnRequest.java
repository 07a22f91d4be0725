package org.focalexplorer.viewmodel.predictions;

import java.nio.file.Path;
import java.util.List;
import org.focalexplorer.io.predictions.ColumnNames;
import org.focalexplorer.io.predictions.ReadOptions;

/**
 * The user must say which columns to read before {@code file} can be loaded: the score column(s) and the
 * label among {@code names} ({@link ColumnNames.Kind#AMBIGUOUS}), or the labels .npy beside a plain array of
 * logits ({@link ColumnNames.Kind#NEEDS_LABELS_FILE}).
 *
 * @param singleScore the choice is of arrays in an .npz: exactly one holds the scores
 */
public record ColumnRequest(Path file, ReadOptions options, ColumnNames.Kind kind, List<String> names,
        boolean singleScore) {
    public ColumnRequest {
        names = List.copyOf(names);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The label the user most likely means: a label-like name, else the last column. */
    public String suggestedLabel() {
        return names.stream().filter(ColumnNames::labelLike).findFirst()
                .orElse(names.isEmpty() ? null : names.get(names.size() - 1));
    }
}
