package org.focalexplorer.golden;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SoftTargetConvention;

/**
 * An independent high-precision reference for the loss core, used only by tests.
 *
 * <p>Everything is computed in {@link BigDecimal} with 50 significant digits ({@link #MC}); the elementary
 * functions (exp, expm1, log, log1p, pow) work with {@value #GUARD} guard digits (their series run on 256-bit
 * fixed-point BigIntegers after an exact 10^k reduction) and return 50-digit values. Each returned double is
 * rounded once, by {@link BigDecimal#doubleValue()}, so it is the correctly rounded value of a 50-digit
 * approximation of the exact result: within half an ulp (+1e-50 relative) of the exact value. The one thing no
 * finite precision decides is an exact tie — e.g. 0.75·x or 1 − t lands exactly halfway between two doubles and
 * only a term like e^−|x| ≈ 1e-500 breaks the tie — there the oracle may return the other neighbour (relative
 * error still ≤ 1.2e-16). Compare against it with a tolerance of a few ulps, not bit equality.
 *
 * <p>No production loss code is called: only the parameter records ({@link BinaryFocalParams},
 * {@link SmpFocalLoss.Settings}) and the {@link Reduction} enum are read.
 *
 * <p>Numerical care (so that the 50 digits are <em>relative</em> digits of every value, also at |x| = 1e4):
 * <ul>
 *   <li>p = σ(x) and 1 − p = σ(−x) are both computed from e = exp(−|x|), never 1 − p by subtraction;</li>
 *   <li>BCE = softplus(x) − t·x is evaluated as a sum of non-negative terms:
 *       (1 − t)·x + log1p(e) for x ≥ 0, t·|x| + log1p(e) for x &lt; 0;</li>
 *   <li>log1p and expm1 use series for small arguments, so BCE ≈ 1e-4343 keeps its digits;</li>
 *   <li>p − t is −(1 − p) for t = 1, p for t = 0, and (1 − t) − (1 − p) when p &gt; ½;</li>
 *   <li>derivatives of the focal factor are written as γ·f·(dq/dx)/q with the ratio formed from factors that are
 *       all exact to relative precision, so 0 &lt; γ &lt; 1 at q ≈ 1e-4343 gives the finite, tiny exact
 *       derivative instead of 0·∞.</li>
 * </ul>
 *
 * <p>Gradients are the analytic derivatives (no finite differences) of the sum of all entries of the reduced
 * loss, as autograd would compute them in exact arithmetic.
 */
public final class ExactOracle {

    /** The oracle's precision: 50 significant digits. */
    public static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    static final int GUARD = 15;
    /** Working precision of the elementary functions. */
    private static final MathContext W = new MathContext(MC.getPrecision() + GUARD, RoundingMode.HALF_EVEN);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal SMALL = new BigDecimal("0.01");
    /** ln 10 to 120 digits, computed once from atanh series (ln 10 = 3·ln 2 + ln 1.25 = 6·atanh(1/3) + 2·atanh(1/9)). */
    private static final BigDecimal LN10;
    private static final int EXP_HALVINGS = 8;

