package org.focalexplorer.plot;

/**
 * One curve, ready to draw: y[i] at x[i]. Values are exactly what the loss core returned; a value
 * a log axis cannot show (0) is left for the view to skip, never replaced.
 *
 * <p>The arrays are never modified after construction (and may be shared between snapshots).
 *
 * @param label   legend text
 * @param role    what the curve is
 * @param variant index within its role (the γ of a family member); 0 otherwise
 * @param emphasised drawn thicker, on top (the current FL)
 */
public record Series(String label, SeriesRole role, int variant, boolean emphasised, double[] x, double[] y) {
    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
    }

    public int size() {
        return x.length;
    }
}
