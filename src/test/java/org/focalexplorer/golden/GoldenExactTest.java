package org.focalexplorer.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.loss.LossKernel;
import org.focalexplorer.loss.LossOutput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The core against 60-digit values (golden/exact): relative error ≤ 1e-12 measured against the smallest
 * normal double, for every logit up to |x| = 1e4, γ ∈ [0, 10] and α ∈ {off, 0.25, 0.75} — loss and gradient.
 * The 20-digit decimal strings are used rather than the rounded doubles so that values below the double
 * range (down to 1e-4343) are judged too.
 */
class GoldenExactTest {

    static final String[] FILES = {"exact_fl.json", "exact_ce.json", "exact_fl_star.json", "exact_fl_soft_smp.json", "exact_softmax_fl.json"};
    static final double GOAL = 1e-12;
    /** The worst error seen per kernel, printed for the README's numerics section. */
    private static final Map<LossKernel, String> WORST = new java.util.EnumMap<>(LossKernel.class);
    private static final Map<LossKernel, Double> WORST_ERROR = new java.util.EnumMap<>(LossKernel.class);

    @org.junit.jupiter.api.AfterAll
    static void printWorst() {
        for (LossKernel k : LossKernel.values()) {
            System.out.println("GoldenExactTest: " + k + " kernel: worst relative error " + WORST_ERROR.getOrDefault(k, 0.0)
                    + " at " + WORST.getOrDefault(k, "none"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExactCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode c : Golden.load("exact/" + file)) {
                for (LossKernel kernel : LossKernel.values()) { // both kernels must meet the bar
                    tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " [" + kernel + "]", () -> check(c, kernel)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(JsonNode c, LossKernel kernel) {
        LossCase lc = GoldenCases.parse(c);
        Map<String, LossOutput> results = kernel.call(() -> LossCaseEvaluator.evaluate(lc));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, LossOutput> e : results.entrySet()) {
            String r = e.getKey();
            compare(lc, kernel, "loss", e.getValue().loss().data(), exact(c.get("loss_exact20").get(r)), problems);
            compare(lc, kernel, "grad", e.getValue().grad().data(), exact(c.get("grad_exact20").get(r)), problems);
        }
        assertThat(problems).as(lc.id()).isEmpty();
    }

    static void compare(LossCase lc, LossKernel kernel, String what, double[] ours, BigDecimal[] exact, List<String> problems) {
        assertThat(ours).as("%s %s length", lc.id(), what).hasSize(exact.length);
        for (int i = 0; i < ours.length; i++) {
            double err = relativeError(ours[i], exact[i]);
            synchronized (GoldenExactTest.class) {
                if (err > WORST_ERROR.getOrDefault(kernel, 0.0)) {
                    WORST_ERROR.put(kernel, err);
                    WORST.put(kernel, lc.id() + " " + what + "[" + i + "]");
                }
            }
            if (!(err <= GOAL)) {
                problems.add(what + "[" + i + "] (logit " + (i < lc.logits().length ? lc.logits()[i] : "?") + "): ours "
                        + ours[i] + ", exact " + exact[i].toString() + ", relative error " + err);
            }
        }
    }

    /** |ours − exact| / max(|exact|, smallest normal double), computed in BigDecimal. */
    static double relativeError(double ours, BigDecimal exact) {
        if (!Double.isFinite(ours)) {
            return Double.POSITIVE_INFINITY;
        }
        BigDecimal diff = new BigDecimal(ours).subtract(exact).abs();
        BigDecimal scale = exact.abs().max(new BigDecimal(Double.MIN_NORMAL));
        return diff.divide(scale, java.math.MathContext.DECIMAL64).doubleValue();
    }

    static BigDecimal[] exact(JsonNode n) {
        List<BigDecimal> out = new ArrayList<>();
        flatten(n, out);
        return out.toArray(new BigDecimal[0]);
    }

    private static void flatten(JsonNode n, List<BigDecimal> out) {
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out);
            }
        } else {
            out.add(new BigDecimal(n.asText()));
        }
    }
}
