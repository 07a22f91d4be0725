package org.focalexplorer.viewmodel.lessons;

import org.focalexplorer.loss.FocalCurves;

/**
 * Where FL's gradient exceeds CE's, and by how much, computed from the loss core (α off). The lessons
 * quote these instead of "focal loss pushes harder on hard examples", which holds only below this p_t
 * and only by this much (issue #12).
 */
final class GradientFocus {
    /** Grid of the search for the largest ratio: 10⁻⁴ in p_t is finer than the 3 digits quoted. */
    private static final int STEPS = 10_000;

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

    /** The largest ratio over p_t in (0, 1), on a grid of 10⁻⁴. */
    static double largestRatio(double gamma) {
        double best = 0.0;
        for (int i = 1; i < STEPS; i++) {
            best = Math.max(best, ratio((double) i / STEPS, gamma));
        }
        return best;
    }
}
