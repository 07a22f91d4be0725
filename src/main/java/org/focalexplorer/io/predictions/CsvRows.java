package org.focalexplorer.io.predictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.focalexplorer.analysis.predictions.LoadSummary;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * What a CSV reader does with the records after the header, whichever way it found their fields (FastCSV's
 * callbacks or the byte scan of {@link PlainCsvReader}): the column roles, the first unparsable selected field
 * of a record, the record's checks in one order (column count, then that field, then the values), and the
 * message under {@link OnError}. Both paths call this one class, so their rows and messages cannot drift apart.
 */
final class CsvRows {
    private final String file;
    private final OnError onError;
    final ColumnChoice choice;
    final RowSink sink;
    final int headerFields;
    /** Column index → score slot, or {@link RowProblem#LABEL}, or {@link RowProblem#ROW} for unused. */
    final int[] role;
    private final double[] scores;
    private double label;
    private int problemColumn;
    private String problem;
    /** See {@link #numberLinesLater}; null when lines are numbered from the file's start. */
    private List<Skipped> later;

    CsvRows(String file, List<String> header, ReadOptions options) throws PredictionFileException {
        this.file = file;
        this.onError = options.onError();
        headerFields = header.size();
        choice = ColumnChoice.of(file, header, options.columns());
        role = new int[headerFields];
        Arrays.fill(role, RowProblem.ROW);
        for (int s = 0; s < choice.scores().length; s++) {
            role[choice.scores()[s]] = s;
        }
        role[choice.label()] = RowProblem.LABEL;
        scores = new double[choice.scores().length];
        sink = new RowSink(scores.length, options.scoreKind(), options.ignoreIndex());
    }

    /** The role of field {@code index} of a record: a score slot, the label, or {@link RowProblem#ROW} (unused). */
    int role(int index) {
        return index < role.length ? role[index] : RowProblem.ROW;
    }

    /** A new record starts. */
    void begin() {
        problem = null;
    }

    /** Whether a field of this role still needs parsing (used, and no earlier field of the record was bad). */
    boolean wants(int r) {
        return r != RowProblem.ROW && problem == null;
    }

    void value(int r, double v) {
        if (r == RowProblem.LABEL) {
            label = v;
        } else {
            scores[r] = v;
        }
    }

    /** A selected field that is not a number, as text (UTF-8). */
    void notANumber(int r, String text) {
        problem = "\"" + text + "\" is not a number";
        problemColumn = r;
    }

    /**
     * The record that began on physical line {@code line} ended with {@code fields} fields: kept, or skipped and
     * counted, or (under {@link OnError#STOP}) refused with a message naming the line and column.
     */
    void end(long line, int fields) throws PredictionFileException {
        try {
            if (fields != headerFields) {
                throw new RowProblem(RowProblem.ROW, "expected " + headerFields + " columns, found " + fields);
            }
            if (problem != null) {
                throw new RowProblem(problemColumn, problem);
            }
            if (sink.binary()) {
                sink.binaryRow(scores[0], label);
            } else {
                sink.row(scores, label);
            }
        } catch (RowProblem p) {
            if (onError == OnError.STOP) {
                throw new PredictionFileException(file, "line " + line, choice.name(p.column), p.getMessage());
            }
            if (later == null) {
                sink.skip(PredictionFileException.format(file, "line " + line, choice.name(p.column), p.getMessage()));
            } else {
                sink.skip(null);
                if (later.size() < LoadSummary.MAX_PROBLEMS) {
                    later.add(new Skipped(line, choice.name(p.column), p.getMessage()));
                }
            }
        }
    }

    /** A skipped row of a later part of the file, its line counted from the part's start. */
    private record Skipped(long line, String column, String problem) {}

    /**
     * For the second part of a file read in two parts, whose line numbers are known only when the first part
     * is done: skipped rows are counted and their messages kept to be worded by {@link #laterMessages}.
     */
    void numberLinesLater() {
        later = new ArrayList<>();
    }

    /** The messages of the rows skipped so far, with {@code lines} (the first part's lines) added to each line. */
    List<String> laterMessages(long lines) {
        List<String> out = new ArrayList<>();
        for (Skipped s : later) {
            out.add(PredictionFileException.format(file, "line " + (lines + s.line()), s.column(), s.problem()));
        }
        return out;
    }

    PredictionSet finish() throws PredictionFileException {
        return sink.finish(file, choice.classNames());
    }
}
