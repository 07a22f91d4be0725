package org.focalexplorer.io.predictions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.focalexplorer.analysis.predictions.Figure4Curve;
import org.focalexplorer.analysis.predictions.LossBreakdown;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.Shares;

/**
 * The JSON of {@code analyse --json}: one object. Figure 4 is given at every {@link #FIGURE4_STEP} of the
 * examples (x = 0, 0.05, …, 1), y at the rank round(x·n) of each class. Non-finite numbers (a share of a
 * zero total) are null.
 *
 * <p>Written with Jackson's streaming generator (jackson-core) rather than a databind tree: the same numbers
 * and text (doubles as {@code JsonGenerator.writeNumber} writes them either way), without the cold start of
 * an {@code ObjectMapper}, which was about 0.6 s of CPU of a one-shot {@code analyse} run.
 */
public final class PredictionJson {
    private static final JsonFactory JSON = new JsonFactory();
    /** Figure 4 points in the JSON: every 5 % (every 5th of the report's 101 points). */
    public static final int FIGURE4_STEP = 5;

    private PredictionJson() {}

    public static String write(String file, PredictionReport r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, file, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, String file, PredictionReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("kind", r.binary() ? "binary" : "multiclass");
        g.writeNumberField("rows", r.rows());
        if (r.binary()) {
            g.writeNumberField("positives", r.positives());
            g.writeNumberField("negatives", r.classCounts().get(0));
        } else {
            g.writeArrayFieldStart("class_counts");
            for (long c : r.classCounts()) {
                g.writeNumber(c);
            }
            g.writeEndArray();
            g.writeNumberField("negative_class", r.negativeClass());
        }
        g.writeStringField("scores", r.summary().scoreKind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("clamped_probabilities", r.summary().clampedProbabilities());
        g.writeNumberField("ignored_rows", r.summary().ignoredRows());
        g.writeNumberField("skipped_rows", r.summary().skippedRows());
        g.writeNumberField("gamma", r.gamma());
        g.writeArrayFieldStart("alpha_by_class");
        for (double a : r.alphas()) {
            g.writeNumber(a);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("loss_share");
        for (LossBreakdown b : r.losses()) {
            shares(g, b.id(), b.loss());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("gradient_share");
        for (LossBreakdown b : r.losses()) {
            shares(g, b.id(), b.gradient());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("class_loss_share");
        for (LossBreakdown b : r.losses()) {
            g.writeArrayFieldStart(b.id());
            for (double v : b.classShares()) {
                number(g, v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("hardest_share");
        for (LossBreakdown b : r.losses()) {
            number(g, b.id(), b.hardestShare());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("effective_examples_by_loss");
        for (LossBreakdown b : r.losses()) {
            number(g, b.id(), b.effectiveExamples());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("total_loss");
        for (LossBreakdown b : r.losses()) {
            number(g, b.id(), b.totalLoss());
        }
        g.writeEndObject();
        g.writeNumberField("hardest_fraction", r.hardestFraction());
        number(g, "hardest_" + Math.round(r.hardestFraction() * 100) + "pct_share", r.focal().hardestShare());
        number(g, "effective_examples", r.focal().effectiveExamples());
        g.writeObjectFieldStart("figure4");
        g.writeArrayFieldStart("x");
        for (int j = 0; j < 101; j += FIGURE4_STEP) {
            g.writeNumber(j / 100.0);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("positives");
        for (Figure4Curve c : r.figure4()) {
            curve(g, gammaKey(c.gamma()), c.positivesY());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("negatives");
        for (Figure4Curve c : r.figure4()) {
            curve(g, gammaKey(c.gamma()), c.negativesY());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Loads and initialises the writer's classes (on a spare thread while the analysis is built, so that the
     * JSON at the end of a one-shot run does not wait for them). Writes nothing anywhere.
     */
    public static void warmUp() {
        try (JsonGenerator g = JSON.createGenerator(new StringWriter())) {
            g.writeStartObject();
            g.writeNumberField("x", 0.25);
            g.writeNumberField("n", 1L);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "0", "0.5", "2": γ as a key. */
    static String gammaKey(double g) {
        return g == Math.rint(g) ? Long.toString((long) g) : Double.toString(g);
    }

    private static void curve(JsonGenerator g, String key, double[] y) throws IOException {
        g.writeArrayFieldStart(key);
        // the report's points are at j = 0 … P−1 (P = 101, or n + 1 for a class of fewer than 100 examples)
        for (int j = 0; j < 101 && y.length > 0; j += FIGURE4_STEP) {
            int at = (int) Math.round(j * (y.length - 1) / 100.0);
            number(g, y[at]);
        }
        g.writeEndArray();
    }

    private static void shares(JsonGenerator g, String id, Shares s) throws IOException {
        g.writeObjectFieldStart(id);
        number(g, "easy_negatives", s.easyNegatives());
        number(g, "hard", s.hard());
        number(g, "positives", s.positives());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String key, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(key, v);
        } else {
            g.writeNullField(key);
        }
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }
}
