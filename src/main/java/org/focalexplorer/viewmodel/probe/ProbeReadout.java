package org.focalexplorer.viewmodel.probe;

/**
 * The loss core's values at the probe for the current parameters. A value that does not exist for
 * these parameters (FL* at γ = 0) is NaN.
 */
public record ProbeReadout(
        double pt,
        double xt,
        double ce,
        double alphaCe,
        double fl,
        double flStar,
        double modulatingFactor,
        double ratio,
        double ceGradient,
        double flGradient,
        double flStarGradient) {
}
