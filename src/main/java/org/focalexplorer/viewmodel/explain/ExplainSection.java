package org.focalexplorer.viewmodel.explain;

import java.util.EnumSet;
import java.util.Set;
import org.focalexplorer.settings.Feature;

/** The explanations, in reading order, each with the features (tabs) it is about. */
public enum ExplainSection {
    /** Cross-entropy and p_t. */
    CROSS_ENTROPY("crossEntropy", EnumSet.of(Feature.CURVES)),
    /** The modulating factor (1 − p_t)^γ and what γ does. */
    FOCAL_TERM("focalTerm", EnumSet.of(Feature.CURVES, Feature.CLASSIFIER, Feature.MULTICLASS, Feature.PREDICTIONS)),
    /** α_t and why the paper pairs α = 0.25 with γ = 2 (Table 1a/1b). */
    ALPHA("alpha", EnumSet.of(Feature.CURVES, Feature.CLASSIFIER, Feature.MULTICLASS, Feature.PREDICTIONS)),
    /** The gradients (Appendix B). */
    GRADIENT("gradient", EnumSet.of(Feature.CURVES)),
    /** FL* (Appendix A). */
    FL_STAR("flStar", EnumSet.of(Feature.CURVES)),
    /** The prior-probability initialisation of the last bias. */
    PRIOR("prior", EnumSet.of(Feature.CLASSIFIER));

    private final String key;
    private final Set<Feature> features;

    ExplainSection(String key, Set<Feature> features) {
        this.key = key;
        this.features = features;
    }

    /** The bundle keys of this section start with {@code explain.<key>.}. */
    public String key() {
        return key;
    }

    public boolean isAbout(Feature f) {
        return features.contains(f);
    }
}
