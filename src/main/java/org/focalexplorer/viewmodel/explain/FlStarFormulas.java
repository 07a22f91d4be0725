package org.focalexplorer.viewmodel.explain;

import java.util.List;

/** FL* of the paper's Appendix A and its gradient; neither exists at γ = 0 (the live forms are null). */
final class FlStarFormulas {
    private static final String FL_STAR = "\\mathrm{FL}^{*}";

    private FlStarFormulas() {}

    static List<Formula> of(LiveValues v) {
        boolean defined = v.parameters().gamma() > 0.0;
        Tex argument = Tex.of("%s \\cdot %s + %s", "%s · %s + %s", v.gamma(), v.xt(), v.beta());
        Tex loss = defined
                ? Tex.equation(new Tex(FL_STAR, "FL*"),
                        Tex.of("-\\frac{\\log \\sigma(%1$s)}{%2$s}", "−log σ(%1$s) / %2$s", argument, v.gamma()),
                        LiveValues.result(v.readout().flStar()))
                : null;
        Tex gradient = defined
                ? Tex.of("-\\sigma(-(%s)) = %s", "−σ(−(%s)) = %s", argument,
                        LiveValues.result(v.readout().flStarGradient()))
                : null;
        return List.of(
                new Formula(new Tex(FL_STAR + " = -\\frac{\\log \\sigma(\\gamma x_t + \\beta)}{\\gamma}",
                        "FL* = −log σ(γ xₜ + β) / γ"), loss, v.readout().flStar()),
                new Formula(new Tex("\\frac{\\partial\\," + FL_STAR + "}{\\partial x_t} = -\\sigma(-(\\gamma x_t + \\beta))",
                        "∂FL*/∂xₜ = −σ(−(γ xₜ + β))"), gradient, v.readout().flStarGradient()));
    }
}
