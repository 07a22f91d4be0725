package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/** A model's loss as the user reads it: "CE", "α-balanced CE (α = 0.75)", "FL (γ = 2, α = 0.25)". */
final class LossNames {
    private LossNames() {}

    static String of(FocalSetting loss, Messages m) {
        if (loss.isCrossEntropy()) {
            return loss.hasAlpha() ? m.format("series.alphaCe", NumberText.exact(loss.alpha())) : m.get("series.ce");
        }
        return loss.hasAlpha()
                ? m.format("series.fl.alpha", NumberText.exact(loss.gamma()), NumberText.exact(loss.alpha()))
                : m.format("series.fl", NumberText.exact(loss.gamma()));
    }
}
