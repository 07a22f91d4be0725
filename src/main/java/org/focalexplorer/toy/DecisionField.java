package org.focalexplorer.toy;

/**
 * A model's p over a grid of cell centres covering {@link #bounds()}, for a heatmap. Cell (col, row) is
 * centred at x = minX + (col + ½)·width/columns, y = minY + (row + ½)·height/rows: row 0 is at the
 * bottom (smallest y), so a view that draws top-down flips the rows. Immutable.
 */
public final class DecisionField {
    private final Bounds bounds;
    private final int columns;
    private final int rows;
    private final double[] probabilities;

    DecisionField(Bounds bounds, int columns, int rows, double[] probabilities) {
        if (probabilities.length != columns * rows) {
            throw new IllegalArgumentException(columns + " x " + rows + " grid needs " + columns * rows + " values");
        }
        this.bounds = bounds;
        this.columns = columns;
        this.rows = rows;
        this.probabilities = probabilities;
    }

    public Bounds bounds() {
        return bounds;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double x(int col) {
        return bounds.minX() + (col + 0.5) * bounds.width() / columns;
    }

    public double y(int row) {
        return bounds.minY() + (row + 0.5) * bounds.height() / rows;
    }

    /** p at the centre of cell (col, row). */
    public double probability(int col, int row) {
        return probabilities[row * columns + col];
    }

    /** Row-major copy, row 0 first. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The cell centres in row-major order: {xs, ys}. */
    static double[][] centres(Bounds bounds, int columns, int rows) {
        int n = columns * rows;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int r = 0; r < rows; r++) {
            double y = bounds.minY() + (r + 0.5) * bounds.height() / rows;
            for (int c = 0; c < columns; c++) {
                xs[r * columns + c] = bounds.minX() + (c + 0.5) * bounds.width() / columns;
                ys[r * columns + c] = y;
            }
        }
        return new double[][] {xs, ys};
    }
}
