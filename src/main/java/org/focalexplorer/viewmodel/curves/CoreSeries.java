package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.loss.FocalCurves;

/** The loss core's curves evaluated on a grid: each y[i] is one call of {@link FocalCurves} at x_t[i]. */
public final class CoreSeries {
    private CoreSeries() {}

    public static double[] ce(Grid g) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.ceOfLogit(xt[i]);
        }
        return y;
    }

    public static double[] fl(Grid g, double alphaT, double gamma) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.flOfLogit(xt[i], alphaT, gamma);
        }
        return y;
    }

    public static double[] flStar(Grid g, double gamma, double beta) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.flStarOfLogit(xt[i], gamma, beta);
        }
        return y;
    }

    /** smp's reduced focal loss of a positive at each grid point ({@link FocalCurves#reducedFlOfLogit}). */
    public static double[] reducedFl(Grid g, double alphaT, double gamma, double r) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.reducedFlOfLogit(xt[i], alphaT, gamma, r);
        }
        return y;
    }

    /** smp's reduced focal term ((1 − pₜ)/r)^γ, 1 below r ({@link FocalCurves#reducedFactorOfLogit}). */
    public static double[] reducedFactor(Grid g, double gamma, double r) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.reducedFactorOfLogit(xt[i], gamma, r);
        }
        return y;
    }

    public static double[] ceGradient(Grid g) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.ceGradient(xt[i]);
        }
        return y;
    }

    public static double[] flGradient(Grid g, double alphaT, double gamma) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.flGradient(xt[i], alphaT, gamma);
        }
        return y;
    }

    public static double[] flStarGradient(Grid g, double gamma, double beta) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.flStarGradient(xt[i], gamma, beta);
        }
        return y;
    }

    public static double[] modulatingFactor(Grid g, double gamma) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = FocalCurves.modulatingFactorOfLogit(xt[i], gamma);
        }
        return y;
    }

    public static double[] ratio(Grid g, double alphaT, double gamma) {
        double[] xt = g.xt();
        double[] y = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            y[i] = ratioOfLogit(xt[i], alphaT, gamma);
        }
        return y;
    }

    /**
     * CE / FL at a logit: {@link FocalCurves#ratioCeOverFl}'s definition 1 / (α_t (1 − p_t)^γ) with the
     * factor taken from the logit, so it stays exact where p_t rounds to 1 (the core has the ratio only
     * as a function of p_t).
     */
    public static double ratioOfLogit(double xt, double alphaT, double gamma) {
        return 1.0 / (alphaT * FocalCurves.modulatingFactorOfLogit(xt, gamma));
    }
}
