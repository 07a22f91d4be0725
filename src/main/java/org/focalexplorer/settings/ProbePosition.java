package org.focalexplorer.settings;

import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.settings.XAxis;

/**
 * Where the probe stands, as p_t and as x_t. The coordinate the user set is exact and the readouts
 * are evaluated from it ({@code fromProbability}); the other is derived by the core.
 */
public record ProbePosition(double xt, double pt, boolean fromProbability) {

    public static ProbePosition ofProbability(double pt) {
        return new ProbePosition(FocalCurves.logitOf(pt), pt, true);
    }

    public static ProbePosition ofLogit(double xt) {
        return new ProbePosition(xt, FocalCurves.probabilityOf(xt), false);
    }

    /** The probe's coordinate on a plot along {@code axis}; NaN (no probe line) along {@link XAxis#OTHER}. */
    public double along(XAxis axis) {
        return switch (axis) {
            case PROBABILITY -> pt;
            case LOGIT -> xt;
            case OTHER -> Double.NaN;
        };
    }
}
