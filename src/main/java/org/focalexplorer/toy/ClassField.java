package org.focalexplorer.toy;

/**
 * A multi-class model's decision regions over a grid (same cell layout as {@link DecisionField}): per cell
 * the predicted class and its probability, for a heatmap coloured by class and shaded by confidence.
 * Immutable.
 */
public final class ClassField {
    private final Bounds bounds;
    private final int columns;
    private final int rows;
    private final int[] classes;
    private final double[] confidence;

    ClassField(Bounds bounds, int columns, int rows, int[] classes, double[] confidence) {
        this.bounds = bounds;
        this.columns = columns;
        this.rows = rows;
        this.classes = classes;
        this.confidence = confidence;
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

    /** The predicted class at cell (col, row); row 0 at the bottom. */
    public int predictedClass(int col, int row) {
        return classes[row * columns + col];
    }

    /** The predicted class's probability at cell (col, row). */
    public double confidence(int col, int row) {
        return confidence[row * columns + col];
    }
}
