package org.focalexplorer.viewmodel.explain;

import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.settings.ProbePosition;
import org.focalexplorer.viewmodel.probe.ProbeReadout;

/**
 * What the live formulas substitute: the parameters, the probe and the loss core's readout there, and
 * the numbers as the formulas write them (parameters exactly as set, p_t as set or to 4 digits,
 * results to 3 significant digits as in "FL(0.9) = 0.000263").
 */
record LiveValues(Parameters parameters, ProbePosition at, ProbeReadout readout) {
    static final int RESULT_DIGITS = 3;
    private static final int INPUT_DIGITS = 4;

    Tex pt() {
        return at.fromProbability() ? Tex.exact(at.pt()) : Tex.number(at.pt(), INPUT_DIGITS);
    }

    Tex xt() {
        return Tex.operand(Tex.number(at.xt(), INPUT_DIGITS));
    }

    Tex gamma() {
        return Tex.exact(parameters.gamma());
    }

    Tex beta() {
        return Tex.operand(Tex.exact(parameters.beta()));
    }

    Tex alpha() {
        return Tex.exact(parameters.alpha());
    }

    boolean alphaOn() {
        return parameters.alphaEnabled();
    }

    /** 1 − α as a reader would write it (0.75, never 0.7500000000000001). */
    Tex oneMinusAlpha() {
        return Tex.number(1.0 - parameters.alpha(), 6);
    }

    /** (1 − p_t)^γ with the numbers. */
    Tex factor() {
        return factor(pt());
    }

    /** α · (1 − p_t)^γ with the numbers, or the factor alone while α is off. */
    Tex weightedFactor() {
        return weightedFactor(alphaOn() ? alpha() : null, pt());
    }

    /** {@code weight} · (1 − {@code pt})^γ; the factor alone for no weight (α off). */
    Tex weightedFactor(Tex weight, Tex pt) {
        Tex factor = factor(pt);
        return weight == null ? factor : Tex.of("%s \\cdot %s", "%s · %s", weight, factor);
    }

    private Tex factor(Tex pt) {
        return Tex.of("(1 - %s)^{%s}", "(1 − %s)^%s", pt, gamma());
    }

    static Tex result(double v) {
        return Tex.number(v, RESULT_DIGITS);
    }
}
