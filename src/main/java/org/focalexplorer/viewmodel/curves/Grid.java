package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.settings.XAxis;
/**
 * Sample points of a curve, each known as a logit x_t and as a probability p_t = σ(x_t). The curves
 * are evaluated at x_t (exact for every logit); {@link #along(XAxis)} gives the coordinate to plot.
 * Arrays are never modified.
 */
public record Grid(String name, double[] xt, double[] pt) {
    public double[] along(XAxis axis) {
        return axis == XAxis.PROBABILITY ? pt : xt;
    }

    public int size() {
        return xt.length;
    }
}
