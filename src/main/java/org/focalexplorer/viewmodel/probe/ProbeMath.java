package org.focalexplorer.viewmodel.probe;

import org.focalexplorer.settings.ProbePosition;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.viewmodel.curves.CoreSeries;
import org.focalexplorer.viewmodel.parameters.Parameters;

/** The readout at a probe position: the core's functions of p_t or of x_t, whichever the user set. */
final class ProbeMath {
    private ProbeMath() {}

    static ProbeReadout readout(ProbePosition at, Parameters p) {
        double a = p.alphaT();
        double g = p.gamma();
        double xt = at.xt();
        double pt = at.pt();
        double ce;
        double alphaCe;
        double fl;
        double factor;
        double ratio;
        if (at.fromProbability()) {
            ce = FocalCurves.ce(pt);
            alphaCe = FocalCurves.fl(pt, a, 0.0);
            fl = FocalCurves.fl(pt, a, g);
            factor = FocalCurves.modulatingFactor(pt, g);
            ratio = FocalCurves.ratioCeOverFl(pt, a, g);
        } else {
            ce = FocalCurves.ceOfLogit(xt);
            alphaCe = FocalCurves.flOfLogit(xt, a, 0.0);
            fl = FocalCurves.flOfLogit(xt, a, g);
            factor = FocalCurves.modulatingFactorOfLogit(xt, g);
            ratio = CoreSeries.ratioOfLogit(xt, a, g);
        }
        boolean hasFlStar = g > 0.0;
        return new ProbeReadout(pt, xt, ce, alphaCe, fl,
                hasFlStar ? FocalCurves.flStarOfLogit(xt, g, p.beta()) : Double.NaN,
                factor, ratio,
                FocalCurves.ceGradient(xt),
                FocalCurves.flGradient(xt, a, g),
                hasFlStar ? FocalCurves.flStarGradient(xt, g, p.beta()) : Double.NaN);
    }
}
