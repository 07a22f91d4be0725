package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;

/**
 * The loss parameters of the multi-class lab, changeable between steps as one value.
 *
 * @param alphaVector the per-class α of weighted CE and the softmax focal loss
 * @param focal       γ of both focal losses; its scalar α (on or off) is the one-vs-rest focal loss's
 *                    (smp takes one α for every class)
 */
public record MulticlassLossParams(AlphaVector alphaVector, FocalSetting focal) {
    public MulticlassLossParams {
        if (alphaVector == null || focal == null) {
            throw new IllegalArgumentException("alpha vector and focal setting must not be null");
        }
    }

    public double gamma() {
        return focal.gamma();
    }

    public MulticlassLossParams withAlphaVector(AlphaVector a) {
        return new MulticlassLossParams(a, focal);
    }

    public MulticlassLossParams withFocal(FocalSetting f) {
        return new MulticlassLossParams(alphaVector, f);
    }
}
