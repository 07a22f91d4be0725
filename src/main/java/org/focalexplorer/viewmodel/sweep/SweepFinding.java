package org.focalexplorer.viewmodel.sweep;

import java.util.List;
import java.util.Optional;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * What a finished sweep says about a larger γ, from its own numbers (the team rule: show what the toy gives,
 * never what the paper leads one to expect). It compares the best row at γ = 5 with the best at γ = 2 and
 * calls a difference smaller than the larger of the two seed scatters (sd) "within the seeds' scatter".
 */
final class SweepFinding {
    private SweepFinding() {}

    static String of(List<SweepResult> results, Messages m) {
        Optional<SweepResult> five = best(results, 5.0);
        Optional<SweepResult> two = best(results, 2.0);
        if (five.isEmpty() || two.isEmpty()) {
            return "";
        }
        SweepResult a = five.get();
        SweepResult b = two.get();
        double diff = a.mean() - b.mean();
        double scatter = Math.max(nz(a.sd()), nz(b.sd()));
        String five3 = NumberText.format(a.mean(), 3);
        String two3 = NumberText.format(b.mean(), 3);
        if (a.count() < 2 || b.count() < 2) {
            return m.format(diff < 0 ? "sweep.finding.lowerOneSeed" : "sweep.finding.notLowerOneSeed", five3, two3);
        }
        String sd = NumberText.format(scatter, 2);
        if (Math.abs(diff) <= scatter) {
            return m.format("sweep.finding.within", five3, two3, sd);
        }
        return m.format(diff < 0 ? "sweep.finding.lower" : "sweep.finding.higher", five3, two3, sd);
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    /** The row with the highest mean AP at this γ (over its α values). */
    private static Optional<SweepResult> best(List<SweepResult> results, double gamma) {
        return results.stream().filter(r -> r.cell().gamma() == gamma && r.count() > 0)
                .max(java.util.Comparator.comparingDouble(SweepResult::mean));
    }
}
