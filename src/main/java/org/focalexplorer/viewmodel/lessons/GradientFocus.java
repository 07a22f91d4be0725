package org.focalexplorer.viewmodel.lessons;

import org.focalexplorer.loss.FocalCurves;

/**
 * Where FL's gradient exceeds CE's, and by how much, computed from the loss core (α off). The lessons
 * quote these instead of "focal loss pushes harder on hard examples", which holds only below this p_t
 * and only by this much (issue #12).
 */
final class GradientFocus {
    private GradientFocus() {}

    /**
     * |dL/dx_t| of a hard and an easy example under CE and FL (α off), and FL's at the hard one with α on:
     * the numbers lesson 4 and its questions quote.
     */
    record Pulls(double ceHard, double flHard, double ceEasy, double flEasy, double flHardAlpha) {
        static Pulls at(double hardPt, double easyPt, double gamma, double alpha) {
            double hardX = FocalCurves.logitOf(hardPt);
            double easyX = FocalCurves.logitOf(easyPt);
            return new Pulls(Math.abs(FocalCurves.ceGradient(hardX)), Math.abs(FocalCurves.flGradient(hardX, 1.0, gamma)),
                    Math.abs(FocalCurves.ceGradient(easyX)), Math.abs(FocalCurves.flGradient(easyX, 1.0, gamma)),
                    Math.abs(FocalCurves.flGradient(hardX, alpha, gamma)));
        }
    }

    /** |dFL/dx_t| / |dCE/dx_t| at p_t, α off. */
    static double ratio(double pt, double gamma) {
        double x = FocalCurves.logitOf(pt);
        return FocalCurves.flGradient(x, 1.0, gamma) / FocalCurves.ceGradient(x);
    }

    /** The p_t below which FL's gradient is larger than CE's (γ > 1: the ratio falls through 1 once). */
    static double crossover(double gamma) {
        double lo = 1e-6;
        double hi = 0.5;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (ratio(mid, gamma) > 1.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The largest ratio over p_t in (0, 1). The ratio rises from 1 (p_t → 0) to one peak and then falls
     * (γ > 1), so a golden-section search finds it in about 60 evaluations; a grid of 10⁴ points did the
     * same work at every start of the app (5 % of the FX thread's time to the first frame, issue #14).
     */
    static double largestRatio(double gamma) {
        double hi = gamma > 1 ? crossover(gamma) : 0.5;
        double lo = 1e-9;
        double invPhi = (Math.sqrt(5) - 1) / 2;
        double a = hi - invPhi * (hi - lo);
        double b = lo + invPhi * (hi - lo);
        double fa = ratio(a, gamma);
        double fb = ratio(b, gamma);
        for (int i = 0; i < 80 && hi - lo > 1e-12; i++) {
            if (fa < fb) {
                lo = a;
                a = b;
                fa = fb;
                b = lo + invPhi * (hi - lo);
                fb = ratio(b, gamma);
            } else {
                hi = b;
                b = a;
                fb = fa;
                a = hi - invPhi * (hi - lo);
                fa = ratio(a, gamma);
            }
        }
        return Math.max(Math.max(fa, fb), ratio(1e-9, gamma));
    }
}
