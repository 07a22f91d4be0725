package org.focalexplorer.analysis.sweep;

import org.focalexplorer.loss.FocalSetting;

/** One row of an α × γ sweep: the focal loss FL(α, γ) with α on (γ = 0 is α-balanced CE). */
public record SweepCell(double gamma, double alpha) {
    public SweepCell {
        new FocalSetting(true, alpha, gamma); // the loss core's own checks: α in [0, 1], γ ≥ 0 and finite
    }

    public FocalSetting loss() {
        return FocalSetting.focal(alpha, gamma);
    }
}
