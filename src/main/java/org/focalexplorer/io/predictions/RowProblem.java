package org.focalexplorer.io.predictions;

/** A malformed value in a row: which selected column (score index, or {@link #LABEL}) and why. No stack trace. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;
    static final int LABEL = -1;
    static final int ROW = -2;
    final int column;

    RowProblem(int column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }
}
