package org.focalexplorer.settings;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.loss.SoftTargetConvention;

/** Which library call the code panel writes; each belongs to one framework. */
public enum CodeVariant {
    /** torchvision.ops.sigmoid_focal_loss. */
    TORCHVISION("torchvision", Framework.PYTORCH),
    /** segmentation_models_pytorch FocalLoss(mode="binary"). */
    SMP_BINARY("smpBinary", Framework.PYTORCH),
    /** segmentation_models_pytorch FocalLoss(mode="multilabel"). */
    SMP_MULTILABEL("smpMultilabel", Framework.PYTORCH),
    /** segmentation_models_pytorch FocalLoss(mode="multiclass"): one-vs-rest sigmoids summed over classes. */
    SMP_MULTICLASS("smpMulticlass", Framework.PYTORCH),
    /** A softmax focal loss with a per-class α vector, normalised by Σ α_y (written out, no library has it). */
    SOFTMAX_ALPHA("softmaxAlpha", Framework.PYTORCH),
    /** keras.losses.BinaryFocalCrossentropy. */
    KERAS_BINARY("kerasBinary", Framework.KERAS),
    /** keras.losses.CategoricalFocalCrossentropy. */
    KERAS_CATEGORICAL("kerasCategorical", Framework.KERAS);

    private final String id;
    private final Framework framework;

    CodeVariant(String id, Framework framework) {
        this.id = id;
        this.framework = framework;
    }

    /** Used in bundle keys and node ids. */
    public String id() {
        return id;
    }

    public Framework framework() {
        return framework;
    }

    /** One logit per element against a target in [0, 1] (binary or multilabel); "positives" mean targets equal to 1. */
    public boolean binaryTargets() {
        return this == TORCHVISION || this == SMP_BINARY || this == SMP_MULTILABEL || this == KERAS_BINARY;
    }

    /** Integer class labels with a per-class α vector (the softmax losses). */
    public boolean alphaVector() {
        return this == SOFTMAX_ALPHA || this == KERAS_CATEGORICAL;
    }

    /** How the library defines p_t for a soft target; only meaningful where {@link #binaryTargets()}. */
    public SoftTargetConvention convention() {
        return this == SMP_BINARY || this == SMP_MULTILABEL || this == SMP_MULTICLASS
                ? SoftTargetConvention.SMP_GEOMETRIC : SoftTargetConvention.TORCHVISION_LINEAR;
    }

    public static List<CodeVariant> of(Framework framework) {
        List<CodeVariant> list = new ArrayList<>();
        for (CodeVariant v : values()) {
            if (v.framework == framework) {
                list.add(v);
            }
        }
        return List.copyOf(list);
    }
}
