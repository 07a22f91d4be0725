package org.focalexplorer.viewmodel.budget;

import java.util.EnumMap;
import java.util.Map;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;

/**
 * Where the total loss and the total gradient of a population come from, group by group, under CE,
 * α-CE and FL (the paper's argument in one table): each group is n examples at one p_t, so its loss is
 * n · α_t (1 − p_t)^γ CE(p_t) and its gradient n · |dL/dx_t|, both from the loss core. α_t is α for the
 * positives and 1 − α for the negatives while α is on, 1 while it is off (then α-CE is CE).
 *
 * @param lossShare     [loss][group] share of the loss's total, 0 to 1 (NaN when the total is 0)
 * @param gradientShare [loss][group] share of the total gradient magnitude
 */
public record LossBudget(Map<BudgetLoss, Map<BudgetGroup, Double>> lossShare,
                         Map<BudgetLoss, Map<BudgetGroup, Double>> gradientShare) {

    public static LossBudget of(Map<BudgetGroup, Population> population, FocalSetting setting) {
        Map<BudgetLoss, Map<BudgetGroup, Double>> loss = new EnumMap<>(BudgetLoss.class);
        Map<BudgetLoss, Map<BudgetGroup, Double>> gradient = new EnumMap<>(BudgetLoss.class);
        for (BudgetLoss l : BudgetLoss.values()) {
            Map<BudgetGroup, Double> lossTotals = new EnumMap<>(BudgetGroup.class);
            Map<BudgetGroup, Double> gradientTotals = new EnumMap<>(BudgetGroup.class);
            for (BudgetGroup g : BudgetGroup.values()) {
                Population p = population.get(g);
                double alphaT = l == BudgetLoss.CE ? 1.0 : setting.alphaT(g.positive());
                double gamma = l == BudgetLoss.FL ? setting.gamma() : 0.0;
                double x = FocalCurves.logitOf(p.pt());
                lossTotals.put(g, p.count() * FocalCurves.flOfLogit(x, alphaT, gamma));
                gradientTotals.put(g, p.count() * Math.abs(FocalCurves.flGradient(x, alphaT, gamma)));
            }
            loss.put(l, shares(lossTotals));
            gradient.put(l, shares(gradientTotals));
        }
        return new LossBudget(loss, gradient);
    }

    private static Map<BudgetGroup, Double> shares(Map<BudgetGroup, Double> totals) {
        double sum = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<BudgetGroup, Double> out = new EnumMap<>(BudgetGroup.class);
        totals.forEach((g, v) -> out.put(g, v / sum));
        return out;
    }

    public double lossShare(BudgetLoss l, BudgetGroup g) {
        return lossShare.get(l).get(g);
    }

    public double gradientShare(BudgetLoss l, BudgetGroup g) {
        return gradientShare.get(l).get(g);
    }

    /** n examples at p_t. */
    public record Population(long count, double pt) {}
}
