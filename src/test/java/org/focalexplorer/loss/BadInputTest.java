package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input is an {@link IllegalArgumentException} whose message names the parameter, the offending
 * value and, for arrays, the index — so that a user who typed a bad number can find it.
 */
class BadInputTest {

    // ---- shared good inputs ---------------------------------------------------------------------------

    static final int[] S23 = {2, 3};
    /** [N=2, C=3, H=2]: labels [2, 2]. */
    static final int[] NCH = {2, 3, 2};

    static Tensor t23(double... v) {
        return new Tensor(S23.clone(), v);
    }

    static Tensor goodLogits23() {
        return t23(0.5, -1, 2, 0, 3, -4);
    }

    static Tensor goodTargets23() {
        return t23(1, 0, 0.3, 1, 0, 1);
    }

    /** Logits [2, 3] with {@code bad} at flat index 5, i.e. [1, 2]. */
    static Tensor logits23With(double bad) {
        return t23(0.5, -1, 2, 0, 3, bad);
    }

    static Tensor classLogits() {
        double[] v = new double[12];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.25 * i - 1;
        }
        return new Tensor(NCH.clone(), v);
    }

    /** Class logits [2, 3, 2] with {@code bad} at flat index 9 = [1, 1, 1]. */
    static Tensor classLogitsWith(double bad) {
        Tensor t = classLogits();
        t.data()[9] = bad;
        return t;
    }

    static LabelTensor labels(int... y) {
        return new LabelTensor(new int[] {2, 2}, y);
    }

    static LabelTensor goodLabels() {
        return labels(0, 1, 2, 1);
    }

    static final BinaryFocalParams TV = BinaryFocalParams.torchvision(0.25, 2.0);
    static final BinaryFocalParams SMP = BinaryFocalParams.smp(0.25, 2.0, true, 0.5);

    static SmpFocalLoss.Settings settings(SmpMode mode, Integer ignore) {
        return SmpFocalLoss.Settings.of(mode, 0.25, 2.0, ignore, false, null);
    }

    /** One bad call, the message fragments it must produce. */
    static Arguments bad(String name, ThrowingCallable call, String... fragments) {
        return Arguments.of(name, call, fragments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"nonFiniteLogits", "badAlpha", "badGamma", "badTargets", "badLabels", "badShapes", "badVectors",
            "badSmpSettings", "badFlStar", "badCurves", "badMisc"})
    void badInputIsRejectedWithAMessageThatLocatesIt(String name, ThrowingCallable call, String[] fragments) {
        assertThatThrownBy(call).as(name).isExactlyInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).as(name).contains(fragments));
    }

    // ---- NaN / ±∞ logits --------------------------------------------------------------------------------

    static Stream<Arguments> nonFiniteLogits() {
        List<Arguments> out = new ArrayList<>();
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String text = Double.toString(v); // "NaN", "Infinity", "-Infinity"
            String at = "logits[1, 2] = " + text;
            out.add(bad("torchvision logits " + text, () -> BinaryFocalLoss.compute(logits23With(v), goodTargets23(), TV, Reduction.MEAN), at));
            out.add(bad("smp logits " + text, () -> BinaryFocalLoss.compute(logits23With(v), goodTargets23(), SMP, Reduction.NONE), at));
            out.add(bad("BCE logits " + text, () -> BceWithLogits.compute(logits23With(v), goodTargets23(), Reduction.SUM), at));
            out.add(bad("alpha-balanced BCE logits " + text,
                    () -> BceWithLogits.alphaBalanced(logits23With(v), goodTargets23(), 0.25, Reduction.SUM), at));
            out.add(bad("1-D logits " + text,
                    () -> BinaryFocalLoss.compute(Tensor.vector(0, v, 1), Tensor.vector(1, 0, 1), TV, Reduction.NONE), "logits[1] = " + text));
            out.add(bad("smp binary logits " + text,
                    () -> SmpFocalLoss.compute(logits23With(v), goodTargets23(), settings(SmpMode.BINARY, null), Reduction.MEAN), at));
            out.add(bad("smp multilabel logits " + text,
                    () -> SmpFocalLoss.compute(logits23With(v), goodTargets23(), settings(SmpMode.MULTILABEL, -1), Reduction.MEAN), at));
            String classAt = "logits[1, 1, 1] = " + text;
            out.add(bad("smp multiclass logits " + text,
                    () -> SmpFocalLoss.compute(classLogitsWith(v), goodLabels(), settings(SmpMode.MULTICLASS, null), Reduction.MEAN), classAt));
            out.add(bad("cross-entropy logits " + text,
                    () -> CrossEntropyLoss.compute(classLogitsWith(v), goodLabels(), null, -100, Reduction.MEAN), classAt));
            out.add(bad("softmax focal logits " + text,
                    () -> SoftmaxFocalLoss.compute(classLogitsWith(v), goodLabels(), 2.0, null), classAt));
            out.add(bad("FL* logits " + text,
                    () -> FlStar.compute(logits23With(v), t23(1, 0, 0, 1, 0, 1), 2.0, 1.0, Reduction.MEAN), at));
            out.add(bad("curve FL(x_t) " + text, () -> FocalCurves.flOfLogit(v, 0.25, 2.0), "x_t = " + text));
            out.add(bad("curve dFL/dx_t " + text, () -> FocalCurves.flGradient(v, 0.25, 2.0), "x_t = " + text));
        }
        return out.stream();
    }

    // ---- α -----------------------------------------------------------------------------------------------

    static Stream<Arguments> badAlpha() {
        List<Arguments> out = new ArrayList<>();
        // torchvision: α > 1 and NaN are errors; α < 0 switches α weighting off (tested below).
        for (double a : new double[] {1.5, Math.nextUp(1.0), Double.POSITIVE_INFINITY, Double.NaN}) {
            out.add(bad("torchvision alpha " + a, () -> BinaryFocalParams.torchvision(a, 2.0), "alpha = " + a));
        }
        // smp: any α outside [0, 1] (smp itself would multiply by it silently).
        for (double a : new double[] {-0.5, -1.0, -Double.MIN_VALUE, 1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            out.add(bad("smp alpha " + a, () -> BinaryFocalParams.smp(a, 2.0, false, null), "alpha = " + a));
            out.add(bad("smp FocalLoss settings alpha " + a, () -> SmpFocalLoss.Settings.of(SmpMode.BINARY, a, 2.0, null, false, null), "alpha = " + a));
            out.add(bad("alpha-balanced BCE alpha " + a,
                    () -> BceWithLogits.alphaBalanced(goodLogits23(), goodTargets23(), a, Reduction.MEAN), "alpha = " + a));
            out.add(bad("curve FL alpha_t " + a, () -> FocalCurves.fl(0.5, a, 2.0), "alpha_t = " + a));
            out.add(bad("curve CE/FL alpha_t " + a, () -> FocalCurves.ratioCeOverFl(0.5, a, 2.0), "alpha_t = " + a));
            out.add(bad("curve FL(x_t) alpha_t " + a, () -> FocalCurves.flOfLogit(1.0, a, 2.0), "alpha_t = " + a));
        }
        return out.stream();
    }

    /** torchvision's {@code if alpha >= 0}: any negative α, even −∞, means "no α weighting". */
    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.5, -Double.MIN_VALUE, -1e300, Double.NEGATIVE_INFINITY})
    void torchvisionNegativeAlphaMeansOff(double alpha) {
        BinaryFocalParams p = BinaryFocalParams.torchvision(alpha, 2.0);
        assertThat(p.alpha()).isEqualTo(OptionalDouble.empty());
        LossOutput off = BinaryFocalLoss.compute(goodLogits23(), goodTargets23(), p, Reduction.NONE);
        LossOutput none = BinaryFocalLoss.compute(goodLogits23(), goodTargets23(), BinaryFocalParams.torchvision(-1, 2.0), Reduction.NONE);
        assertThat(off).isEqualTo(none);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 0.25, -0.0})
    void alphaAtTheEndsOfTheUnitIntervalIsAccepted(double alpha) {
        assertThatCode(() -> BinaryFocalParams.torchvision(alpha, 2.0)).doesNotThrowAnyException();
        assertThatCode(() -> BinaryFocalParams.smp(alpha, 2.0, false, null)).doesNotThrowAnyException();
        assertThatCode(() -> FocalCurves.fl(0.5, alpha, 2.0)).doesNotThrowAnyException();
    }

    // ---- γ -----------------------------------------------------------------------------------------------

    static Stream<Arguments> badGamma() {
        List<Arguments> out = new ArrayList<>();
        for (double g : new double[] {-1.0, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String at = "gamma = " + g;
            out.add(bad("torchvision gamma " + g, () -> BinaryFocalParams.torchvision(0.25, g), at));
            out.add(bad("torchvision (alpha off) gamma " + g, () -> BinaryFocalParams.torchvision(-1, g), at));
            out.add(bad("smp gamma " + g, () -> BinaryFocalParams.smp(null, g, false, null), at));
            out.add(bad("smp FocalLoss settings gamma " + g, () -> SmpFocalLoss.Settings.of(SmpMode.MULTICLASS, null, g, null, false, null), at));
            out.add(bad("softmax focal gamma " + g, () -> SoftmaxFocalLoss.compute(classLogits(), goodLabels(), g, null), at));
            out.add(bad("curve FL gamma " + g, () -> FocalCurves.fl(0.5, 1.0, g), at));
            out.add(bad("curve modulating factor gamma " + g, () -> FocalCurves.modulatingFactor(0.5, g), at));
            out.add(bad("curve modulating factor of x_t gamma " + g, () -> FocalCurves.modulatingFactorOfLogit(1.0, g), at));
            out.add(bad("curve FL(x_t) gamma " + g, () -> FocalCurves.flOfLogit(1.0, 1.0, g), at));
            out.add(bad("curve CE/FL gamma " + g, () -> FocalCurves.ratioCeOverFl(0.5, 1.0, g), at));
        }
        return out.stream();
    }

    // ---- binary targets ------------------------------------------------------------------------------

    static Stream<Arguments> badTargets() {
        List<Arguments> out = new ArrayList<>();
        for (double t : new double[] {1.5, -0.1, -Double.MIN_VALUE, Math.nextUp(1.0), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Tensor targets = t23(1, 0, 0.3, 1, t, 1); // flat index 4 = [1, 1]
            String at = "targets[1, 1] = " + t;
            out.add(bad("torchvision target " + t, () -> BinaryFocalLoss.compute(goodLogits23(), targets, TV, Reduction.MEAN), at, "[0, 1]"));
            out.add(bad("smp target " + t, () -> BinaryFocalLoss.compute(goodLogits23(), targets, SMP, Reduction.MEAN), at, "[0, 1]"));
            out.add(bad("BCE target " + t, () -> BceWithLogits.compute(goodLogits23(), targets, Reduction.NONE), at, "[0, 1]"));
            out.add(bad("smp binary target " + t,
                    () -> SmpFocalLoss.compute(goodLogits23(), targets, settings(SmpMode.BINARY, null), Reduction.MEAN), at, "[0, 1]"));
            out.add(bad("smp multilabel target (ignore_index -1) " + t,
                    () -> SmpFocalLoss.compute(goodLogits23(), targets, settings(SmpMode.MULTILABEL, -1), Reduction.MEAN), at, "ignore_index -1"));
            Tensor hardElsewhere = t23(1, 0, 0, 1, t, 1);
            out.add(bad("FL* target " + t, () -> FlStar.compute(goodLogits23(), hardElsewhere, 2.0, 1.0, Reduction.SUM), at, "hard targets"));
        }
        // FL* takes hard targets only.
        out.add(bad("FL* soft target", () -> FlStar.compute(goodLogits23(), goodTargets23(), 2.0, 1.0, Reduction.SUM), "targets[0, 2] = 0.3"));
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void smpIgnoreIndexTargetsAreAcceptedAndDropped() {
        Tensor targets = t23(1, 0, -1, 1, -1, 0.5);
        LossOutput out = SmpFocalLoss.compute(goodLogits23(), targets, settings(SmpMode.BINARY, -1), Reduction.NONE);
        assertThat(out.loss().shape()).containsExactly(4);
        assertThat(out.grad().data()[2]).isEqualTo(0.0);
        assertThat(out.grad().data()[4]).isEqualTo(0.0);
    }

    // ---- class labels -----------------------------------------------------------------------------------

    static Stream<Arguments> badLabels() {
        List<Arguments> out = new ArrayList<>();
        for (int y : new int[] {3, -1, 255, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            LabelTensor bad = labels(0, 1, 2, y); // flat index 3 = [1, 1]
            String at = "targets[1, 1] = " + y;
            out.add(bad("cross-entropy label " + y, () -> CrossEntropyLoss.compute(classLogits(), bad, null, -100, Reduction.MEAN), at, "[0, 3)"));
            out.add(bad("smp multiclass label " + y + " (no ignore_index)",
                    () -> SmpFocalLoss.compute(classLogits(), bad, settings(SmpMode.MULTICLASS, null), Reduction.MEAN), at, "[0, 3)"));
            out.add(bad("softmax focal label " + y, () -> SoftmaxFocalLoss.compute(classLogits(), bad, 2.0, null), at, "[0, 3)"));
        }
        // With an ignore_index, a different out-of-range label is still an error and the message names it.
        out.add(bad("cross-entropy label 5 with ignore_index 255",
                () -> CrossEntropyLoss.compute(classLogits(), labels(255, 1, 5, 0), null, 255, Reduction.SUM), "targets[1, 0] = 5", "ignore_index 255"));
        out.add(bad("smp multiclass label -100 with ignore_index 255",
                () -> SmpFocalLoss.compute(classLogits(), labels(255, 1, -100, 0), settings(SmpMode.MULTICLASS, 255), Reduction.SUM),
                "targets[1, 0] = -100", "ignore_index 255"));
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void ignoreIndexLabelsAreAccepted() {
        assertThatCode(() -> CrossEntropyLoss.compute(classLogits(), labels(-100, 1, 2, -100), null, -100, Reduction.MEAN)).doesNotThrowAnyException();
        assertThatCode(() -> CrossEntropyLoss.compute(classLogits(), labels(255, 1, 2, 0), new double[] {1, 2, 3}, 255, Reduction.NONE))
                .doesNotThrowAnyException();
        assertThatCode(() -> SmpFocalLoss.compute(classLogits(), labels(255, 1, 2, 255), settings(SmpMode.MULTICLASS, 255), Reduction.MEAN))
                .doesNotThrowAnyException();
    }

    // ---- shapes ------------------------------------------------------------------------------------------

    static Stream<Arguments> badShapes() {
        Tensor t32 = new Tensor(new int[] {3, 2}, new double[] {1, 0, 1, 0, 1, 0});
        String mismatch = "logits shape [2, 3] does not match targets shape [3, 2]";
        LabelTensor wrong = new LabelTensor(new int[] {2, 3}, new int[] {0, 1, 2, 0, 1, 2});
        String classMismatch = "targets shape [2, 3] does not match logits shape [2, 3, 2] (expected [2, 2])";
        return Stream.of(
                bad("torchvision shapes", () -> BinaryFocalLoss.compute(goodLogits23(), t32, TV, Reduction.MEAN), mismatch),
                bad("smp shapes", () -> BinaryFocalLoss.compute(goodLogits23(), t32, SMP, Reduction.MEAN), mismatch),
                bad("BCE shapes", () -> BceWithLogits.compute(goodLogits23(), t32, Reduction.MEAN), mismatch),
                bad("smp binary shapes", () -> SmpFocalLoss.compute(goodLogits23(), t32, settings(SmpMode.BINARY, null), Reduction.MEAN), mismatch),
                bad("FL* shapes", () -> FlStar.compute(goodLogits23(), t32, 2.0, 1.0, Reduction.MEAN), mismatch),
                bad("binary length", () -> BinaryFocalLoss.compute(Tensor.vector(1, 2, 3), Tensor.vector(1, 0), TV, Reduction.MEAN),
                        "logits shape [3] does not match targets shape [2]"),
                bad("cross-entropy shapes", () -> CrossEntropyLoss.compute(classLogits(), wrong, null, -100, Reduction.MEAN), classMismatch),
                bad("smp multiclass shapes", () -> SmpFocalLoss.compute(classLogits(), wrong, settings(SmpMode.MULTICLASS, null), Reduction.MEAN),
                        classMismatch),
                bad("softmax focal shapes", () -> SoftmaxFocalLoss.compute(classLogits(), wrong, 2.0, null), classMismatch),
                bad("class logits without a class dimension",
                        () -> CrossEntropyLoss.compute(Tensor.vector(1, 2, 3), new LabelTensor(new int[0], new int[] {0}), null, -100, Reduction.MEAN),
                        "logits shape [3]", "class dimension"),
                bad("smp multiclass with float targets",
                        () -> SmpFocalLoss.compute(goodLogits23(), goodTargets23(), settings(SmpMode.MULTICLASS, null), Reduction.MEAN), "mode = multiclass"),
                bad("smp binary with class labels",
                        () -> SmpFocalLoss.compute(classLogits(), goodLabels(), settings(SmpMode.BINARY, null), Reduction.MEAN), "mode = binary"),
                bad("tensor data length", () -> new Tensor(new int[] {2, 3}, new double[5]), "shape [2, 3] needs 6 values but data has 5"),
                bad("tensor negative dimension", () -> new Tensor(new int[] {2, -3}, new double[0]), "shape[1] = -3"),
                bad("label tensor data length", () -> new LabelTensor(new int[] {2, 2}, new int[3]), "target shape [2, 2] needs 4 labels but data has 3"));
    }

    // ---- α vector / CE weight -----------------------------------------------------------------------------

    static Stream<Arguments> badVectors() {
        List<Arguments> out = new ArrayList<>();
        for (double[] v : new double[][] {{1, 2}, {1, 2, 3, 4}, {}}) {
            String msg = "has length " + v.length + " but there are 3 classes";
            out.add(bad("softmax alpha of length " + v.length, () -> SoftmaxFocalLoss.compute(classLogits(), goodLabels(), 2.0, v), "alpha " + msg));
            out.add(bad("CE weight of length " + v.length,
                    () -> CrossEntropyLoss.compute(classLogits(), goodLabels(), v, -100, Reduction.MEAN), "weight " + msg));
        }
        for (double e : new double[] {-0.5, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] v = {0.25, 1.0, e};
            out.add(bad("softmax alpha entry " + e, () -> SoftmaxFocalLoss.compute(classLogits(), goodLabels(), 2.0, v), "alpha[2] = " + e));
            out.add(bad("CE weight entry " + e,
                    () -> CrossEntropyLoss.compute(classLogits(), goodLabels(), v, -100, Reduction.MEAN), "weight[2] = " + e));
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void zeroEntriesOfAlphaAndWeightAreAccepted() {
        assertThatCode(() -> SoftmaxFocalLoss.compute(classLogits(), goodLabels(), 2.0, new double[] {0, 1, 0.5})).doesNotThrowAnyException();
        assertThatCode(() -> CrossEntropyLoss.compute(classLogits(), goodLabels(), new double[] {0, 1, 0.5}, -100, Reduction.MEAN))
                .doesNotThrowAnyException();
    }

    // ---- smp settings: reduced_threshold, eps, convention --------------------------------------------------

    static Stream<Arguments> badSmpSettings() {
        List<Arguments> out = new ArrayList<>();
        for (double r : new double[] {0.0, -0.0, -0.5, Math.nextUp(1.0), 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String at = "reduced_threshold = " + r;
            out.add(bad("reduced_threshold " + r, () -> BinaryFocalParams.smp(0.25, 2.0, false, r), at, "(0, 1]"));
            out.add(bad("smp FocalLoss settings reduced_threshold " + r,
                    () -> SmpFocalLoss.Settings.of(SmpMode.BINARY, null, 2.0, null, true, r), at));
        }
        for (double e : new double[] {-1e-6, Double.NaN, Double.POSITIVE_INFINITY}) {
            out.add(bad("eps " + e, () -> BinaryFocalParams.smp(null, 2.0, true, null, e), "eps = " + e));
        }
        out.add(bad("normalized in the torchvision convention",
                () -> new BinaryFocalParams(SoftTargetConvention.TORCHVISION_LINEAR, OptionalDouble.empty(), 2.0, true, OptionalDouble.empty(), 1e-6),
                "normalized", "smp"));
        out.add(bad("reduced_threshold in the torchvision convention",
                () -> new BinaryFocalParams(SoftTargetConvention.TORCHVISION_LINEAR, OptionalDouble.empty(), 2.0, false, OptionalDouble.of(0.5), 1e-6),
                "reduced_threshold", "smp"));
        return out.stream();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.5, Double.MIN_VALUE})
    void reducedThresholdInTheHalfOpenUnitIntervalIsAccepted(double r) {
        assertThatCode(() -> BinaryFocalParams.smp(0.25, 2.0, false, r)).doesNotThrowAnyException();
    }

    // ---- FL* ---------------------------------------------------------------------------------------------

    static Stream<Arguments> badFlStar() {
        List<Arguments> out = new ArrayList<>();
        Tensor hard = t23(1, 0, 0, 1, 0, 1);
        for (double g : new double[] {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String at = "gamma = " + g;
            out.add(bad("FL* gamma " + g, () -> FlStar.compute(goodLogits23(), hard, g, 1.0, Reduction.MEAN), at, "FL*"));
            out.add(bad("curve FL* gamma " + g, () -> FocalCurves.flStarOfLogit(1.0, g, 1.0), at));
            out.add(bad("curve dFL*/dx_t gamma " + g, () -> FocalCurves.flStarGradient(1.0, g, 1.0), at));
        }
        for (double b : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            out.add(bad("FL* beta " + b, () -> FlStar.compute(goodLogits23(), hard, 2.0, b, Reduction.MEAN), "beta = " + b));
            out.add(bad("curve FL* beta " + b, () -> FocalCurves.flStarOfLogit(1.0, 2.0, b), "beta = " + b));
        }
        return out.stream();
    }

    // ---- FocalCurves p_t ----------------------------------------------------------------------------------

    static Stream<Arguments> badCurves() {
        List<Arguments> out = new ArrayList<>();
        for (double p : new double[] {-0.1, -Double.MIN_VALUE, Math.nextUp(1.0), 1.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String at = "p_t = " + p;
            out.add(bad("CE(p_t) " + p, () -> FocalCurves.ce(p), at, "[0, 1]"));
            out.add(bad("modulating factor p_t " + p, () -> FocalCurves.modulatingFactor(p, 2.0), at));
            out.add(bad("FL(p_t) " + p, () -> FocalCurves.fl(p, 0.25, 2.0), at));
            out.add(bad("CE/FL p_t " + p, () -> FocalCurves.ratioCeOverFl(p, 0.25, 2.0), at));
            out.add(bad("logit(p_t) " + p, () -> FocalCurves.logitOf(p), at));
        }
        return out.stream();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 0.5, Double.MIN_VALUE})
    void ptAtTheEndsOfTheUnitIntervalIsAccepted(double p) {
        assertThatCode(() -> FocalCurves.fl(p, 0.25, 2.0)).doesNotThrowAnyException();
        assertThatCode(() -> FocalCurves.logitOf(p)).doesNotThrowAnyException();
    }

    // ---- reductions and modes ------------------------------------------------------------------------------

    static Stream<Arguments> badMisc() {
        return Stream.of(
                bad("unknown reduction", () -> Reduction.fromId("avg"), "reduction = \"avg\""),
                bad("unknown smp mode", () -> SmpMode.fromId("softmax"), "mode = \"softmax\""),
                bad("cross-entropy batchwise_mean", () -> CrossEntropyLoss.compute(classLogits(), goodLabels(), null, -100, Reduction.BATCHWISE_MEAN),
                        "reduction = batchwise_mean"));
    }
}
