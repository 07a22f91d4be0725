package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.settings.Framework;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SoftTargetConvention;

/** Which differences between the libraries matter for one set of settings, most important first. */
public final class CodeWarnings {
    private CodeWarnings() {}

    public static List<CodeWarning> of(CodeSettings s) {
        CodeVariant v = s.variant();
        List<CodeWarning> w = new ArrayList<>();
        boolean smp = v == CodeVariant.SMP_BINARY || v == CodeVariant.SMP_MULTILABEL || v == CodeVariant.SMP_MULTICLASS;
        if (v == CodeVariant.TORCHVISION && !s.alphaEnabled()) {
            w.add(CodeWarning.TORCHVISION_ALPHA_OFF);
        }
        if (smp && !s.alphaEnabled()) {
            w.add(CodeWarning.SMP_ALPHA_OFF);
        }
        if (v == CodeVariant.SMP_MULTICLASS) {
            w.add(CodeWarning.SMP_MULTICLASS_ONE_VS_REST);
        }
        if (v == CodeVariant.KERAS_BINARY) {
            w.add(s.alphaEnabled() ? CodeWarning.KERAS_BALANCING_ON : CodeWarning.KERAS_BALANCING_OFF);
        }
        if (v == CodeVariant.KERAS_CATEGORICAL) {
            if (!s.alphaEnabled()) {
                w.add(CodeWarning.KERAS_CATEGORICAL_DEFAULT_ALPHA);
            } else if (s.reduction() == Reduction.MEAN) {
                w.add(CodeWarning.KERAS_CATEGORICAL_NOT_NORMALISED);
            }
        }
        if (v == CodeVariant.SOFTMAX_ALPHA && s.alphaEnabled() && s.reduction() == Reduction.MEAN) {
            w.add(CodeWarning.SOFTMAX_ALPHA_NORMALISED);
        }
        if (v.binaryTargets() && s.reduction() == Reduction.MEAN) {
            w.add(s.dividesByPositives() ? CodeWarning.MEAN_OVER_POSITIVES : CodeWarning.MEAN_OVER_ALL_ELEMENTS);
        }
        if (v.binaryTargets() && s.targets() == TargetKind.SOFT) {
            w.add(v.convention() == SoftTargetConvention.SMP_GEOMETRIC
                    ? CodeWarning.SOFT_TARGETS_GEOMETRIC : CodeWarning.SOFT_TARGETS_LINEAR);
        }
        if (v == CodeVariant.KERAS_BINARY && (s.reduction() != Reduction.MEAN || s.dividesByPositives())) {
            w.add(CodeWarning.KERAS_LAST_AXIS);
        }
        if (v.framework() == Framework.KERAS) {
            w.add(CodeWarning.KERAS_CLIPS);
        }
        return List.copyOf(w);
    }
}
