package org.focalexplorer.io.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which of a file's named columns are the scores and which is the label. */
record ColumnChoice(int[] scores, int label, List<String> scoreNames, String labelName) {
    /** Names that mark the label column when none is given. */
    static final Set<String> LABEL_NAMES = Set.of("label", "labels", "target", "targets", "y", "class");

    /** @param asked score names then the label name, or empty to choose by {@link #LABEL_NAMES} */
    static ColumnChoice of(String file, List<String> header, List<String> asked) throws PredictionFileException {
        if (!asked.isEmpty()) {
            int[] scores = new int[asked.size() - 1];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = find(file, header, asked.get(i));
            }
            int label = find(file, header, asked.get(asked.size() - 1));
            return new ColumnChoice(scores, label, asked.subList(0, scores.length), asked.get(asked.size() - 1));
        }
        int label = -1;
        for (int i = 0; i < header.size(); i++) {
            if (LABEL_NAMES.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                if (label >= 0) {
                    throw ambiguous(file, header, "two label columns");
                }
                label = i;
            }
        }
        if (label < 0 || header.size() < 2) {
            throw ambiguous(file, header, "no column named " + String.join(", ", new java.util.TreeSet<>(LABEL_NAMES)));
        }
        List<String> names = new ArrayList<>();
        int[] scores = new int[header.size() - 1];
        for (int i = 0, j = 0; i < header.size(); i++) {
            if (i != label) {
                scores[j++] = i;
                names.add(header.get(i));
            }
        }
        return new ColumnChoice(scores, label, names, header.get(label));
    }

    private static int find(String file, List<String> header, String name) throws PredictionFileException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new PredictionFileException(file, null, name, "no such column (the file has " + header + ")");
        }
        return i;
    }

    private static PredictionFileException ambiguous(String file, List<String> header, String why) {
        return new PredictionFileException(file, null, null, "cannot tell the label column (" + why + ") among "
                + header + ": choose the columns (scores, then the label)");
    }

    String name(int problemColumn) {
        return problemColumn == RowProblem.LABEL ? labelName : problemColumn >= 0 ? scoreNames.get(problemColumn) : null;
    }

    /** Class names: binary negative/positive, multi-class the score columns' names. */
    List<String> classNames() {
        return scores.length == 1 ? List.of("negative", "positive") : scoreNames;
    }
}
