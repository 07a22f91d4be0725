package org.focalexplorer.viewmodel.code;

/** A place where the libraries' meanings differ, shown when it matters for the current settings. */
public enum CodeWarning {
    /** torchvision, α off: only a negative alpha disables α; its default is 0.25. */
    TORCHVISION_ALPHA_OFF("torchvisionAlphaOff"),
    /** smp, α off: alpha=None; a negative alpha (torchvision's sentinel) would really multiply. */
    SMP_ALPHA_OFF("smpAlphaOff"),
    /** smp multiclass: one-vs-rest sigmoids summed over classes, not a softmax. */
    SMP_MULTICLASS_ONE_VS_REST("smpOneVsRest"),
    /** Keras binary, α on: alpha counts only with apply_class_balancing=True. */
    KERAS_BALANCING_ON("kerasBalancingOn"),
    /** Keras binary, α off: apply_class_balancing=False, alpha ignored. */
    KERAS_BALANCING_OFF("kerasBalancingOff"),
    /** Keras categorical, α off: its default alpha=0.25 scales every class; there is no switch, so alpha=1.0. */
    KERAS_CATEGORICAL_DEFAULT_ALPHA("kerasCategoricalDefaultAlpha"),
    /** Keras categorical, α on, mean: Keras divides by the rows, not by Σ α_y. */
    KERAS_CATEGORICAL_NOT_NORMALISED("kerasCategoricalNotNormalised"),
    /** Softmax with α vector, mean: divided by Σ α_y, as cross_entropy(weight=α). */
    SOFTMAX_ALPHA_NORMALISED("softmaxAlphaNormalised"),
    /** Binary mean over all elements: negatives count in the denominator, unlike the paper. */
    MEAN_OVER_ALL_ELEMENTS("meanAllElements"),
    /** Binary mean over positives: the paper's normalisation, written as sum / num_pos. */
    MEAN_OVER_POSITIVES("meanPositives"),
    /** Soft targets, linear p_t (torchvision, Keras). */
    SOFT_TARGETS_LINEAR("softLinear"),
    /** Soft targets, geometric p_t (smp). */
    SOFT_TARGETS_GEOMETRIC("softGeometric"),
    /** Keras binary: the mean over the last axis comes first; the snippet reshapes to (N, 1). */
    KERAS_LAST_AXIS("kerasLastAxis"),
    /** Keras: probabilities clipped to [1e-7, 1 − 1e-7], float32 by default. */
    KERAS_CLIPS("kerasClips");

    private final String id;

    CodeWarning(String id) {
        this.id = id;
    }

    /** The bundle key is {@code code.warning.<id>}. */
    public String id() {
        return id;
    }
}
