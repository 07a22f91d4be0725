package org.focalexplorer.viewmodel.parameters;

import org.focalexplorer.loss.FocalSetting;

/**
 * The loss settings at one moment: the focal setting (α on/off, α, γ) and FL*'s β.
 *
 * @param focal α on/off, α (kept while off) and γ
 * @param beta  FL*'s shift β
 */
public record Parameters(FocalSetting focal, double beta) {

    public Parameters(boolean alphaEnabled, double alpha, double gamma, double beta) {
        this(new FocalSetting(alphaEnabled, alpha, gamma), beta);
    }

    public boolean alphaEnabled() {
        return focal.alphaOn();
    }

    public double alpha() {
        return focal.alpha();
    }

    public double gamma() {
        return focal.gamma();
    }

    /**
     * α_t of the example the curves show. The curves are those of a foreground example (its class is
     * the positive one), so α_t = α, as in the paper's α-balanced CE.
     */
    public double alphaT() {
        return focal.alphaT(true);
    }
}
