package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.Predictions;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * One training point under one model, as the hover readout shows it; every value comes from the loss
 * core or the trainer's snapshot.
 *
 * @param role     the model whose side the point was hovered on
 * @param index    the point's index in the training set
 * @param positive its label
 * @param pt       the model's probability of the point's true class
 * @param xt       the logit of the true class (finite unless the model diverged)
 * @param ce       its cross-entropy −log p_t
 * @param fl       its focal loss −α_t (1 − p_t)^γ log p_t at the focal model's current α and γ
 * @param weight   its weight in the model's own loss relative to CE (1 under CE, α_t (1 − p_t)^γ under FL)
 */
public record PointReadout(ModelRole role, int index, boolean positive, double pt, double xt, double ce, double fl,
        double weight) {

    static PointReadout of(TrainingSnapshot s, ModelRole role, int index) {
        ModelState model = s.model(role);
        Predictions p = model.train();
        boolean positive = p.isPositive(index);
        double xt = positive ? p.logit(index) : -p.logit(index);
        FocalSetting focal = s.focalSetting();
        boolean finite = Double.isFinite(xt);
        return new PointReadout(role, index, positive, p.probabilityOfTrueClass(index), xt,
                finite ? FocalCurves.ceOfLogit(xt) : Double.NaN,
                finite ? FocalCurves.flOfLogit(xt, focal.alphaT(positive), focal.gamma()) : Double.NaN,
                model.pointWeight(index));
    }
}
