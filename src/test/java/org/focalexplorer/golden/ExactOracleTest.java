package org.focalexplorer.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates {@link ExactOracle} itself: against the 60-digit exact files (relative error ≤ 1e-15 against the
 * 20-digit exact strings, also where the double underflows) and against PyTorch float64 goldens where those are
 * precise (|logit| ≤ 10, tolerance |a − b| ≤ 1e-12 + 1e-9·|b|).
 */
class ExactOracleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double EXACT_TOL = 1e-15;
    private static final BigDecimal MIN_NORMAL = new BigDecimal(Double.MIN_NORMAL);
    private static final String[] EXACT_FILES = {"exact_fl.json", "exact_ce.json", "exact_fl_soft_smp.json", "exact_softmax_fl.json"};

    // ---------------------------------------------------------------------------------------------------------
    // 60-digit exact references
    // ---------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> matchesExactReferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : EXACT_FILES) {
            for (JsonNode c : load("exact/" + file)) {
                if (c.get("fn").asText().equals("paper.fl_star")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> checkExact(c)));
            }
        }
        assertThat(tests).hasSize(54 + 6 + 81 + 301);
        return tests.stream();
    }

    private static void checkExact(JsonNode c) {
        String fn = c.get("fn").asText();
        String reduction = c.get("reductions").get(0).asText();
        ExactOracle.Result r = evaluate(c, fn, reduction);
        List<String> problems = new ArrayList<>();
        compareExact("loss", r.loss(), flatStrings(c.get("loss_exact20").get(reduction)), problems);
        compareExact("grad", r.grad(), flatStrings(c.get("grad_exact20").get(reduction)), problems);
        assertThat(problems).as(c.get("id").asText()).isEmpty();
    }

    private static void compareExact(String what, double[] ours, List<String> exact, List<String> problems) {
        if (ours.length != exact.size()) {
            problems.add(what + ": " + ours.length + " values, exact has " + exact.size());
            return;
        }
        for (int i = 0; i < ours.length; i++) {
            BigDecimal ex = new BigDecimal(exact.get(i));
            if (!Double.isFinite(ours[i])) {
                problems.add(what + "[" + i + "]: ours " + ours[i] + ", exact " + ex);
                continue;
            }
            BigDecimal err = new BigDecimal(ours[i]).subtract(ex).abs()
                    .divide(ex.abs().max(MIN_NORMAL), MathContext.DECIMAL64);
            if (err.doubleValue() > EXACT_TOL) {
                problems.add(what + "[" + i + "]: ours " + ours[i] + ", exact " + ex + ", rel err " + err.doubleValue());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // PyTorch float64 goldens, where they are precise
    // ---------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> matchesPublicGoldensWherePrecise() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : load("binary_torchvision.json")) {
            tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> checkPublic(c)));
        }
        for (JsonNode c : load("binary_smp.json")) {
            JsonNode alpha = c.get("params").get("alpha");
            boolean alphaOk = alpha == null || alpha.isNull() || (alpha.asDouble() >= 0 && alpha.asDouble() <= 1);
            // not the smp.FocalLoss binary wrapper; not smp's alpha = −1 (the params record refuses it, as the core does)
            if (c.get("fn").asText().equals("smp.focal_loss_with_logits") && alphaOk) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> checkPublic(c)));
            }
        }
        for (String file : new String[] {"multiclass_smp.json", "softmax_alpha.json"}) {
            for (JsonNode c : load(file)) {
                if (c.has("loss_dtype")) { // the seed's float32 single-row quirk: not float64 values
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> checkPublic(c)));
            }
        }
        for (JsonNode c : load("plain_refs.json")) {
            if (c.get("fn").asText().equals("torch.nn.functional.cross_entropy")) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> checkPublic(c)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private static void checkPublic(JsonNode c) {
        String fn = c.get("fn").asText();
        double[] x = flat(c.get("logits"));
        int[] shape = ints(c.get("shape"));
        List<String> problems = new ArrayList<>();
        c.get("loss").fieldNames().forEachRemaining(reduction -> {
            ExactOracle.Result r = evaluate(c, fn, reduction);
            double[] refLoss = flat(c.get("loss").get(reduction));
            double[] refGrad = flat(c.get("grad").get(reduction));
            boolean[] preciseGrad = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                preciseGrad[i] = Math.abs(x[i]) <= 10;
            }
            boolean[] preciseLoss = new boolean[refLoss.length];
            java.util.Arrays.fill(preciseLoss, true);
            if (reduction.equals("none") || fn.startsWith("seed.")) {
                preciseLoss = preciseOutputs(c, fn, x, shape, refLoss.length);
                if (!isBinary(fn)) {
                    preciseGrad = rowPrecise(c, x, shape); // a softmax row's gradient depends on the whole row
                }
            }
            compareClose("loss[" + reduction + "]", r.loss(), refLoss, preciseLoss, problems);
            compareClose("grad[" + reduction + "]", r.grad(), refGrad, preciseGrad, problems);
        });
        assertThat(problems).as(c.get("id").asText()).isEmpty();
    }

    /** Which entries of an unreduced output (or the seed's scalar) only involve logits with |x| ≤ 10. */
    private static boolean[] preciseOutputs(JsonNode c, String fn, double[] x, int[] shape, int outLength) {
        boolean[] out = new boolean[outLength];
        if (isBinary(fn)) {
            for (int i = 0; i < outLength; i++) {
                out[i] = Math.abs(x[i]) <= 10;
            }
            return out;
        }
        if (fn.startsWith("seed.")) { // one scalar: its rounding error is dominated by precise rows anyway
            out[0] = true;
            return out;
        }
        boolean[] rows = positionPrecise(x, shape);
        int[] labels = ints(flatInts(c.get("targets")));
        Integer ignore = ignoreIndex(c);
        int k = 0;
        for (int r = 0; r < rows.length; r++) {
            if (fn.startsWith("smp.") && ignore != null && labels[r] == ignore) {
                continue; // dropped positions make the output 1-D
            }
            out[k++] = rows[r];
        }
        return out;
    }

    private static boolean isBinary(String fn) {
        return fn.equals("smp.focal_loss_with_logits") || fn.equals("torchvision.ops.sigmoid_focal_loss");
    }

    private static boolean[] positionPrecise(double[] x, int[] shape) {
        int classes = shape[1];
        int spatial = 1;
        for (int d = 2; d < shape.length; d++) {
            spatial *= shape[d];
        }
        boolean[] rows = new boolean[shape[0] * spatial];
        for (int r = 0; r < rows.length; r++) {
            int b = r / spatial;
            int sp = r % spatial;
            boolean ok = true;
            for (int k = 0; k < classes; k++) {
                ok &= Math.abs(x[(b * classes + k) * spatial + sp]) <= 10;
            }
            rows[r] = ok;
        }
        return rows;
    }

    /** Per logit: is its whole class row precise (softmax, cross-entropy) — or itself (smp multiclass)? */
    private static boolean[] rowPrecise(JsonNode c, double[] x, int[] shape) {
        boolean[] out = new boolean[x.length];
        if (c.get("fn").asText().startsWith("smp.")) {
            for (int i = 0; i < x.length; i++) {
                out[i] = Math.abs(x[i]) <= 10;
            }
            return out;
        }
        boolean[] rows = positionPrecise(x, shape);
        int classes = shape[1];
        int spatial = rows.length / shape[0];
        for (int r = 0; r < rows.length; r++) {
            int b = r / spatial;
            int sp = r % spatial;
            for (int k = 0; k < classes; k++) {
                out[(b * classes + k) * spatial + sp] = rows[r];
            }
        }
        return out;
    }

    private static void compareClose(String what, double[] ours, double[] ref, boolean[] precise, List<String> problems) {
        if (ours.length != ref.length) {
            problems.add(what + ": " + ours.length + " values, reference has " + ref.length);
            return;
        }
        for (int i = 0; i < ours.length; i++) {
            if (!precise[i]) {
                continue;
            }
            boolean ok = Double.isNaN(ref[i]) ? Double.isNaN(ours[i]) : Math.abs(ours[i] - ref[i]) <= 1e-12 + 1e-9 * Math.abs(ref[i]);
            if (!ok) {
                problems.add(what + "[" + i + "]: oracle " + ours[i] + ", reference " + ref[i]);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // A few spot checks of the elementary functions
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void elementaryFunctionsAtTheExtremes() {
        // exp(−1e4) = 1.1354838653147360985e-4343 (mpmath)
        BigDecimal e = ExactOracle.exp(new BigDecimal(-10000));
        assertThat(e.round(new MathContext(20)).toString()).isEqualTo("1.1354838653147360985E-4343");
        assertThat(e.doubleValue()).isEqualTo(0.0);
        assertThat(ExactOracle.log(e).round(new MathContext(40)).compareTo(new BigDecimal(-10000))).isZero();
        // log1p of a tiny argument keeps its digits
        assertThat(ExactOracle.log1p(e).subtract(e).abs().compareTo(e.multiply(e))).isLessThanOrEqualTo(0);
        // exp(−745.13) is the smallest subnormal range: correctly rounded
        assertThat(ExactOracle.exp(new BigDecimal(-745.13)).doubleValue()).isEqualTo(Double.MIN_VALUE);
        assertThat(ExactOracle.exp(new BigDecimal(1)).round(new MathContext(30)).toString())
                .isEqualTo("2.71828182845904523536028747135");
        assertThat(ExactOracle.log(new BigDecimal(2)).round(new MathContext(30)).toString())
                .isEqualTo("0.693147180559945309417232121458");
        assertThat(ExactOracle.pow(new BigDecimal("0.3"), 0.25).doubleValue()).isCloseTo(Math.pow(0.3, 0.25), org.assertj.core.data.Offset.offset(Math.ulp(0.74)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Case evaluation
    // ---------------------------------------------------------------------------------------------------------

    private static ExactOracle.Result evaluate(JsonNode c, String fn, String reduction) {
        JsonNode p = c.get("params");
        double[] x = flat(c.get("logits"));
        int[] shape = ints(c.get("shape"));
        switch (fn) {
            case "torchvision.ops.sigmoid_focal_loss" -> {
                BinaryFocalParams bp = BinaryFocalParams.torchvision(p.get("alpha").asDouble(), p.get("gamma").asDouble());
                return ExactOracle.binaryFocal(x, flat(c.get("targets")), shape, bp, Reduction.fromId(reduction));
            }
            case "smp.focal_loss_with_logits" -> {
                BinaryFocalParams bp = BinaryFocalParams.smp(nullableDouble(p.get("alpha")), p.get("gamma").asDouble(),
                        p.get("normalized").asBoolean(), nullableDouble(p.get("reduced_threshold")), p.get("eps").asDouble());
                return ExactOracle.binaryFocal(x, flat(c.get("targets")), shape, bp, Reduction.fromId(reduction));
            }
            case "smp.FocalLoss(mode=multiclass)" -> {
                SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(SmpMode.MULTICLASS, nullableDouble(p.get("alpha")),
                        p.get("gamma").asDouble(), ignoreIndex(c), p.get("normalized").asBoolean(), nullableDouble(p.get("reduced_threshold")));
                return ExactOracle.smpMulticlass(x, shape, ints(flatInts(c.get("targets"))), s, Reduction.fromId(reduction));
            }
            case "seed.focal_loss (softmax, per-class alpha)" -> {
                JsonNode a = p.get("alpha");
                double[] alpha = a == null || a.isNull() ? null : flat(a);
                return ExactOracle.softmaxFocal(x, shape, ints(flatInts(c.get("targets"))), p.get("gamma").asDouble(), alpha);
            }
            case "torch.nn.functional.cross_entropy" -> {
                JsonNode w = p.get("weight");
                double[] weight = w == null || w.isNull() ? null : flat(w);
                return ExactOracle.crossEntropy(x, shape, ints(flatInts(c.get("targets"))), weight,
                        p.get("ignore_index").asInt(), Reduction.fromId(reduction));
            }
            default -> throw new IllegalArgumentException("unknown fn " + fn);
        }
    }

    private static Integer ignoreIndex(JsonNode c) {
        JsonNode n = c.get("params").get("ignore_index");
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static Double nullableDouble(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON helpers (kept local so this test does not depend on other test helpers)
    // ---------------------------------------------------------------------------------------------------------

    static JsonNode load(String resource) {
        try (InputStream in = ExactOracleTest.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource golden/" + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double toDouble(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        return switch (n.asText()) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("not a number: " + n);
        };
    }

    static double[] flat(JsonNode n) {
        List<JsonNode> leaves = new ArrayList<>();
        leaves(n, leaves);
        double[] a = new double[leaves.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toDouble(leaves.get(i));
        }
        return a;
    }

    private static List<Integer> flatInts(JsonNode n) {
        List<JsonNode> leaves = new ArrayList<>();
        leaves(n, leaves);
        List<Integer> out = new ArrayList<>();
        for (JsonNode l : leaves) {
            out.add(l.asInt());
        }
        return out;
    }

    private static List<String> flatStrings(JsonNode n) {
        List<JsonNode> leaves = new ArrayList<>();
        leaves(n, leaves);
        List<String> out = new ArrayList<>();
        for (JsonNode l : leaves) {
            out.add(l.asText());
        }
        return out;
    }

    private static void leaves(JsonNode n, List<JsonNode> out) {
        if (n.isArray()) {
            for (JsonNode c : n) {
                leaves(c, out);
            }
        } else {
            out.add(n);
        }
    }

    private static int[] ints(JsonNode n) {
        int[] s = new int[n.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = n.get(i).intValue();
        }
        return s;
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
