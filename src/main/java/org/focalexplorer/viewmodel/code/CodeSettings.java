package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.CodeVariant;
import java.util.Arrays;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.Reduction;

/**
 * Everything one code snippet depends on: the app's α (on/off) and γ, and the code panel's own options.
 *
 * @param alphaVector one weight per class, used by the softmax variants while α is on
 */
public record CodeSettings(CodeVariant variant, FocalSetting focal, Reduction reduction, MeanOver meanOver,
        TargetKind targets, double[] alphaVector) {

    public CodeSettings(CodeVariant variant, boolean alphaEnabled, double alpha, double gamma, Reduction reduction,
            MeanOver meanOver, TargetKind targets, double[] alphaVector) {
        this(variant, new FocalSetting(alphaEnabled, alpha, gamma), reduction, meanOver, targets, alphaVector);
    }

    public boolean alphaEnabled() {
        return focal.alphaOn();
    }

    public double alpha() {
        return focal.alpha();
    }

    public double gamma() {
        return focal.gamma();
    }

    public CodeSettings {
        if (variant == null || focal == null || reduction == null || meanOver == null || targets == null
                || alphaVector == null) {
            throw new IllegalArgumentException("variant, focal, reduction, meanOver, targets and alphaVector must not be null");
        }
        if (reduction == Reduction.BATCHWISE_MEAN) {
            throw new IllegalArgumentException("reduction = batchwise_mean: the code panel writes none, mean or sum");
        }
        alphaVector = alphaVector.clone();
    }

    /** The paper's normalisation: the summed loss divided by the number of positives (binary targets only). */
    public boolean dividesByPositives() {
        return reduction == Reduction.MEAN && meanOver == MeanOver.POSITIVES && variant.binaryTargets();
    }

    @Override
    public double[] alphaVector() {
        return alphaVector.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeSettings s && variant == s.variant && focal.equals(s.focal)
                && reduction == s.reduction && meanOver == s.meanOver && targets == s.targets
                && Arrays.equals(alphaVector, s.alphaVector);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {variant, focal, reduction, meanOver, targets})
                * 31 + Arrays.hashCode(alphaVector);
    }

    @Override
    public String toString() {
        return "CodeSettings[" + variant + ", alpha " + (alphaEnabled() ? alpha() : "off") + ", gamma " + gamma() + ", "
                + reduction + ", mean over " + meanOver + ", " + targets + " targets, alpha vector "
                + Arrays.toString(alphaVector) + "]";
    }
}
