package org.focalexplorer.analysis.predictions;

/**
 * The paper's Figure 4 at one γ: the cumulative normalised loss of the negatives and of the positives
 * against the fraction of their examples, from the smallest loss (α drops out within a class; multi-class
 * positives are all classes but the negative one, pooled without α). Points at the ranks
 * k = round(j·n/(P − 1)), x = k/n. A class whose losses are all 0 gets the diagonal; an absent class, no points.
 */
public final class Figure4Curve {
    private final double gamma;
    private final double[] negativesX;
    private final double[] negativesY;
    private final double[] positivesX;
    private final double[] positivesY;

    Figure4Curve(double gamma, double[] negativesX, double[] negativesY, double[] positivesX, double[] positivesY) {
        this.gamma = gamma;
        this.negativesX = negativesX;
        this.negativesY = negativesY;
        this.positivesX = positivesX;
        this.positivesY = positivesY;
    }

    public double gamma() {
        return gamma;
    }

    public double[] negativesX() {
        return negativesX.clone();
    }

    public double[] negativesY() {
        return negativesY.clone();
    }

    public double[] positivesX() {
        return positivesX.clone();
    }

    public double[] positivesY() {
        return positivesY.clone();
    }

    /** y of the negatives' curve at point j. */
    public double negativesY(int j) {
        return negativesY[j];
    }

    public double positivesY(int j) {
        return positivesY[j];
    }
}
