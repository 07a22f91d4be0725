package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the loss core over random inputs (plain JUnit 5: a small in-test harness, {@link #forAll},
 * runs each property on a fixed number of generated inputs from a fixed seed, so the suite is deterministic).
 *
 * <p>Logits come from [−50, 50] (and, where it is meaningful, [−1e4, 1e4]) as a mix of uniform values,
 * log-uniform magnitudes (1e−10 … bound) and the golden grid's special points (±1e−8, ±17, ±36.7, ±37, …,
 * where σ saturates in float32/float64); γ ∈ [0, 10] with 0, 0.5, 1, 2 (the core's special-cased
 * exponents) and 10 mixed in; α ∈ [0, 1]. Every bounded uniform draw (a decimal on a fixed grid, e.g.
 * 1e−9) is, one time in {@value #EDGE_CASE_ODDS}, instead one of its range's edge values — the bounds,
 * 0, ±1 and ± one grid step, where they lie in the range (the edge cases the former property-test
 * library mixed in).
 *
 * <p><b>Gradients</b> are checked against a central finite difference of an independent closed-form
 * reference, evaluated in 32-digit decimal arithmetic ({@link Exact}), with h = 1e−5·max(1, |x|) and
 * tolerance |g − fd| ≤ 1e−6·|fd| + 1e−9. Why that tolerance holds: in 32-digit arithmetic the rounding
 * error of the difference quotient is ~1e−32·|L|/h ≤ 1e−26, nil; the core's own gradient is accurate to a few ulps.
 * What remains is the truncation error h²/6·|L'''|. Every loss here is, in x_t, a smooth combination of
 * softplus terms whose derivatives satisfy |L'''| ≲ (γ+1)²·|L'| + O(1) in the easy tail
 * (L ∝ e^−(γ+1)x_t there) and |L'''| = O(e^−|x|) in the linear hard tail. For |x| ≤ 1 the relative error is
 * ≤ 1.7e−11·(γ+1)² ≤ 2e−9; for 1 &lt; |x| ≤ 22 it is ≤ 1.7e−11·x²·121 ≤ 1e−6; beyond |x| ≈ 22 the
 * easy-tail gradient itself is below e^−22 ≈ 3e−10 (so the absolute term covers it) and the hard tail is
 * linear. ({@code normalized} divides L and its derivatives by the same Σ focal, so the ratio argument is
 * unchanged.) Measured with this seed, the largest |g − fd| is 5% of the tolerance (a softmax row at
 * x = 37, where h = 3.7e−4), so the tolerance is neither tight nor loose by accident.
 *
 * <p>The same reference also checks the loss values (sum of the returned entries) to 1e−12 relative,
 * the accuracy the core documents (see GoldenExactTest); the largest error seen is 3.0e−14.
 *
 * <p>Three properties each isolate one core bug (all three now fixed in the core) and say why in their
 * comments: {@link #flAtPtZeroWithAlphaTZero}, {@link #reducedThresholdOneIsCrossEntropy},
 * {@link #crossEntropyMeanOfNothingHasZeroGradientAtIgnoredRows}. The general properties exclude exactly
 * those inputs, so they still test everything else.
 */
class FocalLossPropertiesTest {

    /** Every property runs with this seed: the inputs of a run never depend on an earlier run. */
    static final long SEED = 1708022L;

    // ------------------------------------------------------------------------------------------------
    // Harness
    // ------------------------------------------------------------------------------------------------

    /**
     * Runs {@code property} on {@code tries} inputs made by {@code gen} from one random stream seeded with
     * {@code seed}. A failure (an assertion or any runtime exception) is rethrown as an AssertionError that
     * names the try, the seed and the generated input, with the original failure as its cause. There is no
     * shrinking: the inputs are small enough to read as they are.
     */
    static <T> void forAll(int tries, long seed, Function<SplittableRandom, T> gen, Consumer<T> property) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            T input = gen.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Property failed on try " + i + " of " + tries + " (seed " + seed + ")"
                        + System.lineSeparator() + "  input: " + input
                        + System.lineSeparator() + "  failure: " + e, e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Generators
    // ------------------------------------------------------------------------------------------------

    /** One bounded uniform draw in {@value} is one of the range's edge values instead. */
    static final int EDGE_CASE_ODDS = 20;

    /**
     * Decimals with {@code scale} digits after the point, uniform over that grid within [min, max] (either
     * bound may be excluded), mixing in the edge values (see {@link #EDGE_CASE_ODDS}). A value is the
     * double nearest the grid decimal.
     */
    static final class Decimals {
        private final long lo;
        private final long hi;
        private final int scale;
        private final long[] edges;

        Decimals(double min, boolean minIncluded, double max, boolean maxIncluded, int scale) {
            this.scale = scale;
            long one = BigDecimal.ONE.movePointRight(scale).longValueExact();
            long l = BigDecimal.valueOf(min).movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
            long h = BigDecimal.valueOf(max).movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
            this.lo = minIncluded ? l : l + 1;
            this.hi = maxIncluded ? h : h - 1;
            if (lo > hi) {
                throw new IllegalArgumentException("empty range");
            }
            this.edges = LongStream.of(0, one, -one, 1, -1, lo, hi)
                    .filter(k -> k >= lo && k <= hi).distinct().toArray();
        }

        static Decimals closed(double min, double max, int scale) {
            return new Decimals(min, true, max, true, scale);
        }

        double draw(SplittableRandom r) {
            long k = r.nextInt(EDGE_CASE_ODDS) == 0 ? edges[r.nextInt(edges.length)] : r.nextLong(lo, hi + 1);
            return BigDecimal.valueOf(k, scale).doubleValue();
        }
    }

    static double pick(SplittableRandom r, double... values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static double[] draws(SplittableRandom r, int n, Function<SplittableRandom, Double> gen) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = gen.apply(r);
        }
        return out;
    }

    static final double[] SPECIAL_LOGITS = {0.0, 1e-8, -1e-8, 0.5, -0.5, 2.0, -2.0, 10.0, -10.0, 17.0, -17.0,
            36.7, -36.7, 37.0, -37.0, 40.0, -40.0, 100.0, -100.0, 1000.0, -1000.0, 1e4, -1e4};

    /**
     * Logits in [−bound, bound]: a special point (¼), uniform with 9 decimals (½), or ±10^e with e uniform
     * in [−10, log10(bound)] (¼).
     */
    static final class Logits implements Function<SplittableRandom, Double> {
        private final double[] specials;
        private final Decimals uniform;
        private final Decimals exponent;

        Logits(double bound) {
            specials = Arrays.stream(SPECIAL_LOGITS).filter(v -> Math.abs(v) <= bound).toArray();
            uniform = Decimals.closed(-bound, bound, 9);
            exponent = Decimals.closed(-10, Math.floor(Math.log10(bound) * 1e9) / 1e9, 9);
        }

        @Override
        public Double apply(SplittableRandom r) {
            switch (r.nextInt(4)) {
                case 0:
                    return pick(r, specials);
                case 1:
                case 2:
                    return uniform.draw(r);
                default:
                    double s = pick(r, -1.0, 1.0);
                    return s * Math.pow(10, exponent.draw(r));
            }
        }
    }

    static final Logits LOGITS_50 = new Logits(50);
    static final Logits LOGITS_1E4 = new Logits(1e4);

    static final Decimals GAMMA_RANGE = Decimals.closed(0, 10, 9);
    static final Decimals UNIT_RANGE = Decimals.closed(0, 1, 9);

    static double gamma(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 5.0, 10.0) : GAMMA_RANGE.draw(r);
    }

    static double alpha(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, 0.0, 0.25, 0.5, 0.75, 1.0) : UNIT_RANGE.draw(r);
    }

    /** α or "off" (null). */
    static Double alphaOrOff(SplittableRandom r) {
        return r.nextBoolean() ? null : alpha(r);
    }

    static Double softTarget(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, 0.0, 1.0, 0.3, 0.5, 0.9, 1e-9, 1 - 1e-9) : UNIT_RANGE.draw(r);
    }

    static Double hardTarget(SplittableRandom r) {
        return pick(r, 0.0, 1.0);
    }

    static final Decimals PROBABILITY_RANGE = Decimals.closed(0, 1, 12);
    static final Decimals NEAR_ONE_EXPONENT = Decimals.closed(0, 17, 6);
    static final Decimals NEAR_ZERO_EXPONENT = Decimals.closed(0, 320, 6);

    /** p ∈ [0, 1]: special points, uniform with 12 decimals, 1 − 10^−e (e ≤ 17) and 10^−e (e ≤ 320), ¼ each. */
    static double probability(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return pick(r, 0.0, 1.0, 0.5, Math.nextUp(0.5), Math.nextDown(0.5), Math.nextDown(1.0), Double.MIN_VALUE);
            case 1:
                return PROBABILITY_RANGE.draw(r);
            case 2:
                return 1 - Math.pow(10, -NEAR_ONE_EXPONENT.draw(r));
            default:
                return Math.pow(10, -NEAR_ZERO_EXPONENT.draw(r));
        }
    }

    /** A binary problem: logits and float targets of one shape. */
    record BinCase(int[] shape, double[] x, double[] t) {
        Tensor logits() {
            return new Tensor(shape.clone(), x.clone());
        }

        Tensor targets() {
            return new Tensor(shape.clone(), t.clone());
        }

        @Override
        public String toString() {
            return "shape " + Arrays.toString(shape) + " x " + Arrays.toString(x) + " t " + Arrays.toString(t);
        }
    }

    static final int[][] BINARY_SHAPES = {{1}, {3}, {6}, {2, 3}, {2, 1, 2, 2}};

    static BinCase binCase(SplittableRandom r, Function<SplittableRandom, Double> logit, Function<SplittableRandom, Double> target,
                           int[][] shapes) {
        int[] shape = pick(r, shapes);
        int n = size(shape);
        double[] x = draws(r, n, logit);
        double[] t = draws(r, n, target);
        return new BinCase(shape, x, t);
    }

    static BinCase hard50(SplittableRandom r) {
        return binCase(r, LOGITS_50, FocalLossPropertiesTest::hardTarget, BINARY_SHAPES);
    }

    static BinCase mixed1e4(SplittableRandom r) {
        return r.nextBoolean() ? soft1e4(r) : hard1e4(r);
    }

    static BinCase hard1e4(SplittableRandom r) {
        return binCase(r, LOGITS_1E4, FocalLossPropertiesTest::hardTarget, BINARY_SHAPES);
    }

    static BinCase soft50(SplittableRandom r) {
        return binCase(r, LOGITS_50, FocalLossPropertiesTest::softTarget, BINARY_SHAPES);
    }

    static BinCase soft1e4(SplittableRandom r) {
        return binCase(r, LOGITS_1E4, FocalLossPropertiesTest::softTarget, BINARY_SHAPES);
    }

    /** Soft or hard targets on multi-element tensors. */
    static BinCase mixed50(SplittableRandom r) {
        return r.nextBoolean() ? soft50(r) : hard50(r);
    }

    /** Dyadic values k/64: 1 − v is exact, so the mirrored problem has exactly the mirrored inputs. */
    static double dyadic(SplittableRandom r) {
        return r.nextInt(65) / 64.0;
    }

    /** A class problem: logits [N, C, …] and labels [N, …]. */
    record ClassCase(int[] shape, double[] x, int[] labelShape, int[] y) {
        Tensor logits() {
            return new Tensor(shape.clone(), x.clone());
        }

        LabelTensor labels() {
            return new LabelTensor(labelShape.clone(), y.clone());
        }

        int classes() {
            return shape[1];
        }

        ClassCase replaceLabel(int from, int to) {
            return new ClassCase(shape, x, labelShape, Arrays.stream(y).map(v -> v == from ? to : v).toArray());
        }

        @Override
        public String toString() {
            return "shape " + Arrays.toString(shape) + " x " + Arrays.toString(x) + " y " + Arrays.toString(y);
        }
    }

    static final int[][] CLASS_SHAPES = {{1, 2}, {4, 3}, {3, 5}, {2, 3, 2, 2}, {1, 4, 3}};

    /** Labels in [0, C), with {@code ignore} (if not null) mixed in at about one position in five. */
    static ClassCase classCase(SplittableRandom r, Function<SplittableRandom, Double> logit, Integer ignore) {
        return classCase(r, pick(r, CLASS_SHAPES), logit, ignore);
    }

    static ClassCase classCase(SplittableRandom r, int[] shape, Function<SplittableRandom, Double> logit, Integer ignore) {
        int c = shape[1];
        int[] labelShape = labelShapeOf(shape);
        double[] x = draws(r, size(shape), logit);
        int[] y = new int[size(labelShape)];
        for (int i = 0; i < y.length; i++) {
            y[i] = ignore != null && r.nextInt(5) == 0 ? ignore : r.nextInt(c);
        }
        return new ClassCase(shape, x, labelShape, y);
    }

    static final Decimals REDUCED_THRESHOLD_RANGE = new Decimals(0.05, true, 1.0, false, 9);

    static Double reducedThreshold(SplittableRandom r) {
        // Thresholds below ~0.05 are left out on purpose: ((1 − p_t)/r)^γ then overflows the double range for
        // large γ (in torch as well), which tests nothing about the gradient formulas.
        // r = 1 exactly is left to reducedThresholdOneIsCrossEntropy (a core bug: see there).
        switch (r.nextInt(3)) {
            case 0:
                return null;
            case 1:
                return pick(r, 0.5, 0.25, 0.75, 0.999999999);
            default:
                return REDUCED_THRESHOLD_RANGE.draw(r);
        }
    }

    static double epsilon(SplittableRandom r) {
        // The smp default, and two values that make the clamp of the normaliser actually happen.
        return pick(r, BinaryFocalParams.SMP_DEFAULT_EPS, BinaryFocalParams.SMP_DEFAULT_EPS, 0.3, 3.0);
    }

    static final Decimals WEIGHT_RANGE = Decimals.closed(0, 2, 9);

    static double[] classWeights(SplittableRandom r, int c) {
        return draws(r, c, rr -> rr.nextBoolean() ? pick(rr, 0.0, 0.25, 1.0) : WEIGHT_RANGE.draw(rr));
    }

    /** A per-class weight vector, or none (null), half and half. */
    static double[] classWeightsOrNone(SplittableRandom r, int c) {
        return r.nextBoolean() ? null : classWeights(r, c);
    }

    // ------------------------------------------------------------------------------------------------
    // 1. FL ≤ α_t·CE, elementwise
    // ------------------------------------------------------------------------------------------------

    record BinGammaAlpha(BinCase c, double gamma, Double alpha) {}

    /**
     * FL = α_t·(1 − p_t)^γ·CE with 0 ≤ (1 − p_t)^γ ≤ 1, so 0 ≤ FL ≤ α_t·CE. This holds exactly in floating
     * point as well (not just to within rounding): the core forms (α_t·f)·CE with a computed f ≤ 1, and
     * rounding is monotone, so (α_t·f)·CE ≤ α_t·CE. α_t is computed as its definition reads
     * (α, 1 − α, or α·t + (1 − α)(1 − t) for soft targets); CE is {@link BceWithLogits}.
     */
    @Test
    void focalLossIsBetweenZeroAndAlphaBalancedCe_hardTargets() {
        forAll(300, SEED, r -> new BinGammaAlpha(hard50(r), gamma(r), alphaOrOff(r)), in -> {
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.TORCHVISION_LINEAR);
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.SMP_GEOMETRIC);
        });
    }

    @Test
    void focalLossIsBetweenZeroAndAlphaBalancedCe_hardTargetsWideRange() {
        forAll(300, SEED, r -> new BinGammaAlpha(hard1e4(r), gamma(r), alphaOrOff(r)), in -> {
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.TORCHVISION_LINEAR);
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.SMP_GEOMETRIC);
        });
    }

    /**
     * Soft targets: torchvision's linear 1 − p_t = t(1 − p) + (1 − t)p ≤ 1, so FL ≤ α_t·BCE; smp's
     * 1 − p_t = 1 − exp(−BCE) ≤ 1 as well.
     */
    @Test
    void focalLossIsBetweenZeroAndAlphaBalancedBce_softTargets() {
        forAll(300, SEED, r -> new BinGammaAlpha(soft50(r), gamma(r), alphaOrOff(r)), in -> {
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.TORCHVISION_LINEAR);
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.SMP_GEOMETRIC);
        });
    }

    @Test
    void focalLossIsBetweenZeroAndAlphaBalancedBce_softTargetsWideRange() {
        forAll(300, SEED, r -> new BinGammaAlpha(soft1e4(r), gamma(r), alphaOrOff(r)), in -> {
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.TORCHVISION_LINEAR);
            assertFlBelowAlphaCe(in.c(), in.gamma(), in.alpha(), SoftTargetConvention.SMP_GEOMETRIC);
        });
    }

    private static void assertFlBelowAlphaCe(BinCase c, double gamma, Double alpha, SoftTargetConvention conv) {
        BinaryFocalParams p = conv == SoftTargetConvention.TORCHVISION_LINEAR
                ? BinaryFocalParams.torchvision(alpha == null ? -1 : alpha, gamma)
                : BinaryFocalParams.smp(alpha, gamma, false, null);
        double[] fl = BinaryFocalLoss.compute(c.logits(), c.targets(), p, Reduction.NONE).loss().data();
        double[] ce = BceWithLogits.compute(c.logits(), c.targets(), Reduction.NONE).loss().data();
        for (int i = 0; i < fl.length; i++) {
            double t = c.t()[i];
            double a = alpha == null ? 1.0 : t == 1.0 ? alpha : t == 0.0 ? 1.0 - alpha : alpha * t + (1.0 - alpha) * (1.0 - t);
            assertThat(fl[i]).as("%s FL[%d] >= 0 (x=%s, t=%s)", conv, i, c.x()[i], t).isGreaterThanOrEqualTo(0.0);
            assertThat(fl[i]).as("%s FL[%d] <= alpha_t*CE (x=%s, t=%s, alpha_t=%s, CE=%s)", conv, i, c.x()[i], t, a, ce[i])
                    .isLessThanOrEqualTo(a * ce[i]);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // 2. FL is non-increasing in p_t (and in x_t)
    // ------------------------------------------------------------------------------------------------

    /**
     * Both factors of α_t·(1 − p_t)^γ·(−log p_t) are non-increasing in p_t. In floating point the core's
     * evaluation is monotone too (1 − p_t and log/log1p/pow are monotone, rounding is monotone), so this is
     * checked with no tolerance, also across the p_t = 0.5 switch between log and log1p.
     *
     * <p>The single point p_t = 0 with α_t = 0 is left to {@link #flAtPtZeroWithAlphaTZero} (0·∞).
     */
    @Test
    void focalLossIsNonIncreasingInPt() {
        record In(double a, double b, double alphaT, double gamma) {}
        forAll(1000, SEED, r -> new In(probability(r), probability(r), alpha(r), gamma(r)), in -> {
            double alphaT = in.alphaT();
            double gamma = in.gamma();
            double lo = Math.min(in.a(), in.b());
            double hi = Math.max(in.a(), in.b());
            if (lo == 0.0 && alphaT == 0.0) {
                return; // see flAtPtZeroWithAlphaTZero
            }
            double flLo = FocalCurves.fl(lo, alphaT, gamma);
            double flHi = FocalCurves.fl(hi, alphaT, gamma);
            assertThat(flLo).as("FL(%s) >= FL(%s), alpha_t=%s gamma=%s", lo, hi, alphaT, gamma).isGreaterThanOrEqualTo(flHi);
            assertThat(FocalCurves.modulatingFactor(lo, gamma)).isGreaterThanOrEqualTo(FocalCurves.modulatingFactor(hi, gamma));
            assertThat(FocalCurves.ce(lo)).isGreaterThanOrEqualTo(FocalCurves.ce(hi));
        });
    }

    /**
     * FL(p_t) = −α_t(1 − p_t)^γ log p_t with α_t = 0 is the zero function; its value at p_t = 0 should be 0
     * (the limit, and what {@link FocalCurves#flOfLogit} gives for any finite logit), like the 0·∞ the
     * core already resolves at p_t = 1 — not 0·∞ = NaN.
     */
    @Test
    void flAtPtZeroWithAlphaTZero() {
        forAll(20, SEED, FocalLossPropertiesTest::gamma, gamma ->
                assertThat(FocalCurves.fl(0.0, 0.0, gamma)).as("FL(p_t=0, alpha_t=0, gamma=%s)", gamma).isEqualTo(0.0));
    }

    record TwoLogitsAlphaGamma(double a, double b, double alpha, double gamma) {}

    /** FL(x_t) is non-increasing in the logit of the true class (FocalCurves and BinaryFocalLoss, t = 1 and t = 0). */
    @Test
    void focalLossIsNonIncreasingInXt() {
        forAll(1000, SEED, r -> new TwoLogitsAlphaGamma(LOGITS_50.apply(r), LOGITS_50.apply(r), alpha(r), gamma(r)),
                in -> assertNonIncreasingInXt(Math.min(in.a(), in.b()), Math.max(in.a(), in.b()), in.alpha(), in.gamma()));
    }

    @Test
    void focalLossIsNonIncreasingInXt_wideRange() {
        forAll(1000, SEED, r -> new TwoLogitsAlphaGamma(LOGITS_1E4.apply(r), LOGITS_1E4.apply(r), alpha(r), gamma(r)),
                in -> assertNonIncreasingInXt(Math.min(in.a(), in.b()), Math.max(in.a(), in.b()), in.alpha(), in.gamma()));
    }

    private static void assertNonIncreasingInXt(double lo, double hi, double alpha, double gamma) {
        assertThat(FocalCurves.flOfLogit(lo, alpha, gamma)).as("FocalCurves FL(x_t=%s) >= FL(x_t=%s)", lo, hi)
                .isGreaterThanOrEqualTo(FocalCurves.flOfLogit(hi, alpha, gamma));
        for (BinaryFocalParams p : new BinaryFocalParams[] {BinaryFocalParams.torchvision(alpha, gamma), BinaryFocalParams.smp(alpha, gamma, false, null)}) {
            // t = 1: x_t = x; t = 0: x_t = −x, so the loss is non-decreasing in x.
            double[] l1 = BinaryFocalLoss.compute(Tensor.vector(lo, hi), Tensor.vector(1, 1), p, Reduction.NONE).loss().data();
            double[] l0 = BinaryFocalLoss.compute(Tensor.vector(lo, hi), Tensor.vector(0, 0), p, Reduction.NONE).loss().data();
            assertThat(l1[0]).as("%s t=1: FL(%s) >= FL(%s)", p.convention(), lo, hi).isGreaterThanOrEqualTo(l1[1]);
            assertThat(l0[0]).as("%s t=0: FL(%s) <= FL(%s)", p.convention(), lo, hi).isLessThanOrEqualTo(l0[1]);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // 3. γ = 0 is cross-entropy
    // ------------------------------------------------------------------------------------------------

    /**
     * γ = 0 with α off equals BCE-with-logits <b>bit for bit</b>, loss and gradient, for every reduction and
     * both conventions. Why exactly: {@link BceWithLogits} is the torchvision kernel with (α off, γ = 0);
     * smp's hard targets use the same kernel; smp's soft-target branch with γ = 0 sets the focal term to
     * exactly 1 and its derivative to 0, and then evaluates the same BCE expression (1 − t)·softplus(x) +
     * t·softplus(−x) and gradient p − t as the torchvision branch (whose (1 − p_t)^0 is exactly 1). A
     * reduced_threshold changes nothing at γ = 0 (both branches give focal term 1 and gradient −(1 − p_t)).
     * The same holds with α on against {@link BceWithLogits#alphaBalanced}.
     */
    @Test
    void gammaZeroIsCrossEntropyBitForBit() {
        record In(BinCase c, Double alpha, Double rt) {}
        for (LossKernel kernel : LossKernel.values()) {
            forAll(300, SEED, r -> new In(mixed50(r), alphaOrOff(r), reducedThreshold(r)), in -> kernel.call(() -> {
                BinCase c = in.c();
                Double alpha = in.alpha();
                Double rt = in.rt();
                for (Reduction r : new Reduction[] {Reduction.NONE, Reduction.MEAN, Reduction.SUM, Reduction.BATCHWISE_MEAN}) {
                    LossOutput ce = crossEntropy(c, alpha, r);
                    LossOutput tv = BinaryFocalLoss.compute(c.logits(), c.targets(), BinaryFocalParams.torchvision(alpha == null ? -1 : alpha, 0.0), r);
                    LossOutput smp = BinaryFocalLoss.compute(c.logits(), c.targets(), BinaryFocalParams.smp(alpha, 0.0, false, null), r);
                    // reduced_threshold always runs the scalar formulas (both kernels): it equals the scalar CE.
                    LossOutput smpRt = BinaryFocalLoss.compute(c.logits(), c.targets(), BinaryFocalParams.smp(alpha, 0.0, false, rt), r);
                    LossOutput ceForRt = rt == null ? ce : LossKernel.SCALAR.call(() -> crossEntropy(c, alpha, r));
                    for (LossOutput[] pair : new LossOutput[][] {{tv, ce}, {smp, ce}, {smpRt, ceForRt}}) {
                        assertBitEqual(kernel + " loss " + r, pair[0].loss().data(), pair[1].loss().data());
                        assertBitEqual(kernel + " grad " + r, pair[0].grad().data(), pair[1].grad().data());
                        assertThat(pair[0].loss().shape()).isEqualTo(pair[1].loss().shape());
                    }
                }
                return null;
            }));
        }
    }

    private static LossOutput crossEntropy(BinCase c, Double alpha, Reduction r) {
        return alpha == null
                ? BceWithLogits.compute(c.logits(), c.targets(), r)
                : BceWithLogits.alphaBalanced(c.logits(), c.targets(), alpha, r);
    }

    /**
     * reduced_threshold r = 1: "focal term replaced by 1 where p_t &lt; r" replaces it for every finite logit
     * (p_t = σ(x_t) &lt; 1), so the loss is α-balanced BCE — bit for bit, since the replaced branch is the
     * γ = 0 computation (focal 1, d/dx_t = −(1 − p_t)). {@code normalized} stays off here.
     */
    @Test
    void reducedThresholdOneIsCrossEntropy() {
        record In(BinCase c, Double alpha, double gamma) {}
        forAll(300, SEED, r -> new In(hard1e4(r), alphaOrOff(r), gamma(r)), in -> {
            BinCase c = in.c();
            Double alpha = in.alpha();
            double gamma = in.gamma();
            // reduced_threshold runs the scalar formulas in both kernels, so it is the scalar kernel's CE it equals.
            LossOutput ce = LossKernel.SCALAR.call(() -> crossEntropy(c, alpha, Reduction.NONE));
            LossOutput fl = BinaryFocalLoss.compute(c.logits(), c.targets(), BinaryFocalParams.smp(alpha, gamma, false, 1.0), Reduction.NONE);
            String what = c + " alpha " + alpha + " gamma " + gamma + ", rt = 1: ";
            assertBitEqual(what + "loss", fl.loss().data(), ce.loss().data());
            assertBitEqual(what + "grad", fl.grad().data(), ce.grad().data());
        });
    }

    /**
     * The curve functions: FL(x_t; α_t = 1, γ = 0) equals CE(x_t) bit for bit (both are softplus(−x_t),
     * formed with the same operations). The gradients agree to 1 ulp but not bit for bit: for x_t ≥ 0 the
     * FL kernel forms 1 − p_t as e·(1/(1 + e)) with e = exp(−x_t), {@link FocalCurves#ceGradient} as
     * e/(1 + e); one rounding versus two, so the results can differ by one ulp (never more: the two are
     * within 0.5 and 1.5 rounding units of the same value). For x_t &lt; 0 both are 1/(1 + e^x_t), identical.
     */
    @Test
    void gammaZeroCurveIsCrossEntropy() {
        forAll(1000, SEED, LOGITS_1E4, xt -> {
            assertThat(FocalCurves.flOfLogit(xt, 1.0, 0.0)).isEqualTo(FocalCurves.ceOfLogit(xt));
            double g = FocalCurves.flGradient(xt, 1.0, 0.0);
            double ce = FocalCurves.ceGradient(xt);
            assertThat(Math.abs(g - ce)).as("grad %s vs %s at x_t=%s", g, ce, xt).isLessThanOrEqualTo(Math.ulp(Math.max(Math.abs(g), Math.abs(ce))));
            if (xt < 0) {
                assertThat(g).isEqualTo(ce);
            }
        });
    }

    // ------------------------------------------------------------------------------------------------
    // 4. Symmetry FL(x, y=1; α) = FL(−x, y=0; 1 − α)
    // ------------------------------------------------------------------------------------------------

    /**
     * Loss equal and gradient equal with the sign flipped, bit for bit. The core weights a negative by
     * 1 − α', so the mirror of a positive with weight α is a negative with α' = 1 − α, weighted
     * 1 − (1 − α). That is α itself when 1 − α is exact, but e.g. 1 − (1 − 0.1) = 0.09999999999999998:
     * the parameter α cannot be mirrored exactly. The test therefore compares against the positive with
     * weight a = 1 − (1 − α) — the exact mirror — and separately checks α off, which needs no rounding.
     */
    @Test
    void mirrorSymmetry_hardTargets() {
        record In(double x, double alpha, double gamma) {}
        forAll(1000, SEED, r -> new In(LOGITS_1E4.apply(r), alpha(r), gamma(r)), in -> {
            double x = in.x();
            double gamma = in.gamma();
            double mirrored = 1.0 - in.alpha();
            double exactMirror = 1.0 - mirrored;
            for (SoftTargetConvention conv : SoftTargetConvention.values()) {
                BinaryFocalParams pos = params(conv, exactMirror, gamma);
                BinaryFocalParams neg = params(conv, mirrored, gamma);
                assertMirror(x, pos, neg);
                assertMirror(x, params(conv, null, gamma), params(conv, null, gamma));
            }
        });
    }

    private static void assertMirror(double x, BinaryFocalParams pos, BinaryFocalParams neg) {
        LossOutput a = BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(1.0), pos, Reduction.NONE);
        LossOutput b = BinaryFocalLoss.compute(Tensor.vector(-x), Tensor.vector(0.0), neg, Reduction.NONE);
        assertThat(b.loss().item()).as("%s loss at x=%s", pos, x).isEqualTo(a.loss().item());
        assertThat(b.grad().item()).as("%s grad at x=%s", pos, x).isEqualTo(-a.grad().item());
    }

    /**
     * Soft targets: FL(x, t; α) = FL(−x, 1 − t; 1 − α) in both conventions; with dyadic t and α (k/64) every
     * mirrored input is exact and the core's expressions are the same sums of the same products in the
     * other order, so the loss is equal bit for bit. (The gradient multiplies the same factors in a
     * different order, so it is left to the finite-difference properties.)
     */
    @Test
    void mirrorSymmetry_softTargets() {
        record In(double x, double t, double alpha, double gamma) {}
        forAll(1000, SEED, r -> new In(LOGITS_1E4.apply(r), dyadic(r), dyadic(r), gamma(r)), in -> {
            double x = in.x();
            double t = in.t();
            double alpha = in.alpha();
            double gamma = in.gamma();
            for (SoftTargetConvention conv : SoftTargetConvention.values()) {
                double a = BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(t), params(conv, alpha, gamma), Reduction.NONE).loss().item();
                double b = BinaryFocalLoss.compute(Tensor.vector(-x), Tensor.vector(1 - t), params(conv, 1 - alpha, gamma), Reduction.NONE).loss().item();
                assertThat(b).as("%s x=%s t=%s alpha=%s gamma=%s", conv, x, t, alpha, gamma).isEqualTo(a);
            }
        });
    }

    private static BinaryFocalParams params(SoftTargetConvention conv, Double alpha, double gamma) {
        return conv == SoftTargetConvention.TORCHVISION_LINEAR
                ? BinaryFocalParams.torchvision(alpha == null ? -1 : alpha, gamma)
                : BinaryFocalParams.smp(alpha, gamma, false, null);
    }

    // ------------------------------------------------------------------------------------------------
    // 5. Gradients against finite differences of an exact reference
    // ------------------------------------------------------------------------------------------------

    static final Reduction[] NMS = {Reduction.NONE, Reduction.MEAN, Reduction.SUM};
    static final Reduction[] ALL = Reduction.values();

    /** torchvision: soft and hard targets, α on/off, every reduction. */
    @Test
    void gradientMatchesFiniteDifference_torchvision() {
        forAll(150, SEED, r -> new BinGammaAlpha(mixed50(r), gamma(r), alphaOrOff(r)), in -> {
            BinCase c = in.c();
            Double alpha = in.alpha();
            BinaryFocalParams p = BinaryFocalParams.torchvision(alpha == null ? -1 : alpha, in.gamma());
            BinaryModel m = new BinaryModel(c, p);
            for (Reduction r : NMS) {
                m.check(BinaryFocalLoss.compute(c.logits(), c.targets(), p, r), r);
            }
        });
    }

    /** smp: soft and hard targets, α, normalized (couples all elements), reduced_threshold, eps, every reduction. */
    @Test
    void gradientMatchesFiniteDifference_smp() {
        record In(BinCase c, Double alpha, double gamma, boolean normalized, Double rt, double eps) {}
        forAll(200, SEED, r -> new In(mixed50(r), alphaOrOff(r), gamma(r), r.nextBoolean(), reducedThreshold(r), epsilon(r)), in -> {
            BinCase c = in.c();
            BinaryFocalParams p = BinaryFocalParams.smp(in.alpha(), in.gamma(), in.normalized(), in.rt(), in.eps());
            BinaryModel m = new BinaryModel(c, p);
            for (Reduction r : ALL) {
                m.check(BinaryFocalLoss.compute(c.logits(), c.targets(), p, r), r);
            }
        });
    }

    /** Soft and hard targets over [−1e4, 1e4], both conventions (h = 1e−5·|x|, up to 0.1, there). */
    @Test
    void gradientMatchesFiniteDifference_wideRange() {
        record In(BinCase c, Double alpha, double gamma, boolean normalized, Double rt) {}
        forAll(80, SEED, r -> new In(mixed1e4(r), alphaOrOff(r), gamma(r), r.nextBoolean(), reducedThreshold(r)), in -> {
            BinCase c = in.c();
            Double alpha = in.alpha();
            double gamma = in.gamma();
            BinaryFocalParams tv = BinaryFocalParams.torchvision(alpha == null ? -1 : alpha, gamma);
            new BinaryModel(c, tv).check(BinaryFocalLoss.compute(c.logits(), c.targets(), tv, Reduction.SUM), Reduction.SUM);
            BinaryFocalParams smp = BinaryFocalParams.smp(alpha, gamma, in.normalized(), in.rt());
            new BinaryModel(c, smp).check(BinaryFocalLoss.compute(c.logits(), c.targets(), smp, Reduction.MEAN), Reduction.MEAN);
        });
    }

    /** smp FocalLoss(mode="multiclass"): Σ_c FL(x[:, c], y == c), per-class normalisation and mean, ignore_index. */
    @Test
    void gradientMatchesFiniteDifference_smpMulticlass() {
        record In(ClassCase c, Double alpha, double gamma, boolean normalized, Double rt, boolean withIgnore) {}
        forAll(80, SEED, r -> new In(multiclassProblem(r), alphaOrOff(r), gamma(r), r.nextBoolean(), reducedThreshold(r), r.nextBoolean()), in -> {
            boolean withIgnore = in.withIgnore();
            Integer ignore = withIgnore ? IGNORE : null;
            ClassCase c = in.c();
            if (!withIgnore) {
                c = c.replaceLabel(IGNORE, 0);
            }
            SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(SmpMode.MULTICLASS, in.alpha(), in.gamma(), ignore, in.normalized(), in.rt());
            MulticlassModel m = new MulticlassModel(c, s);
            for (Reduction r : ALL) {
                m.check(SmpFocalLoss.compute(c.logits(), c.labels(), s, r), r);
            }
        });
    }

    static final int IGNORE = 255;

    static ClassCase multiclassProblem(SplittableRandom r) {
        return classCase(r, LOGITS_50, IGNORE);
    }

    /** The seed's softmax focal loss with a per-class α vector (or none). */
    @Test
    void gradientMatchesFiniteDifference_softmaxFocal() {
        record In(SoftmaxProblem sp, double gamma) {}
        forAll(40, SEED, r -> new In(softmaxProblem(r), gamma(r)), in -> {
            SoftmaxProblem sp = in.sp();
            ClassCase c = sp.c();
            LossOutput out = SoftmaxFocalLoss.compute(c.logits(), c.labels(), in.gamma(), sp.weight());
            new SoftmaxModel(c, sp.weight(), in.gamma(), null).check(out, Reduction.MEAN);
        });
    }

    record SoftmaxProblem(ClassCase c, double[] weight, Integer ignore) {
        @Override
        public String toString() {
            return c + " weight " + Arrays.toString(weight) + " ignore " + ignore;
        }
    }

    static SoftmaxProblem softmaxProblem(SplittableRandom r) {
        ClassCase c = classCase(r, LOGITS_50, null);
        return new SoftmaxProblem(c, classWeightsOrNone(r, c.classes()), null);
    }

    static SoftmaxProblem ceProblem(SplittableRandom r) {
        int ignore = r.nextBoolean() ? -100 : 1;
        ClassCase c = classCase(r, LOGITS_50, ignore);
        return new SoftmaxProblem(c, classWeightsOrNone(r, c.classes()), ignore);
    }

    /** F.cross_entropy with a weight vector (or none) and ignore_index, reductions none/mean/sum. */
    @Test
    void gradientMatchesFiniteDifference_crossEntropy() {
        forAll(60, SEED, FocalLossPropertiesTest::ceProblem, sp -> {
            ClassCase c = sp.c();
            for (Reduction r : NMS) {
                LossOutput out = CrossEntropyLoss.compute(c.logits(), c.labels(), sp.weight(), sp.ignore(), r);
                SoftmaxModel m = new SoftmaxModel(c, sp.weight(), 0.0, sp.ignore());
                m.checkIgnoredGradientOfEmptyMean = false; // a core bug, isolated in crossEntropyMeanOfNothingHasZeroGradientAtIgnoredRows
                m.check(out, r);
            }
        });
    }

    /**
     * torch: if Σ w_y over the kept rows is 0 (e.g. every row ignored), {@code mean} is 0/0 = NaN but the
     * ignored rows get gradient 0 — nothing flows to them (golden case P/ce/all-ignored: all-zero gradient).
     * What rows that are kept with weight 0 should get is not pinned down by any golden case (torch computes
     * −w·(1/Σw) for them, 0·∞), so only the ignored rows are checked.
     */
    @Test
    void crossEntropyMeanOfNothingHasZeroGradientAtIgnoredRows() {
        forAll(50, SEED, FocalLossPropertiesTest::ceProblem, sp -> {
            ClassCase c = sp.c().replaceLabel(0, sp.ignore());
            int[] y = c.y();
            double[] w = new double[c.classes()]; // with every kept row weighted 0 the mean is 0/0 too
            LossOutput out = CrossEntropyLoss.compute(c.logits(), c.labels(), w, sp.ignore(), Reduction.MEAN);
            assertThat(out.loss().item()).isNaN();
            Layout layout = Layout.of(c);
            for (int r = 0; r < y.length; r++) {
                for (int k = 0; k < c.classes() && y[r] == sp.ignore(); k++) {
                    assertThat(out.grad().data()[layout.offset(r, k)]).as("%s: grad at ignored row %d, class %d", c, r, k).isEqualTo(0.0);
                }
            }
        });
    }

    /** γ ∈ (0, 10] and β ∈ [−5, 5] on a grid of 2 decimals, as before. */
    static final Decimals FL_STAR_GAMMA_RANGE = new Decimals(0, false, 10, true, 2);
    static final Decimals FL_STAR_BETA_RANGE = Decimals.closed(-5, 5, 2);

    /** FL* = softplus(−(γ x_t + β))/γ. */
    @Test
    void gradientMatchesFiniteDifference_flStar() {
        record In(BinCase c, double gamma, double beta) {}
        forAll(150, SEED, r -> new In(hard50(r), FL_STAR_GAMMA_RANGE.draw(r), FL_STAR_BETA_RANGE.draw(r)), in -> {
            BinCase c = in.c();
            FlStarModel m = new FlStarModel(c, in.gamma(), in.beta());
            for (Reduction r : ALL) {
                m.check(FlStar.compute(c.logits(), c.targets(), in.gamma(), in.beta(), r), r);
            }
        });
    }

    // ------------------------------------------------------------------------------------------------
    // 6. Softmax FL at γ = 0 is weighted cross-entropy
    // ------------------------------------------------------------------------------------------------

    /**
     * SoftmaxFocalLoss(γ = 0, α) equals CrossEntropyLoss(weight = α, mean) on [B, C, H, W]. The loss is
     * equal bit for bit (same kernel, same compensated sums in the same order). The gradient is equal to
     * within 2 ulps, not bit for bit: the focal loss divides every entry by Σα, cross-entropy multiplies
     * by the rounded 1/Σα — one rounding (≤ ½ ulp) against two (≤ 1.5 ulp), at most 2 grid steps apart.
     */
    @Test
    void softmaxFocalWithGammaZeroIsWeightedCrossEntropy() {
        // CrossEntropyLoss is scalar code: the scalar kernel forms the same operations (bit-equal loss).
        forAll(100, SEED, FocalLossPropertiesTest::bchwProblem, sp -> LossKernel.SCALAR.call(() -> {
            ClassCase c = sp.c();
            LossOutput fl = SoftmaxFocalLoss.compute(c.logits(), c.labels(), 0.0, sp.weight());
            LossOutput ce = CrossEntropyLoss.compute(c.logits(), c.labels(), sp.weight(), CrossEntropyLoss.TORCH_DEFAULT_IGNORE_INDEX, Reduction.MEAN);
            assertBitEqual("loss", fl.loss().data(), ce.loss().data());
            assertWithinUlps("grad", fl.grad().data(), ce.grad().data(), 2.0);
            return null;
        }));
    }

    /**
     * The vector kernel's own exp and log1p are not Math's, so against the scalar cross-entropy it agrees to a
     * few ulp rather than bit for bit: loss and gradient within {@link #VECTOR_VS_SCALAR_ULPS}.
     */
    @Test
    void vectorSoftmaxFocalWithGammaZeroIsWeightedCrossEntropyToAFewUlps() {
        forAll(100, SEED, FocalLossPropertiesTest::bchwProblem, sp -> LossKernel.VECTOR.call(() -> {
            ClassCase c = sp.c();
            LossOutput fl = SoftmaxFocalLoss.compute(c.logits(), c.labels(), 0.0, sp.weight());
            LossOutput ce = CrossEntropyLoss.compute(c.logits(), c.labels(), sp.weight(), CrossEntropyLoss.TORCH_DEFAULT_IGNORE_INDEX, Reduction.MEAN);
            assertWithinUlps("loss", fl.loss().data(), ce.loss().data(), VECTOR_VS_SCALAR_ULPS);
            assertWithinUlps("grad", fl.grad().data(), ce.grad().data(), VECTOR_VS_SCALAR_ULPS);
            return null;
        }));
    }

    /** Bound of the vector kernel against scalar formulas of the same quantity (observed: see the test's failure text). */
    static final double VECTOR_VS_SCALAR_ULPS = 8.0;

    private static void assertWithinUlps(String what, double[] a, double[] b, double maxUlps) {
        assertThat(a).as(what + " length").hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) && Double.isNaN(b[i])) {
                continue; // every α_y = 0: 0/0 in both
            }
            double ulps = a[i] == b[i] ? 0.0 : Math.abs(a[i] - b[i]) / Math.ulp(Math.max(Math.abs(a[i]), Math.abs(b[i])));
            assertThat(ulps).as("%s[%d] %s vs %s", what, i, a[i], b[i]).isLessThanOrEqualTo(maxUlps);
        }
    }

    static final int[][] BCHW_SHAPES = {{2, 3, 2, 3}, {1, 4, 3, 3}, {3, 2, 2, 2}, {2, 5, 1, 4}};

    static SoftmaxProblem bchwProblem(SplittableRandom r) {
        ClassCase c = classCase(r, pick(r, BCHW_SHAPES), LOGITS_50, null);
        return new SoftmaxProblem(c, classWeightsOrNone(r, c.classes()), null);
    }

    // ------------------------------------------------------------------------------------------------
    // Finite-difference machinery
    // ------------------------------------------------------------------------------------------------

    /** One unit of an exact loss (an element or a row): its loss (α included), focal term, weight, and branch. */
    record Unit(BigDecimal loss, BigDecimal focal, BigDecimal weight, int branch) {}

    /** The exact sum of the entries of the reduced loss, and which side of any clamp it is on. */
    record Total(BigDecimal value, long branch) {}

    /**
     * A loss made of independent units; only the unit that holds the perturbed logit is recomputed.
     * Units whose logits are ignored or dropped have unitOf = −1 and must get gradient exactly 0.
     */
    abstract static class Model {
        final double[] x;
        final String label;
        /** Whether ignored logits must get gradient 0 when the mean is 0/0 (off only for cross-entropy: see there). */
        boolean checkIgnoredGradientOfEmptyMean = true;
        Unit[] base;
        Unit[] up;
        Unit[] down;
        BigDecimal[] step;

        Model(double[] x, String label) {
            this.x = x;
            this.label = label;
        }

        /** How many loss units there are; element-wise losses have one per logit (the default). */
        int units() {
            return x.length;
        }

        /** The unit logit {@code logit} belongs to; element-wise: its own. */
        int unitOf(int logit) {
            return logit;
        }

        /** The unit with logit {@code k} replaced by {@code xk} (k = −1: no replacement). */
        abstract Unit unit(int u, int k, BigDecimal xk);

        abstract Total combine(Unit[] units, Reduction r);

        private void prepare() {
            if (base != null) {
                return;
            }
            base = new Unit[units()];
            for (int u = 0; u < base.length; u++) {
                base[u] = unit(u, -1, null);
            }
            up = new Unit[x.length];
            down = new Unit[x.length];
            step = new BigDecimal[x.length];
            for (int k = 0; k < x.length; k++) {
                int u = unitOf(k);
                if (u < 0) {
                    continue;
                }
                BigDecimal xk = new BigDecimal(x[k]);
                BigDecimal h = xk.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-5"));
                step[k] = h;
                up[k] = unit(u, k, xk.add(h));
                down[k] = unit(u, k, xk.subtract(h));
            }
        }

        void check(LossOutput out, Reduction r) {
            prepare();
            List<String> problems = new ArrayList<>();
            Total t0 = combine(base, r);
            if (t0.value() == null) {
                // No row/position counts (all ignored, or Σ weights = 0): mean is 0/0 = NaN, as torch gives.
                assertThat(out.loss().data()).as("%s reduction=%s: loss of an empty mean", label, r).containsOnly(Double.NaN);
                for (int k = 0; k < x.length && checkIgnoredGradientOfEmptyMean; k++) {
                    if (unitOf(k) < 0) {
                        assertThat(out.grad().data()[k]).as("%s grad[%d] of an ignored logit", label, k).isEqualTo(0.0);
                    }
                }
                return;
            }
            // The loss: the exact sum of the returned entries (summed exactly) against the reference.
            BigDecimal sum = BigDecimal.ZERO;
            for (double v : out.loss().data()) {
                sum = sum.add(new BigDecimal(v));
            }
            double lossErr = sum.subtract(t0.value()).abs().doubleValue()
                    / Math.max(t0.value().abs().doubleValue(), Double.MIN_NORMAL);
            if (!(lossErr <= 1e-12)) {
                problems.add("loss sum " + sum.doubleValue() + " vs exact " + t0.value().doubleValue() + " (relative error " + lossErr + ")");
            }
            double[] g = out.grad().data();
            assertThat(g).hasSize(x.length);
            int checked = 0;
            for (int k = 0; k < x.length; k++) {
                int u = unitOf(k);
                if (u < 0) {
                    if (g[k] != 0.0) {
                        problems.add("grad[" + k + "] = " + g[k] + " for an ignored logit (must be 0)");
                    }
                    continue;
                }
                if (up[k].branch() != base[u].branch() || down[k].branch() != base[u].branch()) {
                    // A reduced_threshold switch (p_t crosses r) lies within h of this logit: the focal term's
                    // derivative jumps there (and for r ≠ 0.5 its value too), so no difference quotient is
                    // meaningful. Skipped explicitly.
                    continue;
                }
                Unit[] units = base.clone();
                units[u] = up[k];
                Total plus = combine(units, r);
                units[u] = down[k];
                Total minus = combine(units, r);
                if (plus.branch() != t0.branch() || minus.branch() != t0.branch()) {
                    continue; // the normaliser's clamp max(Σ focal, eps) switches within h: a kink, skipped likewise
                }
                BigDecimal fd = plus.value().subtract(minus.value()).divide(step[k].multiply(BigDecimal.valueOf(2)), Exact.MC);
                double ref = fd.doubleValue();
                double err = Math.abs(g[k] - ref);
                if (!(err <= 1e-6 * Math.abs(ref) + 1e-9)) {
                    problems.add("grad[" + k + "] (x=" + x[k] + ") = " + g[k] + " vs finite difference " + ref + " (|diff| " + err + ")");
                }
                checked++;
            }
            assertThat(problems).as("%s reduction=%s (%d gradients checked)", label, r, checked).isEmpty();
        }
    }

    /** BinaryFocalLoss in either convention: units are the elements. */
    static final class BinaryModel extends Model {
        final double[] t;
        final BinaryFocalParams p;

        BinaryModel(BinCase c, BinaryFocalParams p) {
            super(c.x(), c + " " + p);
            this.t = c.t();
            this.p = p;
        }

        @Override
        Unit unit(int u, int k, BigDecimal xk) {
            BigDecimal xu = k < 0 ? new BigDecimal(x[u]) : xk;
            Double alpha = p.alpha().isPresent() ? p.alpha().getAsDouble() : null;
            Double rt = p.reducedThreshold().isPresent() ? p.reducedThreshold().getAsDouble() : null;
            return p.convention() == SoftTargetConvention.TORCHVISION_LINEAR
                    ? Exact.torchvisionElement(xu, t[u], alpha, p.gamma())
                    : Exact.smpElement(xu, t[u], alpha, p.gamma(), rt);
        }

        @Override
        Total combine(Unit[] units, Reduction r) {
            return Exact.combineBinary(units, r, p.normalized(), p.eps());
        }
    }

    /** smp multiclass: units are the logits of kept positions; classes are combined separately. */
    static final class MulticlassModel extends Model {
        final ClassCase c;
        final SmpFocalLoss.Settings s;
        final Layout layout;
        final int[] position;
        final int[] classOf;

        MulticlassModel(ClassCase c, SmpFocalLoss.Settings s) {
            super(c.x(), c + " " + s);
            this.c = c;
            this.s = s;
            this.layout = Layout.of(c);
            position = new int[x.length];
            classOf = new int[x.length];
            for (int r = 0; r < c.y().length; r++) {
                for (int k = 0; k < layout.classes(); k++) {
                    position[layout.offset(r, k)] = r;
                    classOf[layout.offset(r, k)] = k;
                }
            }
        }

        @Override
        int units() {
            return x.length;
        }

        @Override
        int unitOf(int logit) {
            Integer ignore = s.ignoreIndex();
            return ignore != null && c.y()[position[logit]] == ignore ? -1 : logit;
        }

        @Override
        Unit unit(int u, int k, BigDecimal xk) {
            if (unitOf(u) < 0) {
                return null;
            }
            BigDecimal xu = k < 0 ? new BigDecimal(x[u]) : xk;
            double target = c.y()[position[u]] == classOf[u] ? 1.0 : 0.0;
            return Exact.smpElement(xu, target, s.alpha(), s.gamma(), s.reducedThreshold());
        }

        @Override
        Total combine(Unit[] units, Reduction r) {
            BigDecimal total = BigDecimal.ZERO;
            long branch = 0;
            for (int k = 0; k < layout.classes(); k++) {
                List<Unit> slice = new ArrayList<>();
                for (int i = 0; i < units.length; i++) {
                    if (classOf[i] == k && units[i] != null) {
                        slice.add(units[i]);
                    }
                }
                Total tk = Exact.combineBinary(slice.toArray(new Unit[0]), r, s.normalized(), s.eps());
                if (tk.value() == null) {
                    return new Total(null, 0);
                }
                total = total.add(tk.value(), Exact.MC);
                branch = branch * 2 + tk.branch();
            }
            return new Total(total, branch);
        }
    }

    /** Softmax focal loss (gamma, α vector) or cross-entropy (gamma = 0, weight, ignore_index): units are rows. */
    static final class SoftmaxModel extends Model {
        final ClassCase c;
        final double[] weight;
        final double gamma;
        final Integer ignore;
        final Layout layout;
        /** e^x of every logit, computed once. */
        BigDecimal[] exps;

        SoftmaxModel(ClassCase c, double[] weight, double gamma, Integer ignore) {
            super(c.x(), c + " weight " + Arrays.toString(weight) + " gamma " + gamma + " ignore " + ignore);
            this.c = c;
            this.weight = weight;
            this.gamma = gamma;
            this.ignore = ignore;
            this.layout = Layout.of(c);
        }

        @Override
        int units() {
            return c.y().length;
        }

        @Override
        int unitOf(int logit) {
            int b = logit / (layout.classes() * layout.spatial());
            int sp = logit % layout.spatial();
            int row = b * layout.spatial() + sp;
            return ignore != null && c.y()[row] == ignore ? -1 : row;
        }

        @Override
        Unit unit(int u, int k, BigDecimal xk) {
            if (ignore != null && c.y()[u] == ignore) {
                return null;
            }
            if (exps == null) {
                exps = new BigDecimal[x.length];
                for (int i = 0; i < x.length; i++) {
                    exps[i] = Exact.exp(new BigDecimal(x[i]));
                }
            }
            int y = c.y()[u];
            BigDecimal[] ex = new BigDecimal[layout.classes()];
            for (int j = 0; j < ex.length; j++) {
                int o = layout.offset(u, j);
                ex[j] = o == k ? Exact.exp(xk) : exps[o];
            }
            BigDecimal w = weight == null ? BigDecimal.ONE : new BigDecimal(weight[y]);
            return Exact.softmaxRow(ex, y, w, gamma);
        }

        @Override
        Total combine(Unit[] units, Reduction r) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            for (Unit u : units) {
                if (u != null) {
                    num = num.add(u.loss(), Exact.MC);
                    den = den.add(u.weight(), Exact.MC);
                }
            }
            if (r == Reduction.MEAN) {
                return new Total(den.signum() == 0 ? null : num.divide(den, Exact.MC), 0);
            }
            return new Total(num, 0);
        }
    }

    static final class FlStarModel extends Model {
        final double[] t;
        final double gamma;
        final double beta;

        FlStarModel(BinCase c, double gamma, double beta) {
            super(c.x(), c + " gamma " + gamma + " beta " + beta);
            this.t = c.t();
            this.gamma = gamma;
            this.beta = beta;
        }

        @Override
        Unit unit(int u, int k, BigDecimal xk) {
            BigDecimal xu = k < 0 ? new BigDecimal(x[u]) : xk;
            BigDecimal xt = t[u] == 1.0 ? xu : xu.negate();
            BigDecimal g = new BigDecimal(gamma);
            BigDecimal z = g.multiply(xt, Exact.MC).add(new BigDecimal(beta), Exact.MC);
            return new Unit(Exact.softplus(z.negate()).divide(g, Exact.MC), BigDecimal.ONE, BigDecimal.ONE, 0);
        }

        @Override
        Total combine(Unit[] units, Reduction r) {
            return Exact.combineBinary(units, r, false, 0.0);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Exact (32-digit) closed forms
    // ------------------------------------------------------------------------------------------------

    /**
     * exp, log, softplus and the loss closed forms in 32-significant-digit decimal arithmetic (series are
     * summed to 1e−36 relative; exp's ten squarings cost ~3 digits). Decimal numbers have no underflow, so
     * e^−1e5 is as precise as e^−1.
     */
    static final class Exact {
        static final MathContext MC = new MathContext(32, RoundingMode.HALF_EVEN);
        private static final BigDecimal TINY = new BigDecimal("1e-36");
        private static final BigDecimal TWO = BigDecimal.valueOf(2);
        /** 1/n, so that the series multiply rather than divide. */
        private static final BigDecimal[] INV = new BigDecimal[64];

        static {
            for (int n = 1; n < INV.length; n++) {
                INV[n] = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
            }
        }

        static final BigDecimal LN2 = computeLn2();
        private static final BigDecimal INV_LN2 = BigDecimal.ONE.divide(LN2, MC);
        static final BigDecimal LN10 = logNear(BigDecimal.TEN);

        private Exact() {}

        /** ln 2 = 2·atanh(1/3) = 2·Σ 3^−(2k+1)/(2k+1). */
        private static BigDecimal computeLn2() {
            BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC);
            BigDecimal ninth = third.multiply(third, MC);
            BigDecimal power = third;
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; power.compareTo(TINY) > 0; k++) {
                sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), MC), MC);
                power = power.multiply(ninth, MC);
            }
            return sum.multiply(TWO, MC);
        }

        /** e^x: x = k·ln2 + r, e^r by Taylor on r/1024 and ten squarings, times 2^k. */
        static BigDecimal exp(BigDecimal x) {
            if (x.signum() == 0) {
                return BigDecimal.ONE;
            }
            long k = x.multiply(INV_LN2, MC).setScale(0, RoundingMode.HALF_EVEN).longValueExact(); // any integer k will do
            BigDecimal r = x.subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC).divide(BigDecimal.valueOf(1024), MC);
            BigDecimal sum = BigDecimal.ONE;
            BigDecimal term = BigDecimal.ONE;
            for (int n = 1; term.abs().compareTo(TINY) > 0; n++) { // |r| ≤ 3.4e−4, the sum is ≈ 1
                term = term.multiply(r, MC).multiply(INV[n], MC);
                sum = sum.add(term, MC);
            }
            for (int i = 0; i < 10; i++) {
                sum = sum.multiply(sum, MC);
            }
            return k == 0 ? sum : sum.multiply(TWO.pow(Math.toIntExact(k), MC), MC);
        }

        /** log x for x &gt; 0: x = m·10^e with m ∈ [1, 10). */
        static BigDecimal log(BigDecimal x) {
            if (x.signum() <= 0) {
                throw new ArithmeticException("log of " + x);
            }
            int e = x.precision() - x.scale() - 1;
            BigDecimal y = logNear(x.movePointLeft(e));
            return e == 0 ? y : y.add(LN10.multiply(BigDecimal.valueOf(e), MC), MC);
        }

        /** log m for m in the double range: y0 = Math.log(m), then log m = y0 + log1p(m·e^−y0 − 1). */
        private static BigDecimal logNear(BigDecimal m) {
            BigDecimal y0 = new BigDecimal(Math.log(m.doubleValue()));
            BigDecimal u = m.multiply(exp(y0.negate()), MC).subtract(BigDecimal.ONE, MC);
            return y0.add(log1pSeries(u), MC);
        }

        /** log(1 + u) = u − u²/2 + u³/3 − … for |u| &lt; 1e−3, summed until a term is below 1e−36 of the sum. */
        private static BigDecimal log1pSeries(BigDecimal u) {
            BigDecimal sum = u;
            BigDecimal power = u;
            for (int n = 2; ; n++) {
                power = power.multiply(u, MC);
                BigDecimal term = power.multiply(INV[n], MC);
                if (term.abs().compareTo(TINY.multiply(sum.abs())) <= 0) {
                    return sum;
                }
                sum = n % 2 == 1 ? sum.add(term, MC) : sum.subtract(term, MC);
            }
        }

        static BigDecimal log1p(BigDecimal u) {
            return u.abs().compareTo(new BigDecimal("1e-3")) < 0 ? log1pSeries(u) : log(BigDecimal.ONE.add(u, MC));
        }

        /** e^u − 1 without cancellation for small u. */
        static BigDecimal expm1(BigDecimal u) {
            if (u.abs().compareTo(new BigDecimal("1e-3")) >= 0) {
                return exp(u).subtract(BigDecimal.ONE, MC);
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal term = BigDecimal.ONE;
            for (int n = 1; ; n++) {
                term = term.multiply(u, MC).divide(BigDecimal.valueOf(n), MC);
                if (term.signum() == 0 || term.abs().compareTo(TINY.multiply(sum.abs(), MC)) < 0) {
                    return sum.add(term, MC);
                }
                sum = sum.add(term, MC);
            }
        }

        /** softplus(x) = log(1 + e^x). */
        static BigDecimal softplus(BigDecimal x) {
            return Logistic.of(x).softplus();
        }

        /**
         * The logistic quantities of one logit from a single exp and log1p: e = e^−|x|, s = log(1 + e);
         * softplus(±x) = max(±x, 0) + s, σ(x) and σ(−x) = 1/(1 + e) or e/(1 + e).
         */
        record Logistic(BigDecimal x, BigDecimal e, BigDecimal s) {
            static Logistic of(BigDecimal x) {
                BigDecimal e = exp(x.abs().negate());
                return new Logistic(x, e, log1p(e));
            }

            BigDecimal softplus() {
                return x.signum() > 0 ? x.add(s, MC) : s;
            }

            BigDecimal softplusOfMinusX() {
                return x.signum() < 0 ? s.subtract(x, MC) : s;
            }

            BigDecimal sigmoid() {
                BigDecimal d = BigDecimal.ONE.add(e, MC);
                return x.signum() >= 0 ? BigDecimal.ONE.divide(d, MC) : e.divide(d, MC);
            }

            BigDecimal sigmoidOfMinusX() {
                BigDecimal d = BigDecimal.ONE.add(e, MC);
                return x.signum() >= 0 ? e.divide(d, MC) : BigDecimal.ONE.divide(d, MC);
            }
        }

        static BigDecimal alphaT(Double alpha, double t) {
            if (alpha == null) {
                return BigDecimal.ONE;
            }
            BigDecimal a = new BigDecimal(alpha);
            BigDecimal tt = new BigDecimal(t);
            return a.multiply(tt).add(BigDecimal.ONE.subtract(a).multiply(BigDecimal.ONE.subtract(tt)));
        }

        /** BCE(x, t) = (1 − t)·softplus(x) + t·softplus(−x). */
        static BigDecimal bce(Logistic l, double t) {
            if (t == 1.0) {
                return l.softplusOfMinusX();
            }
            if (t == 0.0) {
                return l.softplus();
            }
            BigDecimal tt = new BigDecimal(t);
            return BigDecimal.ONE.subtract(tt).multiply(l.softplus(), MC).add(tt.multiply(l.softplusOfMinusX(), MC), MC);
        }

        /** torchvision: α_t·(1 − p_t)^γ·BCE with the linear 1 − p_t = t·σ(−x) + (1 − t)·σ(x). */
        static Unit torchvisionElement(BigDecimal x, double t, Double alpha, double gamma) {
            Logistic l = Logistic.of(x);
            BigDecimal ce = bce(l, t);
            BigDecimal f;
            if (gamma == 0.0) {
                f = BigDecimal.ONE;
            } else if (t == 1.0 || t == 0.0) {
                BigDecimal softplusXt = t == 1.0 ? l.softplus() : l.softplusOfMinusX();
                f = exp(new BigDecimal(gamma).negate().multiply(softplusXt, MC)); // log(1 − p_t) = −softplus(x_t)
            } else {
                BigDecimal tt = new BigDecimal(t);
                BigDecimal m = tt.multiply(l.sigmoidOfMinusX(), MC).add(BigDecimal.ONE.subtract(tt).multiply(l.sigmoid(), MC), MC);
                f = exp(new BigDecimal(gamma).multiply(log(m), MC));
            }
            return new Unit(alphaT(alpha, t).multiply(f, MC).multiply(ce, MC), f, BigDecimal.ONE, 0);
        }

        /**
         * smp: p_t = exp(−BCE); focal = ((1 − p_t)/r)^γ, replaced by 1 where p_t &lt; r (branch 1);
         * loss = α_t·focal·BCE.
         */
        static Unit smpElement(BigDecimal x, double t, Double alpha, double gamma, Double rt) {
            Logistic l = Logistic.of(x);
            BigDecimal ce = bce(l, t);
            boolean hard = t == 1.0 || t == 0.0;
            boolean below = false;
            if (rt != null) {
                BigDecimal pt = !hard ? exp(ce.negate()) : t == 1.0 ? l.sigmoid() : l.sigmoidOfMinusX();
                below = pt.compareTo(new BigDecimal(rt)) < 0;
            }
            BigDecimal f;
            if (below || gamma == 0.0) {
                f = BigDecimal.ONE;
            } else {
                BigDecimal log1mPt = !hard ? log(expm1(ce.negate()).negate()) : (t == 1.0 ? l.softplus() : l.softplusOfMinusX()).negate();
                if (rt != null) {
                    log1mPt = log1mPt.subtract(log(new BigDecimal(rt)), MC);
                }
                f = exp(new BigDecimal(gamma).multiply(log1mPt, MC));
            }
            return new Unit(alphaT(alpha, t).multiply(f, MC).multiply(ce, MC), f, BigDecimal.ONE, below ? 1 : 0);
        }

        /**
         * Σ of the entries of the reduced loss: Σ ℓ (none, sum, batchwise_mean = sum over dim 0), Σ ℓ / n
         * (mean); normalized divides by max(Σ focal, eps). Branch 1 = clamped.
         */
        static Total combineBinary(Unit[] units, Reduction r, boolean normalized, double eps) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal focal = BigDecimal.ZERO;
            for (Unit u : units) {
                sum = sum.add(u.loss(), MC);
                focal = focal.add(u.focal(), MC);
            }
            long branch = 0;
            if (normalized) {
                BigDecimal e = new BigDecimal(eps);
                boolean clamped = focal.compareTo(e) < 0;
                branch = clamped ? 1 : 0;
                sum = sum.divide(clamped ? e : focal, MC);
            }
            if (r == Reduction.MEAN) {
                sum = units.length == 0 ? null : sum.divide(BigDecimal.valueOf(units.length), MC);
            }
            return new Total(sum, branch);
        }

        /**
         * A softmax row: w·(1 − p_y)^γ·(−log p_y) from ρ = Σ_{c≠y} e^x_c / e^x_y, without cancellation:
         * −log p_y = log1p(ρ), log(1 − p_y) = log ρ − log1p(ρ). {@code ex} holds e^x of the row's logits.
         */
        static Unit softmaxRow(BigDecimal[] ex, int y, BigDecimal w, double gamma) {
            BigDecimal others = BigDecimal.ZERO;
            for (int c = 0; c < ex.length; c++) {
                if (c != y) {
                    others = others.add(ex[c], MC);
                }
            }
            BigDecimal rho = others.divide(ex[y], MC);
            BigDecimal ce = log1p(rho);
            BigDecimal f = gamma == 0.0 ? BigDecimal.ONE : exp(new BigDecimal(gamma).multiply(log(rho).subtract(ce, MC), MC));
            return new Unit(w.multiply(f, MC).multiply(ce, MC), f, w, 0);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------

    /** [N, C, X…] → [N, X…]. */
    static int[] labelShapeOf(int[] shape) {
        int[] out = new int[shape.length - 1];
        out[0] = shape[0];
        System.arraycopy(shape, 2, out, 1, shape.length - 2);
        return out;
    }

    /**
     * Where logit (position r, class c) of a [N, C, X…] tensor lives; positions are numbered n-major, then
     * spatially, like the labels. Written out here rather than borrowed from the core, which it checks.
     */
    record Layout(int classes, int spatial) {
        static Layout of(ClassCase c) {
            return new Layout(c.classes(), size(c.shape()) / (c.shape()[0] * c.classes()));
        }

        int offset(int position, int c) {
            int n = position / spatial;
            return (n * classes + c) * spatial + position % spatial;
        }
    }

    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    static void assertBitEqual(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSize(expected.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat(Double.doubleToLongBits(actual[i])).as("%s[%d]: %s vs %s", what, i, actual[i], expected[i])
                    .isEqualTo(Double.doubleToLongBits(expected[i]));
        }
    }
}
