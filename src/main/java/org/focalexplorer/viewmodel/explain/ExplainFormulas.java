package org.focalexplorer.viewmodel.explain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.toy.ModelSpec;

/**
 * The formulas of every section, general and with the current values substituted. Every result is a
 * value of the loss core (through the probe's readout, or {@link FocalCurves} and {@link ModelSpec}
 * directly); nothing is computed here but the text.
 */
final class ExplainFormulas {
    private static final String FL = "\\mathrm{FL}";
    private static final String CE = "\\mathrm{CE}";

    private ExplainFormulas() {}

    static Map<ExplainSection, List<Formula>> of(LiveValues v) {
        Map<ExplainSection, List<Formula>> all = new EnumMap<>(ExplainSection.class);
        all.put(ExplainSection.CROSS_ENTROPY, crossEntropy(v));
        all.put(ExplainSection.FOCAL_TERM, focalTerm(v));
        all.put(ExplainSection.ALPHA, alpha(v));
        all.put(ExplainSection.GRADIENT, gradient(v));
        all.put(ExplainSection.FL_STAR, FlStarFormulas.of(v));
        all.put(ExplainSection.PRIOR, PriorFormulas.of(v));
        return all;
    }

    /** A brace with the value for y = 1 and for y = 0 (JLaTeXMath's own "cases" leaves no gap between the columns). */
    private static String cases(String positive, String negative) {
        return "\\left\\{ \\begin{array}{ll} " + positive + " & \\quad y = 1 \\\\ " + negative
                + " & \\quad y = 0 \\end{array} \\right.";
    }

    private static List<Formula> crossEntropy(LiveValues v) {
        Tex pt = v.pt();
        Formula definition = Formula.general(new Tex(
                "p_t = " + cases("p", "1 - p"),
                "pₜ = p (y = 1); pₜ = 1 − p (y = 0)"));
        Formula ce = new Formula(new Tex(CE + "(p_t) = -\\log p_t", "CE(pₜ) = −log pₜ"),
                Tex.equation(Tex.of(CE + "(%s)", "CE(%s)", pt), Tex.of("-\\log %s", "−log %s", pt),
                        LiveValues.result(v.readout().ce())),
                v.readout().ce());
        Formula logit = new Formula(new Tex("\\begin{aligned} x_t &= \\log \\frac{p_t}{1 - p_t} \\\\ p_t &= \\sigma(x_t) = \\frac{1}{1 + e^{-x_t}}"
                + " \\end{aligned}",
                "xₜ = log(pₜ / (1 − pₜ)), pₜ = σ(xₜ) = 1 / (1 + e^(−xₜ))"),
                Tex.equation(Tex.same("x_t"), Tex.of("\\log \\frac{%1$s}{1 - %1$s}", "log(%1$s / (1 − %1$s))", pt),
                        Tex.number(v.at().xt(), 4)),
                v.at().xt());
        return List.of(definition, ce, logit);
    }

    private static List<Formula> focalTerm(LiveValues v) {
        Tex pt = v.pt();
        Tex factor = v.factor();
        Tex weighted = v.weightedFactor();
        Formula fl = new Formula(
                new Tex(FL + "(p_t) = -\\alpha_t\\,(1 - p_t)^{\\gamma}\\,\\log p_t", "FL(pₜ) = −αₜ (1 − pₜ)^γ log pₜ"),
                Tex.equation(Tex.of(FL + "(%s)", "FL(%s)", pt),
                        Tex.of("-%s \\cdot \\log %s", "−%s · log %s", weighted, pt),
                        LiveValues.result(v.readout().fl())),
                v.readout().fl());
        Formula modulating = new Formula(new Tex("(1 - p_t)^{\\gamma}", "(1 − pₜ)^γ"),
                Tex.of("%s = %s", "%s = %s", factor, LiveValues.result(v.readout().modulatingFactor())),
                v.readout().modulatingFactor());
        Formula ratio = new Formula(
                new Tex("\\frac{" + CE + "}{" + FL + "} = \\frac{1}{\\alpha_t\\,(1 - p_t)^{\\gamma}}",
                        "CE / FL = 1 / (αₜ (1 − pₜ)^γ)"),
                Tex.of("\\frac{1}{%s} = %s", "1 / (%s) = %s", weighted, LiveValues.result(v.readout().ratio())),
                v.readout().ratio());
        return List.of(fl, modulating, ratio);
    }

    private static List<Formula> alpha(LiveValues v) {
        Tex pt = v.pt();
        Tex weights = v.alphaOn()
                ? Tex.of("\\alpha_t = %1$s \\;(y = 1), \\quad 1 - %1$s = %2$s \\;(y = 0)",
                        "αₜ = %1$s (y = 1); 1 − %1$s = %2$s (y = 0)", v.alpha(), v.oneMinusAlpha())
                : new Tex("\\alpha_t = 1", "αₜ = 1");
        Formula definition = new Formula(new Tex(
                "\\alpha_t = " + cases("\\alpha", "1 - \\alpha"),
                "αₜ = α (y = 1); αₜ = 1 − α (y = 0)"), weights, v.parameters().alphaT());
        Tex balanced = v.alphaOn() ? Tex.of("-%s \\cdot \\log %s", "−%s · log %s", v.alpha(), pt)
                : Tex.of("-\\log %s", "−log %s", pt);
        Formula ce = new Formula(new Tex(CE + "_{\\alpha}(p_t) = -\\alpha_t \\log p_t", "CEα(pₜ) = −αₜ log pₜ"),
                Tex.equation(Tex.of(CE + "_{\\alpha}(%s)", "CEα(%s)", pt), balanced,
                        LiveValues.result(v.readout().alphaCe())),
                v.readout().alphaCe());
        return List.of(definition, ce);
    }

    private static List<Formula> gradient(LiveValues v) {
        Tex pt = v.pt();
        Formula ce = new Formula(new Tex("\\frac{\\partial\\," + CE + "}{\\partial x_t} = p_t - 1", "∂CE/∂xₜ = pₜ − 1"),
                Tex.of("%s - 1 = %s", "%s − 1 = %s", pt, LiveValues.result(v.readout().ceGradient())),
                v.readout().ceGradient());
        Tex weighted = v.weightedFactor();
        // Two lines inside the aligned equation: the side panel is narrow.
        Tex sub = Tex.of("%1$s \\\\ &\\quad \\cdot (%2$s \\cdot %3$s \\cdot \\log %3$s + %3$s - 1)",
                "%1$s · (%2$s · %3$s · log %3$s + %3$s − 1)", weighted, v.gamma(), pt);
        Formula fl = new Formula(new Tex(
                "\\begin{aligned} \\frac{\\partial\\," + FL + "}{\\partial x_t} &= \\alpha_t\\,(1 - p_t)^{\\gamma}"
                        + " \\\\ &\\quad \\cdot (\\gamma\\, p_t \\log p_t + p_t - 1) \\end{aligned}",
                "∂FL/∂xₜ = αₜ (1 − pₜ)^γ (γ pₜ log pₜ + pₜ − 1)"),
                Tex.equation(new Tex("\\frac{\\partial\\," + FL + "}{\\partial x_t}", "∂FL/∂xₜ"), sub,
                        LiveValues.result(v.readout().flGradient())),
                v.readout().flGradient());
        return List.of(ce, fl);
    }
}
