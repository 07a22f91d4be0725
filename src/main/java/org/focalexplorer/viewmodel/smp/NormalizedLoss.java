package org.focalexplorer.viewmodel.smp;

import java.util.Map;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.LossBudget;

/**
 * What smp's {@code normalized=True} does to a population's loss (arXiv 1909.07829): every element's loss
 * is divided by S = max(Σ (1 − pₜ)^γ, eps), the sum of the focal terms before α. The population is the
 * loss budget's (n examples at one pₜ per group), so each sum is Σ over groups of n · (the core's value
 * for one example); a test checks this against the core's own normalised loss over the expanded population.
 *
 * @param count      number of examples
 * @param ceSum      Σ CE
 * @param flSum      Σ FL (α and γ as set; smp's reduced focal term while r is given)
 * @param focalSum   Σ (1 − pₜ)^γ — or the reduced term — the normaliser before the eps clamp
 * @param normalized Σ FL / max(focalSum, eps): what {@code reduction="sum"} returns with normalized=True
 */
public record NormalizedLoss(long count, double ceSum, double flSum, double focalSum, double normalized) {

    /** @param reducedThreshold smp's reduced_threshold r, or null */
    public static NormalizedLoss of(Map<BudgetGroup, LossBudget.Population> population, FocalSetting setting,
            Double reducedThreshold) {
        long n = 0;
        double ce = 0;
        double fl = 0;
        double focal = 0;
        for (BudgetGroup g : BudgetGroup.values()) {
            LossBudget.Population p = population.get(g);
            double x = FocalCurves.logitOf(p.pt());
            double alphaT = setting.alphaT(g.positive());
            double gamma = setting.gamma();
            n += p.count();
            ce += p.count() * FocalCurves.ceOfLogit(x);
            if (reducedThreshold == null) {
                fl += p.count() * FocalCurves.flOfLogit(x, alphaT, gamma);
                focal += p.count() * FocalCurves.modulatingFactorOfLogit(x, gamma);
            } else {
                fl += p.count() * FocalCurves.reducedFlOfLogit(x, alphaT, gamma, reducedThreshold);
                focal += p.count() * FocalCurves.reducedFactorOfLogit(x, gamma, reducedThreshold);
            }
        }
        return new NormalizedLoss(n, ce, fl, focal, fl / Math.max(focal, BinaryFocalParams.SMP_DEFAULT_EPS));
    }

    /** With {@code reduction="mean"} smp divides the normalised losses once more by the number of elements. */
    public double normalizedMean() {
        return normalized / count;
    }

    public double ceMean() {
        return ceSum / count;
    }
}
