package org.focalexplorer.io.predictions;

import java.io.IOException;

/**
 * A predictions file that cannot be read as asked: one message naming the file, the line (text files) or
 * index (NumPy), the column and what is wrong with the value, e.g.
 * {@code preds.csv: line 17, column "label": "2" is not 0 or 1}. The parts are kept for a view that
 * words the message itself.
 */
public final class PredictionFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String location;
    private final String column;
    private final String problem;

    /**
     * @param location "line 17", "index 5" or null (the whole file)
     * @param column   the column's (or array's) name, or null
     */
    public PredictionFileException(String file, String location, String column, String problem) {
        super(format(file, location, column, problem));
        this.file = file;
        this.location = location;
        this.column = column;
        this.problem = problem;
    }

    static String format(String file, String location, String column, String problem) {
        StringBuilder sb = new StringBuilder(file).append(": ");
        if (location != null) {
            sb.append(location);
        }
        if (column != null) {
            sb.append(location != null ? ", " : "").append("column \"").append(column).append('"');
        }
        if (location != null || column != null) {
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** "line 17", "index 5", or null when the whole file is at fault. */
    public String location() {
        return location;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