    static {
        MathContext m = new MathContext(130, RoundingMode.HALF_EVEN);
        BigDecimal ln2 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), m), m).multiply(TWO, m);
        BigDecimal ln125 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(9), m), m).multiply(TWO, m);
        LN10 = ln2.multiply(BigDecimal.valueOf(3), m).add(ln125, m).round(new MathContext(120, RoundingMode.HALF_EVEN));
    }

    private ExactOracle() {}

    /** The reduced loss (flat, as the reduction returns it) and d(sum of the reduced loss)/d(logits) (flat). */
    public record Result(double[] loss, double[] grad) {
        @Override
        public String toString() {
            return "Result[loss=" + Arrays.toString(loss) + ", grad=" + Arrays.toString(grad) + "]";
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Public API
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Binary focal loss with logits, torchvision (linear p_t) or smp (p_t = exp(−BCE), with normalized and
     * reduced_threshold) semantics, as selected by {@code params.convention()}.
     */
    public static Result binaryFocal(double[] logits, double[] targets, int[] shape, BinaryFocalParams params, Reduction reduction) {
        requireSize(shape, logits.length, "logits");
        if (targets.length != logits.length) {
            throw new IllegalArgumentException("targets has " + targets.length + " values, logits " + logits.length);
        }
        BinaryOut out = binaryExact(logits, targets, shape, params, reduction);
        return new Result(toDoubles(out.loss), toDoubles(out.grad));
    }

    /**
     * smp {@code FocalLoss(mode="multiclass")}: Σ_c smp binary FL(logits[:, c, …], labels == c), ignored positions
     * dropped for every class (per-class output then 1-D), normalisation per class.
     */
    public static Result smpMulticlass(double[] logits, int[] shape, int[] labels, SmpFocalLoss.Settings s, Reduction reduction) {
        Layout lay = Layout.of(shape, logits.length, labels.length);
        Integer ignore = s.ignoreIndex();
        int[] kept = new int[lay.rows];
        int nKept = 0;
        for (int r = 0; r < lay.rows; r++) {
            if (ignore != null && labels[r] == ignore) {
                continue;
            }
            if (labels[r] < 0 || labels[r] >= lay.classes) {
                throw new IllegalArgumentException("label " + labels[r] + " at position " + r + " is not a class of " + lay.classes);
            }
            kept[nKept++] = r;
        }
        int[] labelShape = dropDim1(shape);
        int[] sliceShape = ignore == null ? labelShape : new int[] {nKept};
        BinaryFocalParams params = BinaryFocalParams.smp(s.alpha(), s.gamma(), s.normalized(), s.reducedThreshold(), s.eps());
        BigDecimal[] lossSum = null;
        BigDecimal[] grad = new BigDecimal[logits.length];
        Arrays.fill(grad, BigDecimal.ZERO);
        double[] xc = new double[nKept];
        double[] tc = new double[nKept];
        for (int c = 0; c < lay.classes; c++) {
            for (int k = 0; k < nKept; k++) {
                xc[k] = logits[lay.offset(kept[k], c)];
                tc[k] = labels[kept[k]] == c ? 1.0 : 0.0;
            }
            BinaryOut out = binaryExact(xc, tc, sliceShape, params, reduction);
            for (int k = 0; k < nKept; k++) {
                grad[lay.offset(kept[k], c)] = out.grad[k];
            }
            if (lossSum == null) {
                lossSum = out.loss.clone();
            } else {
                for (int i = 0; i < lossSum.length; i++) {
                    lossSum[i] = addNaN(lossSum[i], out.loss[i]);
                }
            }
        }
        if (lossSum == null) {
            throw new IllegalArgumentException("no classes in shape " + Arrays.toString(shape));
        }
        return new Result(toDoubles(lossSum), toDoubles(grad));
    }

    /**
     * The seed's softmax focal loss: rows b-major then spatial, Σ_r α_{y_r}(1 − p_r)^γ(−log p_r) / Σ_r α_{y_r}.
     * {@code alpha == null} means all ones. The loss is one value.
     */
    public static Result softmaxFocal(double[] logits, int[] shape, int[] labels, double gamma, double[] alpha) {
        Layout lay = Layout.of(shape, logits.length, labels.length);
        requireGamma(gamma);
        if (alpha != null && alpha.length != lay.classes) {
            throw new IllegalArgumentException("alpha has " + alpha.length + " values for " + lay.classes + " classes");
        }
        BigDecimal g = new BigDecimal(gamma);
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        BigDecimal[][] rowGrad = new BigDecimal[lay.rows][];
        BigDecimal[] rowAlpha = new BigDecimal[lay.rows];
        for (int r = 0; r < lay.rows; r++) {
            int y = labels[r];
            if (y < 0 || y >= lay.classes) {
                throw new IllegalArgumentException("label " + y + " at row " + r + " is not a class of " + lay.classes);
            }
            BigDecimal a = alpha == null ? BigDecimal.ONE : exact(alpha[y], "alpha");
            Row row = Row.of(logits, lay, r, y);
            // ℓ = q^γ·CE;  dℓ/dz_k = (p_k − δ_ky)·q^γ·(γ·p_y·CE/q + 1)
            BigDecimal[] dl = new BigDecimal[lay.classes];
            BigDecimal ell;
            if (row.q.signum() == 0) { // a single class: p_y = 1 exactly, loss and gradient 0
                ell = BigDecimal.ZERO;
                Arrays.fill(dl, BigDecimal.ZERO);
            } else {
                BigDecimal f = pow(row.q, gamma);
                ell = f.multiply(row.ce, MC);
                BigDecimal factor = gamma == 0.0 ? f
                        : f.multiply(g.multiply(row.py, W).multiply(row.ce, W).divide(row.q, W).add(BigDecimal.ONE), W);
                for (int k = 0; k < lay.classes; k++) {
                    dl[k] = row.pMinusDelta[k].multiply(factor, MC);
                }
            }
            num = num.add(a.multiply(ell, W), W);
            den = den.add(a);
            rowGrad[r] = dl;
            rowAlpha[r] = a;
        }
        double[] grad = new double[logits.length];
        if (den.signum() == 0) { // 0/0 in torch: NaN loss, NaN gradient
            Arrays.fill(grad, Double.NaN);
            return new Result(new double[] {Double.NaN}, grad);
        }
        BigDecimal loss = num.divide(den, MC);
        for (int r = 0; r < lay.rows; r++) {
            BigDecimal w = rowAlpha[r].divide(den, W);
            for (int k = 0; k < lay.classes; k++) {
                grad[lay.offset(r, k)] = w.multiply(rowGrad[r][k], MC).doubleValue();
            }
        }
        return new Result(new double[] {loss.doubleValue()}, grad);
    }

    /**
     * torch {@code F.cross_entropy(logits, labels, weight, ignore_index, reduction)} for none, mean
     * (Σ w_y ℓ / Σ w_y over kept rows) and sum. Logits [N, C, …] (or [C] for one unbatched row).
     */
    public static Result crossEntropy(double[] logits, int[] shape, int[] labels, double[] weight, int ignoreIndex, Reduction reduction) {
        if (reduction == Reduction.BATCHWISE_MEAN) {
            throw new IllegalArgumentException("cross_entropy has no batchwise_mean reduction");
        }
        int[] s = shape.length == 1 ? new int[] {1, shape[0]} : shape;
        Layout lay = Layout.of(s, logits.length, labels.length);
        if (weight != null && weight.length != lay.classes) {
            throw new IllegalArgumentException("weight has " + weight.length + " values for " + lay.classes + " classes");
        }
        BigDecimal[] rowLoss = new BigDecimal[lay.rows];
        BigDecimal[][] rowGrad = new BigDecimal[lay.rows][];
        BigDecimal sumLoss = BigDecimal.ZERO;
        BigDecimal sumW = BigDecimal.ZERO;
        int kept = 0;
        for (int r = 0; r < lay.rows; r++) {
            int y = labels[r];
            if (y == ignoreIndex) {
                rowLoss[r] = BigDecimal.ZERO;
                continue;
            }
            if (y < 0 || y >= lay.classes) {
                throw new IllegalArgumentException("label " + y + " at row " + r + " is not a class of " + lay.classes);
            }
            kept++;
            BigDecimal w = weight == null ? BigDecimal.ONE : exact(weight[y], "weight");
            Row row = Row.of(logits, lay, r, y);
            rowLoss[r] = w.multiply(row.ce, MC);
            BigDecimal[] g = new BigDecimal[lay.classes];
            for (int k = 0; k < lay.classes; k++) {
                g[k] = w.multiply(row.pMinusDelta[k], MC);
            }
            rowGrad[r] = g;
            sumLoss = sumLoss.add(rowLoss[r], W);
            sumW = sumW.add(w);
        }
        double[] grad = new double[logits.length];
        double[] loss;
        BigDecimal scale = BigDecimal.ONE;
        boolean nanGrad = false;
        switch (reduction) {
            case NONE -> loss = toDoubles(rowLoss);
            case SUM -> loss = new double[] {sumLoss.round(MC).doubleValue()};
            case MEAN -> {
                if (kept == 0 || sumW.signum() == 0) {
                    loss = new double[] {Double.NaN};
                    nanGrad = kept > 0; // −w_y/0 in nll_loss backward spreads NaN over each kept row
                } else {
                    loss = new double[] {sumLoss.divide(sumW, MC).doubleValue()};
                    scale = BigDecimal.ONE.divide(sumW, W);
                }
            }
            default -> throw new IllegalArgumentException("reduction " + reduction);
        }
        for (int r = 0; r < lay.rows; r++) {
            if (rowGrad[r] == null) {
                continue;
            }
            for (int k = 0; k < lay.classes; k++) {
                grad[lay.offset(r, k)] = nanGrad ? Double.NaN : rowGrad[r][k].multiply(scale, MC).doubleValue();
            }
        }
        return new Result(loss, grad);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Binary focal loss in BigDecimal
    // ------------------------------------------------------------------------------------------------------------

    private record BinaryOut(BigDecimal[] loss, BigDecimal[] grad) {}

    /** p = σ(x), 1 − p, BCE(x, t) and p − t, each to full relative precision. */
    private record Sig(BigDecimal p, BigDecimal pm, BigDecimal ce, BigDecimal g) {
        static Sig of(double xd, double td) {
            BigDecimal x = new BigDecimal(xd);
            BigDecimal t = new BigDecimal(td);
            BigDecimal oneMinusT = BigDecimal.ONE.subtract(t);
            BigDecimal e = exp(x.abs().negate());                    // exp(−|x|) ∈ (0, 1]
            BigDecimal onePlusE = BigDecimal.ONE.add(e, W);
            BigDecimal big = BigDecimal.ONE.divide(onePlusE, MC);    // σ(|x|)
            BigDecimal small = e.divide(onePlusE, MC);               // σ(−|x|)
            BigDecimal p = x.signum() >= 0 ? big : small;
            BigDecimal pm = x.signum() >= 0 ? small : big;
            BigDecimal lin = x.signum() >= 0 ? oneMinusT.multiply(x) : t.multiply(x.negate()); // exact, ≥ 0
            BigDecimal ce = lin.add(log1p(e), MC);
            BigDecimal g;
            if (td == 1.0) {
                g = pm.negate();
            } else if (td == 0.0) {
                g = p;
            } else if (p.compareTo(HALF) > 0) {
                g = oneMinusT.subtract(pm, MC);
            } else {
                g = p.subtract(t, MC);
            }
            return new Sig(p, pm, ce, g);
        }
    }

    private static BinaryOut binaryExact(double[] x, double[] t, int[] shape, BinaryFocalParams params, Reduction reduction) {
        int n = x.length;
        double gamma = params.gamma();
        requireGamma(gamma);
        BigDecimal g = new BigDecimal(gamma);
        boolean smp = params.convention() == SoftTargetConvention.SMP_GEOMETRIC;
        BigDecimal alpha = params.alpha().isPresent() ? exact(params.alpha().getAsDouble(), "alpha") : null;
        BigDecimal rt = smp && params.reducedThreshold().isPresent() ? exact(params.reducedThreshold().getAsDouble(), "reduced_threshold") : null;

        BigDecimal[] lossU = new BigDecimal[n];   // α_t·f·CE (before normalisation)
        BigDecimal[] dLossU = new BigDecimal[n];  // d(lossU_i)/dx_i
        BigDecimal[] f = new BigDecimal[n];       // focal factor
        BigDecimal[] df = new BigDecimal[n];      // d f_i / dx_i
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("logit " + x[i] + " at " + i + ": must be finite");
            }
            if (!(t[i] >= 0.0 && t[i] <= 1.0)) {
                throw new IllegalArgumentException("target " + t[i] + " at " + i + ": must be in [0, 1]");
            }
            Sig s = Sig.of(x[i], t[i]);
            BigDecimal ti = new BigDecimal(t[i]);
            BigDecimal oneMinusT = BigDecimal.ONE.subtract(ti);
            BigDecimal fi;
            BigDecimal dfi;
            if (!smp) {
                // q = 1 − p_t = t(1 − p) + (1 − t)p;  dq/dx = (1 − 2t)·p(1 − p);  df/dx = γ f (dq/dx)/q
                BigDecimal q = ti.multiply(s.pm, W).add(oneMinusT.multiply(s.p, W), MC);
                fi = pow(q, gamma);
                if (gamma == 0.0) {
                    dfi = BigDecimal.ZERO;
                } else {
                    BigDecimal dq = BigDecimal.ONE.subtract(ti.multiply(TWO)).multiply(s.p, W).multiply(s.pm, W);
                    dfi = g.multiply(fi, W).multiply(dq, W).divide(q, MC);
                }
            } else {
                // pt = exp(−BCE), u = 1 − pt = −expm1(−BCE);  du/dx = pt·(p − t);  f = (u/r)^γ
                BigDecimal pt;
                BigDecimal u;
                if (x[i] == 0.0) {            // σ(0) = ½ ⇒ pt = ½^t·½^(1−t) = ½ exactly (matters for pt < r ties)
                    pt = HALF;
                    u = HALF;
                } else if (t[i] == 1.0) {
                    pt = s.p;
                    u = s.pm;
                } else if (t[i] == 0.0) {
                    pt = s.pm;
                    u = s.p;
                } else {
                    BigDecimal ptFull = expFull(s.ce.negate());
                    pt = ptFull.round(MC);
                    u = s.ce.compareTo(SMALL) >= 0 ? BigDecimal.ONE.subtract(ptFull, MC) : expm1(s.ce.negate()).negate();
                }
                if (rt != null && pt.compareTo(rt) < 0) {
                    fi = BigDecimal.ONE;
                    dfi = BigDecimal.ZERO;
                } else {
                    fi = pow(rt == null ? u : u.divide(rt, W), gamma);
                    dfi = gamma == 0.0 ? BigDecimal.ZERO
                            : g.multiply(fi, W).multiply(pt, W).multiply(s.g, W).divide(u, MC);
                }
            }
            BigDecimal at = alpha == null ? BigDecimal.ONE
                    : alpha.multiply(ti).add(BigDecimal.ONE.subtract(alpha).multiply(oneMinusT));
            f[i] = fi;
            df[i] = dfi;
            lossU[i] = at.multiply(fi, W).multiply(s.ce, MC);
            dLossU[i] = at.multiply(dfi.multiply(s.ce, W).add(fi.multiply(s.g, W), W), MC);
        }

        // Normalisation: loss_i = lossU_i / S, S = max(Σ f, eps); gradient through S when Σ f ≥ eps.
        BigDecimal[] loss = lossU;
        BigDecimal[] dTotal = dLossU;        // d(Σ_i loss_i)/dx_k
        if (smp && params.normalized()) {
            BigDecimal sumF = BigDecimal.ZERO;
            BigDecimal sumA = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                sumF = sumF.add(f[i], W);
                sumA = sumA.add(lossU[i], W);
            }
            BigDecimal eps = exact(params.eps(), "eps");
            boolean through = sumF.compareTo(eps) >= 0;
            BigDecimal norm = through ? sumF : eps;
            loss = new BigDecimal[n];
            dTotal = new BigDecimal[n];
            BigDecimal aOverS2 = through ? sumA.divide(norm.multiply(norm, W), W) : BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                loss[i] = lossU[i].divide(norm, MC);
                BigDecimal d = dLossU[i].divide(norm, W);
                if (through) {
                    d = d.subtract(aOverS2.multiply(df[i], W), W);
                }
                dTotal[i] = d.round(MC);
            }
        }
        return reduce(loss, dTotal, shape, reduction);
    }

    /** Applies the reduction to per-element losses; {@code dTotal} is d(Σ loss)/dx, scaled by 1/n for mean. */
    private static BinaryOut reduce(BigDecimal[] loss, BigDecimal[] dTotal, int[] shape, Reduction reduction) {
        int n = loss.length;
        BigDecimal[] grad = dTotal.clone();
        BigDecimal[] out;
        switch (reduction) {
            case NONE -> out = roundAll(loss);
            case SUM -> out = new BigDecimal[] {sum(loss)};
            case MEAN -> {
                if (n == 0) {
                    out = new BigDecimal[] {null}; // NaN
                } else {
                    BigDecimal bn = BigDecimal.valueOf(n);
                    out = new BigDecimal[] {sum(loss).divide(bn, MC)};
                    for (int i = 0; i < n; i++) {
                        grad[i] = grad[i].divide(bn, MC);
                    }
                }
            }
            case BATCHWISE_MEAN -> {
                if (shape.length <= 1) {
                    out = new BigDecimal[] {sum(loss)};
                } else {
                    int inner = 1;
                    for (int d = 1; d < shape.length; d++) {
                        inner *= shape[d];
                    }
                    out = new BigDecimal[inner];
                    Arrays.fill(out, BigDecimal.ZERO);
                    for (int i = 0; i < n; i++) {
                        out[i % inner] = out[i % inner].add(loss[i], W);
                    }
                    out = roundAll(out);
                }
            }
            default -> throw new IllegalArgumentException("reduction " + reduction);
        }
        return new BinaryOut(out, grad);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Softmax rows
    // ------------------------------------------------------------------------------------------------------------

    /**
     * One softmax row with label y: s = Σ_{k≠y} exp(z_k − z_y), p_y = 1/(1 + s), q = 1 − p_y = s/(1 + s),
     * CE = −log p_y = log1p(s), and p_k − δ_ky (−q for k = y) — all without cancellation.
     */
    private record Row(BigDecimal py, BigDecimal q, BigDecimal ce, BigDecimal[] pMinusDelta) {
        static Row of(double[] logits, Layout lay, int r, int y) {
            BigDecimal zy = new BigDecimal(finite(logits[lay.offset(r, y)]));
            BigDecimal[] e = new BigDecimal[lay.classes];
            BigDecimal s = BigDecimal.ZERO;
            for (int k = 0; k < lay.classes; k++) {
                if (k == y) {
                    continue;
                }
                e[k] = exp(new BigDecimal(finite(logits[lay.offset(r, k)])).subtract(zy));
                s = s.add(e[k], W);
            }
            BigDecimal onePlusS = BigDecimal.ONE.add(s, W);
            BigDecimal py = BigDecimal.ONE.divide(onePlusS, MC);
            BigDecimal q = s.divide(onePlusS, MC);
            BigDecimal ce = log1p(s);
            BigDecimal[] pmd = new BigDecimal[lay.classes];
            for (int k = 0; k < lay.classes; k++) {
                pmd[k] = k == y ? q.negate() : e[k].divide(onePlusS, MC);
            }
            return new Row(py, q, ce, pmd);
        }
    }

    /** [B, C, X1, …] logits with [B, X1, …] labels: row r (b-major, then spatial), class c. */
    private record Layout(int batch, int classes, int spatial, int rows) {
        static Layout of(int[] shape, int nLogits, int nLabels) {
            if (shape.length < 2) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + ": expected [N, C, ...]");
            }
            requireSize(shape, nLogits, "logits");
            int spatial = 1;
            for (int d = 2; d < shape.length; d++) {
                spatial *= shape[d];
            }
            int rows = shape[0] * spatial;
            if (nLabels != rows) {
                throw new IllegalArgumentException(nLabels + " labels for " + rows + " positions of shape " + Arrays.toString(shape));
            }
            return new Layout(shape[0], shape[1], spatial, rows);
        }

        int offset(int row, int c) {
            int b = row / spatial;
            int sp = row - b * spatial;
            return (b * classes + c) * spatial + sp;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Elementary functions in BigDecimal
    // ------------------------------------------------------------------------------------------------------------
    //
    // The series run on BigInteger fixed-point numbers with FRAC_BITS fraction bits (~77 decimal digits), because
    // rounding a BigDecimal to a MathContext costs a BigInteger division by a power of ten on every operation.
    // Only the reduced arguments (|r| ≤ ~2.3) go through fixed point; the decimal exponent is handled exactly by
    // scaleByPowerOfTen, so exp(−1e4) ≈ 1.1e-4343 and log(1e-4343) keep all their relative digits.

    private static final int FRAC_BITS = 256;
    private static final BigInteger FX_ONE = BigInteger.ONE.shiftLeft(FRAC_BITS);
    private static final BigDecimal FX_SCALE = new BigDecimal(FX_ONE);
    private static final BigDecimal FX_ULP = BigDecimal.ONE.divide(FX_SCALE); // 2^-256, an exact decimal
    private static final BigInteger[] SMALL_INTS = new BigInteger[200];

    static {
        for (int i = 0; i < SMALL_INTS.length; i++) {
            SMALL_INTS[i] = BigInteger.valueOf(i);
        }
    }

    private static BigInteger toFixed(BigDecimal v) {
        return v.multiply(FX_SCALE).setScale(0, RoundingMode.HALF_EVEN).unscaledValue();
    }

    private static BigDecimal fromFixed(BigInteger f) {
        return new BigDecimal(f).multiply(FX_ULP, W);
    }

    /** e^r in fixed point for |r| ≲ 3: Taylor series of r/2^8, then 8 squarings. */
    private static BigInteger expFixed(BigInteger r) {
        BigInteger h = r.shiftRight(EXP_HALVINGS);
        BigInteger sum = FX_ONE;
        BigInteger term = FX_ONE;
        for (int n = 1; n < SMALL_INTS.length; n++) {
            term = term.multiply(h).shiftRight(FRAC_BITS).divide(SMALL_INTS[n]);
            if (term.signum() == 0) {
                break;
            }
            sum = sum.add(term);
        }
        for (int i = 0; i < EXP_HALVINGS; i++) {
            sum = sum.multiply(sum).shiftRight(FRAC_BITS);
        }
        return sum;
    }

    /** e^x at working precision, for any finite x a BigDecimal can hold (e.g. exp(−1e4) ≈ 1.1e-4343). */
    private static BigDecimal expFull(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        // x = k·ln10 + r, |r| ≤ ~1.16; e^x = e^r · 10^k (exact scaling).
        long k = x.divide(LN10, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BigDecimal r = k == 0 ? x : x.subtract(LN10.multiply(BigDecimal.valueOf(k)));
        return fromFixed(expFixed(toFixed(r))).scaleByPowerOfTen(Math.toIntExact(k));
    }

    /** e^x to 50 significant digits. */
    static BigDecimal exp(BigDecimal x) {
        return expFull(x).round(MC);
    }

    /** e^x − 1 with full relative precision also for tiny |x|. */
    static BigDecimal expm1(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (x.abs().compareTo(SMALL) >= 0) {
            return expFull(x).subtract(BigDecimal.ONE, MC); // |result| ≥ ~0.00995: loses at most 3 of the guard digits
        }
        BigDecimal sum = x;
        BigDecimal term = x;
        for (int n = 2; n < 1000; n++) {
            term = term.multiply(x, W).divide(BigDecimal.valueOf(n), W);
            sum = sum.add(term, W);
            if (term.abs().compareTo(sum.abs().movePointLeft(W.getPrecision() + 2)) < 0) {
                return sum.round(MC);
            }
        }
        throw new IllegalStateException("expm1 series did not converge for " + x);
    }

    /** Natural logarithm of y &gt; 0 to 50 significant digits (absolute error ~1e-75 plus relative 1e-50). */
    static BigDecimal log(BigDecimal y) {
        if (y.signum() <= 0) {
            throw new ArithmeticException("log of " + y);
        }
        // y = m·10^e with m ∈ [1, 10)
        int e = y.precision() - y.scale() - 1;
        BigDecimal m = y.scaleByPowerOfTen(-e);
        BigDecimal lm = logMantissa(m);
        BigDecimal result = e == 0 ? lm : LN10.multiply(BigDecimal.valueOf(e)).add(lm);
        return result.round(MC);
    }

    /**
     * ln m for m ∈ [1, 10) by Halley's iteration z ← z + 2(m − e^z)/(m + e^z) in fixed point, from the double
     * estimate: the error goes 1e-16 → ~1e-49 → ~1e-148 (e_{n+1} ≈ −e_n³/12), so two steps reach the 2^-256 floor.
     */
    private static BigDecimal logMantissa(BigDecimal m) {
        if (m.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger mf = toFixed(m);
        BigInteger z = toFixed(new BigDecimal(Math.log(m.doubleValue())));
        for (int it = 0; it < 2; it++) {
            BigInteger ez = expFixed(z);
            z = z.add(mf.subtract(ez).shiftLeft(FRAC_BITS + 1).divide(mf.add(ez)));
        }
        return fromFixed(z);
    }

    /** log(1 + s) for s &gt; −1, with full relative precision for tiny |s| (2·atanh(s/(2 + s))). */
    static BigDecimal log1p(BigDecimal s) {
        if (s.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (s.abs().compareTo(SMALL) >= 0) {
            return log(BigDecimal.ONE.add(s, W));
        }
        BigDecimal z = s.divide(TWO.add(s, W), W);
        return atanh(z, W).multiply(TWO, MC);
    }

    /** atanh(z) = Σ z^(2n+1)/(2n+1) for |z| &lt; 1 (used with |z| ≤ 1/3). */
    private static BigDecimal atanh(BigDecimal z, MathContext mc) {
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 1; n < 100000; n++) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(sum.abs().movePointLeft(mc.getPrecision() + 2)) < 0) {
                return sum;
            }
        }
        throw new IllegalStateException("atanh series did not converge for " + z);
    }

    /** base^γ for base &gt; 0 (0^γ = 0 for γ &gt; 0, anything^0 = 1); exact powers for integer and half-integer γ. */
    static BigDecimal pow(BigDecimal base, double gamma) {
        if (gamma == 0.0) {
            return BigDecimal.ONE;
        }
        if (base.signum() < 0) {
            throw new ArithmeticException("pow of negative base " + base);
        }
        if (base.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (base.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ONE;
        }
        double twice = 2.0 * gamma;
        if (twice == Math.rint(twice) && twice <= 200) {
            int n = (int) twice; // γ = n/2
            BigDecimal r = base.pow(n / 2, W);
            if ((n & 1) == 1) {
                r = r.multiply(base.sqrt(W), W);
            }
            return r.round(MC);
        }
        return exp(new BigDecimal(gamma).multiply(log(base), W));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    private static BigDecimal sum(BigDecimal[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal b : v) {
            s = s.add(b, W);
        }
        return s.round(MC);
    }

    private static BigDecimal[] roundAll(BigDecimal[] v) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].round(MC);
        }
        return out;
    }

    /** Sum where {@code null} stands for NaN. */
    private static BigDecimal addNaN(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b, MC);
    }

    /** Rounds once to double; {@code null} (NaN) becomes {@link Double#NaN}. */
    private static double[] toDoubles(BigDecimal[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] == null ? Double.NaN : v[i].doubleValue();
        }
        return out;
    }

    private static BigDecimal exact(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " = " + v + ": must be finite");
        }
        return new BigDecimal(v);
    }

    private static double finite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("logit " + x + ": must be finite");
        }
        return x;
    }

    private static void requireGamma(double gamma) {
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + ": must be finite and >= 0");
        }
    }

    private static void requireSize(int[] shape, int n, String what) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != n) {
            throw new IllegalArgumentException(what + " has " + n + " values, shape " + Arrays.toString(shape) + " needs " + size);
        }
    }

    private static int[] dropDim1(int[] shape) {
        int[] out = new int[shape.length - 1];
        out[0] = shape[0];
        System.arraycopy(shape, 2, out, 1, shape.length - 2);
        return out;
    }
}
