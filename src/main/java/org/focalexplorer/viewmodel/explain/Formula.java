package org.focalexplorer.viewmodel.explain;

/**
 * One formula of an explanation: the general form, the same with the current α, γ, β and the probe's
 * p_t substituted, and the value the loss core computes for it.
 *
 * @param general the formula in symbols
 * @param live    the formula with numbers and its result; null where it does not exist for the current
 *                parameters (FL* at γ = 0), the section's note says why
 * @param value   the result the live formula ends with (NaN where there is none)
 */
public record Formula(Tex general, Tex live, double value) {

    public static Formula general(Tex general) {
        return new Formula(general, null, Double.NaN);
    }

    public boolean hasLive() {
        return live != null;
    }
}
