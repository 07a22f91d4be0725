package org.focalexplorer.viewmodel.lessons;

/** The shared α/γ a lesson step sets. */
public record ParameterSetup(boolean alphaEnabled, double alpha, double gamma) {

    /** α off: γ alone (γ = 0 is plain CE). */
    public static ParameterSetup gammaOnly(double gamma) {
        return new ParameterSetup(false, 0.25, gamma);
    }

    /** The paper's best setting with α on. */
    public static ParameterSetup withAlpha(double alpha, double gamma) {
        return new ParameterSetup(true, alpha, gamma);
    }
}
