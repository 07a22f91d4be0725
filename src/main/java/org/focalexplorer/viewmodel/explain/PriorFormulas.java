package org.focalexplorer.viewmodel.explain;

import java.util.List;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.toy.ModelSpec;

/**
 * The prior-probability initialisation: the bias b = −log((1 − π)/π) with the paper's π = 0.01 (the
 * value the live classifier starts from), the probability it gives, and what a negative then costs
 * under the current α and γ compared with an unbiased start at p = 0.5.
 */
final class PriorFormulas {
    private PriorFormulas() {}

    static List<Formula> of(LiveValues v) {
        double prior = ModelSpec.PAPER_PRIOR;
        double bias = ModelSpec.logistic(true).initialOutputBias();
        double start = FocalCurves.probabilityOf(bias);
        Tex pi = Tex.exact(prior);
        Tex b = Tex.number(bias, 4);
        Formula biasFormula = new Formula(new Tex("b = -\\log \\frac{1 - \\pi}{\\pi}", "b = −log((1 − π) / π)"),
                Tex.equation(Tex.same("b"), Tex.of("-\\log \\frac{1 - %1$s}{%1$s}", "−log((1 − %1$s) / %1$s)", pi), b),
                bias);
        Formula probability = new Formula(new Tex("p = \\sigma(b) = \\pi", "p = σ(b) = π"),
                Tex.of("\\sigma(%s) = %s", "σ(%s) = %s", b, LiveValues.result(start)), start);

        // A negative at the start: p_t = 1 − π, weighted 1 − α when α is on.
        double ptNegative = 1.0 - prior;
        double alphaNegative = v.alphaOn() ? 1.0 - v.parameters().alpha() : 1.0;
        double flNegative = FocalCurves.fl(ptNegative, alphaNegative, v.parameters().gamma());
        Tex pt = Tex.number(ptNegative, 6);
        Tex weighted = v.weightedFactor(v.alphaOn() ? v.oneMinusAlpha() : null, pt);
        Formula negative = new Formula(
                new Tex("\\mathrm{FL}(1 - \\pi) = -\\alpha_t\\,\\pi^{\\gamma}\\,\\log(1 - \\pi)",
                        "FL(1 − π) = −αₜ π^γ log(1 − π)"),
                Tex.equation(Tex.of("\\mathrm{FL}(%s)", "FL(%s)", pt),
                        Tex.of("-%s \\cdot \\log %s", "−%s · log %s", weighted, pt), LiveValues.result(flNegative)),
                flNegative);
        double ceStart = FocalCurves.ce(ptNegative);
        double ceUnbiased = FocalCurves.ce(0.5);
        Formula unbiased = new Formula(
                new Tex("\\mathrm{CE}(1 - \\pi) \\ll \\mathrm{CE}(0.5) = \\log 2", "CE(1 − π) ≪ CE(0.5) = log 2"),
                Tex.of("\\mathrm{CE}(%s) = %s \\ll %s", "CE(%s) = %s ≪ %s", pt, LiveValues.result(ceStart),
                        LiveValues.result(ceUnbiased)),
                ceStart);
        return List.of(biasFormula, probability, negative, unbiased);
    }
}
