package org.focalexplorer.viewmodel.parameters;

/**
 * The loss settings at one moment.
 *
 * @param alphaEnabled whether α weighting is on; off means α_t = 1
 * @param alpha        α, the weight of the foreground class (kept while α is off)
 * @param gamma        the focusing parameter γ ≥ 0
 * @param beta         FL*'s shift β
 */
public record Parameters(boolean alphaEnabled, double alpha, double gamma, double beta) {

    /**
     * α_t of the example the curves show. The curves are those of a foreground example (its class is
     * the positive one), so α_t = α, as in the paper's α-balanced CE.
     */
    public double alphaT() {
        return alphaEnabled ? alpha : 1.0;
    }
}
