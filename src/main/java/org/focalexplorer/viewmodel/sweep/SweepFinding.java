package org.focalexplorer.viewmodel.sweep;

import java.util.List;
import java.util.Optional;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * What a finished sweep says about a larger γ, from its own numbers (the team rule: show what the toy gives,
 * never what the paper leads one to expect). It compares the best row at γ = 5 with the best at γ = 2 seed by
 * seed — the same seed means the same data, initial weights and batches — and says in how many seeds γ = 5
 * scored lower, beside both means.
 */
final class SweepFinding {
    private SweepFinding() {}

    static String of(List<SweepResult> results, Messages m) {
        Optional<SweepResult> five = best(results, 5.0);
        Optional<SweepResult> two = best(results, 2.0);
        if (five.isEmpty() || two.isEmpty()) {
            return "";
        }
        double[] a = five.get().ap();
        double[] b = two.get().ap();
        int paired = 0;
        int lower = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                paired++;
                if (a[i] < b[i]) {
                    lower++;
                }
            }
        }
        if (paired == 0) {
            return "";
        }
        String fiveMean = NumberText.format(five.get().mean(), 3);
        String twoMean = NumberText.format(two.get().mean(), 3);
        String key;
        if (paired == 1) {
            key = lower == 1 ? "sweep.finding.lowerOneSeed" : "sweep.finding.notLowerOneSeed";
        } else if (lower == paired) {
            key = "sweep.finding.lowerEvery";
        } else if (lower == 0) {
            key = "sweep.finding.lowerNone";
        } else {
            key = "sweep.finding.mixed";
        }
        return m.format(key, fiveMean, twoMean, Integer.toString(lower), Integer.toString(paired));
    }

    /** The row with the highest mean AP at this γ (over its α values). */
    private static Optional<SweepResult> best(List<SweepResult> results, double gamma) {
        return results.stream().filter(r -> r.cell().gamma() == gamma && r.count() > 0)
                .max(java.util.Comparator.comparingDouble(SweepResult::mean));
    }
}
