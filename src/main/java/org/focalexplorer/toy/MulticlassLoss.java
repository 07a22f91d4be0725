package org.focalexplorer.toy;

import java.util.Locale;

/** The losses of the multi-class lab; every one reads the same K logits of the network. */
public enum MulticlassLoss {
    /** torch {@code F.cross_entropy}: softmax, mean over the rows. */
    CE("ce"),
    /** torch {@code F.cross_entropy(weight=α)}: Σ α_y ℓ / Σ α_y (torch divides the mean by the summed weights). */
    WEIGHTED_CE("weighted-ce"),
    /**
     * The seed's softmax focal loss with a per-class α vector: Σ α_y (1 − p_y)^γ (−log p_y) / Σ α_y. At γ = 0
     * it is {@link #WEIGHTED_CE}.
     */
    SOFTMAX_FOCAL("softmax-focal"),
    /**
     * smp {@code FocalLoss(mode="multiclass")}: each logit through its own sigmoid, one binary focal loss per
     * class (one-vs-rest) with one scalar α for every class, Σ_c mean_r FL.
     */
    OVR_FOCAL("ovr-focal");

    private final String id;

    MulticlassLoss(String id) {
        this.id = id;
    }

    /** The name on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Whether the class probabilities are a softmax (false: independent sigmoids). */
    public boolean softmax() {
        return this != OVR_FOCAL;
    }

    /** Whether the loss uses the per-class α vector. */
    public boolean usesAlphaVector() {
        return this == WEIGHTED_CE || this == SOFTMAX_FOCAL;
    }

    public static MulticlassLoss fromId(String id) {
        for (MulticlassLoss l : values()) {
            if (l.id.equals(id.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("loss = \"" + id + "\": expected ce, weighted-ce, softmax-focal or ovr-focal");
    }
}
