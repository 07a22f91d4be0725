package org.focalexplorer.viewmodel.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test's reference formulas ({@link ReferenceSemantics}) against the real libraries' numbers in the golden
 * files (torch 1.13.1 / torchvision 0.14.1, float64): so "evaluated under the library's semantics" in
 * {@link SnippetReproducesAppTest} means what the libraries really compute — including torchvision's
 * negative-α switch and smp's α = −1 that really multiplies. Entries with |x| &gt; 10 are left out, where torch's
 * own rounding (golden README) is coarser than the tolerance.
 */
class ReferenceSemanticsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void torchvision_formula_matches_sigmoid_focal_loss() throws IOException {
        int compared = 0;
        boolean negativeAlphaSeen = false;
        for (JsonNode c : load("/golden/binary_torchvision.json")) {
            double alpha = c.get("params").get("alpha").asDouble();
            double gamma = c.get("params").get("gamma").asDouble();
            negativeAlphaSeen |= alpha < 0 && alpha != -1.0;
            double[] x = flat(c.get("logits"));
            double[] t = flat(c.get("targets"));
            double[] ref = flat(c.get("loss").get("none"));
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i]) <= 10 && Double.isFinite(ref[i])) {
                    assertClose(ReferenceSemantics.torchvision(x[i], t[i], alpha, gamma), ref[i], c, i);
                    compared++;
                }
            }
        }
        assertThat(negativeAlphaSeen).as("the alpha = -0.5 case").isTrue();
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void smp_formula_matches_focal_loss_with_logits_including_a_negative_alpha() throws IOException {
        int compared = 0;
        boolean negativeAlphaSeen = false;
        for (JsonNode c : load("/golden/binary_smp.json")) {
            JsonNode p = c.get("params");
            if (!c.get("fn").asText().equals("smp.focal_loss_with_logits") || p.get("normalized").asBoolean()
                    || !p.get("reduced_threshold").isNull()) {
                continue;
            }
            Double alpha = p.get("alpha").isNull() ? null : p.get("alpha").asDouble();
            negativeAlphaSeen |= alpha != null && alpha < 0;
            double gamma = p.get("gamma").asDouble();
            double[] x = flat(c.get("logits"));
            double[] t = flat(c.get("targets"));
            double[] ref = flat(c.get("loss").get("none"));
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i]) <= 10 && Double.isFinite(ref[i])) {
                    assertClose(ReferenceSemantics.smp(x[i], t[i], alpha, gamma), ref[i], c, i);
                    compared++;
                }
            }
        }
        assertThat(negativeAlphaSeen).as("smp's alpha-negative case").isTrue();
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void softmax_formula_matches_the_seed_with_its_sum_of_alpha_normalisation() throws IOException {
        int compared = 0;
        for (JsonNode c : load("/golden/softmax_alpha.json")) {
            if (c.has("loss_dtype") || c.get("shape").size() != 2) {
                continue; // float32 quirk cases, and [B, C, H, W] layouts
            }
            double[] x = flat(c.get("logits"));
            int classes = c.get("shape").get(1).asInt();
            int rows = c.get("shape").get(0).asInt();
            double max = 0;
            for (double v : x) {
                max = Math.max(max, Math.abs(v));
            }
            if (max > 10) {
                continue;
            }
            JsonNode a = c.get("params").get("alpha");
            double num = 0;
            double den = 0;
            for (int r = 0; r < rows; r++) {
                double[] row = java.util.Arrays.copyOfRange(x, r * classes, (r + 1) * classes);
                int y = c.get("targets").get(r).asInt();
                double w = a.isNull() ? 1.0 : a.get(y).asDouble();
                num += w * ReferenceSemantics.softmaxRow(row, y, c.get("params").get("gamma").asDouble());
                den += w;
            }
            assertClose(num / den, number(c.get("loss").get("alpha_weighted_mean")), c, 0);
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static void assertClose(double ours, double ref, JsonNode c, int i) {
        assertThat(Math.abs(ours - ref)).as("%s entry %d: %s vs %s", c.get("id").asText(), i, ours, ref)
                .isLessThanOrEqualTo(1e-12 + 1e-9 * Math.abs(ref));
    }

    private static JsonNode load(String resource) throws IOException {
        try (InputStream in = ReferenceSemanticsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static double[] flat(JsonNode n) {
        List<Double> out = new ArrayList<>();
        flatten(n, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void flatten(JsonNode n, List<Double> out) {
        if (n.isArray()) {
            n.forEach(e -> flatten(e, out));
        } else {
            out.add(number(n));
        }
    }

    /** Golden numbers: JSON numbers, or "NaN" / "Infinity" / "-Infinity" as strings. */
    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
    }
}
