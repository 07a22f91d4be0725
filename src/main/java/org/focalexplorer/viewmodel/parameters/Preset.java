package org.focalexplorer.viewmodel.parameters;

/** Settings from the paper, one click each. */
public enum Preset {
    /** The paper's best RetinaNet setting: γ = 2, α = 0.25. */
    PAPER_DEFAULT("preset.paper", true, 0.25, 2.0),
    /** γ = 0 without α: plain cross-entropy. */
    CROSS_ENTROPY("preset.ce", false, 0.25, 0.0),
    /** Table 1a's best α-balanced CE: α = 0.75, γ = 0. */
    ALPHA_BALANCED_CE("preset.alphaCe", true, 0.75, 0.0);

    private final String labelKey;
    private final boolean alphaEnabled;
    private final double alpha;
    private final double gamma;

    Preset(String labelKey, boolean alphaEnabled, double alpha, double gamma) {
        this.labelKey = labelKey;
        this.alphaEnabled = alphaEnabled;
        this.alpha = alpha;
        this.gamma = gamma;
    }

    /** Bundle key of the button text; {@code labelKey + ".tooltip"} explains it. */
    public String labelKey() {
        return labelKey;
    }

    public boolean alphaEnabled() {
        return alphaEnabled;
    }

    public double alpha() {
        return alpha;
    }

    public double gamma() {
        return gamma;
    }
}
