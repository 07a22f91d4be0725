package org.focalexplorer.io.predictions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.focalexplorer.analysis.predictions.Figure4Curve;
import org.focalexplorer.analysis.predictions.LossBreakdown;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.Shares;

/**
 * The JSON of {@code analyse --json}: one object. Figure 4 is given at every {@link #FIGURE4_STEP} of the
 * examples (x = 0, 0.05, …, 1), y at the rank round(x·n) of each class. Non-finite numbers (a share of a
 * zero total) are null.
 */
public final class PredictionJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Figure 4 points in the JSON: every 5 % (every 5th of the report's 101 points). */
    public static final int FIGURE4_STEP = 5;

    private PredictionJson() {}

    public static String write(String file, PredictionReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("kind", r.binary() ? "binary" : "multiclass");
        o.put("rows", r.rows());
        if (r.binary()) {
            o.put("positives", r.positives());
            o.put("negatives", r.classCounts().get(0));
        } else {
            ArrayNode cc = o.putArray("class_counts");
            r.classCounts().forEach(cc::add);
            o.put("negative_class", r.negativeClass());
        }
        o.put("scores", r.summary().scoreKind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("clamped_probabilities", r.summary().clampedProbabilities());
        o.put("ignored_rows", r.summary().ignoredRows());
        o.put("skipped_rows", r.summary().skippedRows());
        o.put("gamma", r.gamma());
        ArrayNode alphas = o.putArray("alpha_by_class");
        r.alphas().forEach(alphas::add);
        ObjectNode loss = o.putObject("loss_share");
        ObjectNode grad = o.putObject("gradient_share");
        ObjectNode classShare = o.putObject("class_loss_share");
        ObjectNode hardest = o.putObject("hardest_share");
        ObjectNode eff = o.putObject("effective_examples_by_loss");
        ObjectNode totals = o.putObject("total_loss");
        for (LossBreakdown b : r.losses()) {
            shares(loss.putObject(b.id()), b.loss());
            shares(grad.putObject(b.id()), b.gradient());
            ArrayNode cs = classShare.putArray(b.id());
            b.classShares().forEach(v -> number(cs, v));
            number(hardest, b.id(), b.hardestShare());
            number(eff, b.id(), b.effectiveExamples());
            number(totals, b.id(), b.totalLoss());
        }
        o.put("hardest_fraction", r.hardestFraction());
        number(o, "hardest_" + Math.round(r.hardestFraction() * 100) + "pct_share", r.focal().hardestShare());
        number(o, "effective_examples", r.focal().effectiveExamples());
        ObjectNode fig = o.putObject("figure4");
        ArrayNode x = fig.putArray("x");
        for (int j = 0; j < 101; j += FIGURE4_STEP) {
            x.add(j / 100.0);
        }
        ObjectNode pos = fig.putObject("positives");
        ObjectNode neg = fig.putObject("negatives");
        for (Figure4Curve c : r.figure4()) {
            String key = gammaKey(c.gamma());
            curve(pos.putArray(key), c.positivesY());
            curve(neg.putArray(key), c.negativesY());
        }
        return o.toString();
    }

    /** "0", "0.5", "2": γ as a key. */
    static String gammaKey(double g) {
        return g == Math.rint(g) ? Long.toString((long) g) : Double.toString(g);
    }

    private static void curve(ArrayNode into, double[] y) {
        if (y.length == 0) {
            return;
        }
        // the report's points are at j = 0 … P−1 (P = 101, or n + 1 for a class of fewer than 100 examples)
        for (int j = 0; j < 101; j += FIGURE4_STEP) {
            int at = (int) Math.round(j * (y.length - 1) / 100.0);
            number(into, y[at]);
        }
    }

    private static void shares(ObjectNode o, Shares s) {
        number(o, "easy_negatives", s.easyNegatives());
        number(o, "hard", s.hard());
        number(o, "positives", s.positives());
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void number(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }
}
