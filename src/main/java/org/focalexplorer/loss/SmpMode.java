package org.focalexplorer.loss;

import java.util.Locale;

/** The modes of segmentation_models_pytorch's {@code FocalLoss}. */
public enum SmpMode {
    /** One logit per position; targets in [0, 1] of the same shape. */
    BINARY,
    /** C independent logits per position; targets in [0, 1] of the same shape. */
    MULTILABEL,
    /**
     * C logits per position and one integer label: one-vs-rest, the <em>sum over classes</em> of the
     * binary focal loss of logit c against (label == c). Sigmoid per class, not softmax.
     */
    MULTICLASS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SmpMode fromId(String id) {
        for (SmpMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode = \"" + id + "\": expected binary, multilabel or multiclass");
    }
}
