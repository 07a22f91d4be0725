package org.focalexplorer.io;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.analysis.sweep.PaperTable1b;
import org.focalexplorer.analysis.sweep.SweepResult;

/**
 * An α × γ sweep as CSV, one row per cell at full precision: γ, α, steps, seeds run, mean and sd of the
 * test AP, each seed's AP (empty where not run or diverged), and the paper's COCO AP where its Table 1b has
 * the cell. The app's export and {@code train --sweep --csv} write the same text.
 */
public final class SweepCsv {
    private SweepCsv() {}

    public static String of(AlphaGammaSweep.Plan plan, List<SweepResult> results) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("gamma", "alpha", "steps", "seeds_run", "ap_mean", "ap_sd"));
        for (int i = 0; i < plan.seeds(); i++) {
            header.add("ap_seed_" + (plan.base().seed() + i));
        }
        header.add("paper_coco_ap");
        table.add(header);
        for (SweepResult r : results) {
            List<String> line = new ArrayList<>(List.of(Double.toString(r.cell().gamma()), Double.toString(r.cell().alpha()),
                    Integer.toString(plan.steps()), Integer.toString(r.count()), num(r.mean()), num(r.sd())));
            for (double v : r.ap()) {
                line.add(num(v));
            }
            line.add(num(PaperTable1b.ap(r.cell())));
            table.add(line);
        }
        return CsvWriter.rows(table);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
