package org.focalexplorer.loss;

import static org.focalexplorer.loss.VectorMath.L;
import static org.focalexplorer.loss.VectorMath.S;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The loss core's loops on whole SIMD vectors ({@code jdk.incubator.vector}): the formulas of
 * {@link FocalElement}'s hard-target path and of {@link SoftmaxRow}, one lane per element (per row for
 * softmax), with {@link VectorMath}'s exp and log1p. Loaded only through {@link LossKernel}, by name, when the
 * incubator module is present.
 *
 * <p>Binary hard targets with γ ∈ {0, 1, 2} (the common case, and the benchmark's) run in
 * {@link VectorBinaryStream}, a three-loop pass that reads the input once; the rest of this class serves the
 * other γ, the last partial vector of a chunk, and softmax.
 *
 * <p>A chunk is processed in tiles of {@link #TILE} elements (softmax: rows) that stay in the L1 cache, in
 * stages: each stage is one loop over the tile reading and writing small arrays. No method takes or returns
 * a vector, so nothing is ever boxed whatever the JIT decides to inline (see {@link VectorMath}).
 *
 * <p>What runs where: hard binary targets (t = 0 or 1) and every softmax row run in vector lanes, also the
 * last elements of a chunk (padded with zeros that are masked out), so even a three-element input goes through
 * the vector formulas. A block of {@link VectorMath#L} elements holding a soft target, and smp's
 * {@code reduced_threshold}, are recomputed by {@link FocalElement} element by element: those formulas have
 * branches that do not pay to vectorise. Softmax with a single class (z = +∞) runs the scalar kernel.
 *
 * <p>Sums are compensated (Neumaier) per lane: element i of a chunk starting at {@code from} goes to lane
 * (i − from) mod L; at the end of the chunk the lanes' values are added in lane order with
 * {@link CompensatedSum}. That depends only on the chunk, so results stay bit-identical for every thread count.
 */
final class VectorChunkKernel implements ChunkKernel {
    /** Elements per tile: a multiple of every lane count, small enough that a dozen such arrays fit in L1. */
    static final int TILE = 256;

    VectorChunkKernel() {}

    static int lanes() {
        return L;
    }

    /** Working arrays of one chunk (allocated per chunk: chunks run concurrently). */
    private static final class Tile {
        final double[] x ;
        final double[] t ;
        /** Logit of the true class, then the e^−|x_t|, log1p, 1/(1 + e) … of the binary kernel. */
        final double[] xt ;
        final double[] e ;
        final double[] l1p ;
        final double[] inv ;
        final double[] p ;
        final double[] q ;
        final double[] ce ;
        final double[] f ;
        /** f·CE (before α) and dFL/dx_t, the binary kernel's outputs. */
        final double[] loss0 ;
        final double[] d ;
        final double[] loss ;
        final double[] grad ;
        /** Per-lane Neumaier sum and compensation, carried from tile to tile. */
        final double[] lanes = new double[2 * L];

        /** Arrays of TILE elements; of L when only a chunk's last partial vector is left to the tile stages. */
        Tile(int size) {
            x = new double[size];
            t = new double[size];
            xt = new double[size];
            e = new double[size];
            l1p = new double[size];
            inv = new double[size];
            p = new double[size];
            q = new double[size];
            ce = new double[size];
            f = new double[size];
            loss0 = new double[size];
            d = new double[size];
            loss = new double[size];
            grad = new double[size];
            scalarBlock = new boolean[size / L];
        }
        final boolean[] scalarBlock;
    }

    // ------------------------------------------------------------------ the binary kernel (hard targets)

    /**
     * Stages on tile.xt[0, n): the hard-target focal loss without α, f·CE, into loss0 and dFL/dx_t into d.
     * FocalElement's formulas: e = e^−|x_t|, CE = log1p(e) + max(−x_t, 0), p_t and 1 − p_t are 1/(1 + e)
     * and e/(1 + e) (by the sign of x_t), log(1 − p_t) = −(log1p(e) + max(x_t, 0)), f = (1 − p_t)^γ,
     * dFL/dx_t = −f (γ p_t CE + 1 − p_t).
     */
    private static void hard(Tile s, int n, double gamma) {
        for (int j = 0; j < n; j += L) {
            DoubleVector.fromArray(S, s.xt, j).abs().neg().intoArray(s.e, j);
        }
        VectorMath.expNonPositive(s.e, 0, s.e, 0, n);
        VectorMath.log1p(s.e, s.l1p, s.inv, n);
        for (int j = 0; j < n; j += L) {
            DoubleVector xt = DoubleVector.fromArray(S, s.xt, j);
            DoubleVector r = DoubleVector.fromArray(S, s.inv, j);
            DoubleVector er = DoubleVector.fromArray(S, s.e, j).mul(r);
            DoubleVector l1p = DoubleVector.fromArray(S, s.l1p, j);
            VectorMask<Double> nonNegative = xt.compare(VectorOperators.GE, 0.0);
            er.blend(r, nonNegative).intoArray(s.p, j);
            r.blend(er, nonNegative).intoArray(s.q, j);
            l1p.add(xt.neg().max(0.0)).intoArray(s.ce, j);
            if (gamma != 0.0 && gamma != 1.0 && gamma != 2.0) {
                l1p.add(xt.max(0.0)).mul(-gamma).intoArray(s.f, j); // γ log(1 − p_t), exponentiated below
            }
        }
        if (gamma == 0.0) {
            Arrays.fill(s.f, 0, n, 1.0);
        } else if (gamma == 1.0) {
            System.arraycopy(s.q, 0, s.f, 0, n);
        } else if (gamma == 2.0) {
            for (int j = 0; j < n; j += L) {
                DoubleVector q = DoubleVector.fromArray(S, s.q, j);
                q.mul(q).intoArray(s.f, j);
            }
        } else {
            VectorMath.expNonPositive(s.f, 0, s.f, 0, n);
        }
        for (int j = 0; j < n; j += L) {
            DoubleVector f = DoubleVector.fromArray(S, s.f, j);
            DoubleVector ce = DoubleVector.fromArray(S, s.ce, j);
            DoubleVector p = DoubleVector.fromArray(S, s.p, j);
            DoubleVector q = DoubleVector.fromArray(S, s.q, j);
            f.neg().mul(p.mul(gamma).fma(ce, q)).intoArray(s.d, j);
            f.mul(ce).intoArray(s.loss0, j);
        }
    }

    @Override
    public boolean binarySum(BinaryFocalParams params, double[] x, double[] t, double w, double[] grad,
            int from, int to, double[] partial, int k) {
        if (params.reducedThreshold().isPresent()) {
            return ScalarChunkKernel.INSTANCE.binarySum(params, x, t, w, grad, from, to, partial, k);
        }
        FocalElement scalar = new FocalElement(params);
        int start = from;
        Tile s;
        if (VectorBinaryStream.covers(params)) {
            start = from + (to - from) / L * L;
            s = new Tile(L); // for the last partial vector; the stream has its own smaller scratch
            if (!VectorBinaryStream.run(params, scalar, x, t, w, grad, null, from, start, s.lanes,
                    new VectorBinaryStream.Scratch())) {
                return false;
            }
        } else {
            s = new Tile(TILE);
        }
        for (int i = start; i < to; i += TILE) {
            int n = Math.min(TILE, to - i);
            if (!binaryTile(params, scalar, s, x, t, i, n, w)) {
                return false;
            }
            addLanes(s, s.loss, roundUp(n));
            System.arraycopy(s.grad, 0, grad, i, n);
        }
        partial[k] = laneTotal(s.lanes);
        return true;
    }

    @Override
    public boolean binaryElements(BinaryFocalParams params, double[] x, double[] t, double[] loss, double[] grad, int from, int to) {
        if (params.reducedThreshold().isPresent()) {
            return ScalarChunkKernel.INSTANCE.binaryElements(params, x, t, loss, grad, from, to);
        }
        FocalElement scalar = new FocalElement(params);
        int start = from;
        Tile s;
        if (VectorBinaryStream.covers(params)) {
            start = from + (to - from) / L * L;
            s = new Tile(L); // for the last partial vector; the stream has its own smaller scratch
            if (!VectorBinaryStream.run(params, scalar, x, t, 1.0, grad, loss, from, start, s.lanes,
                    new VectorBinaryStream.Scratch())) {
                return false;
            }
        } else {
            s = new Tile(TILE);
        }
        for (int i = start; i < to; i += TILE) {
            int n = Math.min(TILE, to - i);
            if (!binaryTile(params, scalar, s, x, t, i, n, 1.0)) {
                return false;
            }
            System.arraycopy(s.loss, 0, loss, i, n);
            System.arraycopy(s.grad, 0, grad, i, n);
        }
        return true;
    }

    /**
     * Elements [i, i + n) into s.loss (0 beyond n, up to the next multiple of L) and s.grad (scaled by w);
     * false at an element that is not finite or not in [0, 1].
     */
    private static boolean binaryTile(BinaryFocalParams params, FocalElement scalar, Tile s, double[] x, double[] t,
            int i, int n, double w) {
        int np = roundUp(n);
        System.arraycopy(x, i, s.x, 0, n);
        System.arraycopy(t, i, s.t, 0, n);
        Arrays.fill(s.x, n, np, 0.0); // padding: a hard negative at logit 0, finite and harmless
        Arrays.fill(s.t, n, np, 0.0);
        boolean anyScalar = false;
        for (int j = 0; j < np; j += L) {
            DoubleVector xv = DoubleVector.fromArray(S, s.x, j);
            DoubleVector tv = DoubleVector.fromArray(S, s.t, j);
            VectorMask<Double> neg = tv.compare(VectorOperators.EQ, 0.0);
            boolean vectorOk = neg.or(tv.compare(VectorOperators.EQ, 1.0))
                    .and(xv.abs().compare(VectorOperators.LE, Double.MAX_VALUE)).allTrue();
            s.scalarBlock[j / L] = !vectorOk;
            anyScalar |= !vectorOk;
            xv.blend(xv.neg(), neg).intoArray(s.xt, j);
        }
        hard(s, np, params.gamma());
        boolean hasAlpha = params.alpha().isPresent();
        double alphaPos = hasAlpha ? params.alpha().getAsDouble() : 1.0;
        double alphaNeg = hasAlpha ? 1.0 - alphaPos : 1.0;
        for (int j = 0; j < np; j += L) {
            VectorMask<Double> neg = DoubleVector.fromArray(S, s.t, j).compare(VectorOperators.EQ, 0.0);
            DoubleVector alphaT = DoubleVector.broadcast(S, alphaPos).blend(alphaNeg, neg);
            DoubleVector signAlpha = DoubleVector.broadcast(S, alphaPos).blend(-alphaNeg, neg);
            alphaT.mul(DoubleVector.fromArray(S, s.loss0, j)).intoArray(s.loss, j);
            signAlpha.mul(DoubleVector.fromArray(S, s.d, j)).mul(w).intoArray(s.grad, j);
        }
        if (anyScalar) {
            for (int b = 0; b < np / L; b++) {
                if (s.scalarBlock[b] && !scalarBlock(scalar, s, b * L, Math.min(n, b * L + L), w)) {
                    return false;
                }
            }
        }
        Arrays.fill(s.loss, n, np, 0.0);
        return true;
    }

    /** Tile elements [from, to) with {@link FocalElement}, overwriting s.loss and s.grad; false at a bad element. */
    private static boolean scalarBlock(FocalElement scalar, Tile s, int from, int to, double w) {
        for (int j = from; j < to; j++) {
            if (!ChunkKernel.valid(s.x[j], s.t[j])) {
                return false;
            }
            scalar.eval(s.x[j], s.t[j]);
            s.loss[j] = scalar.loss;
            s.grad[j] = w * scalar.grad;
        }
        return true;
    }

    // ------------------------------------------------------------------ compensated lane sums

    /** Adds v[0, n) to the lane sums, element j to lane j mod L: CompensatedSum.add in every lane. */
    private static void addLanes(Tile s, double[] v, int n) {
        DoubleVector sum = DoubleVector.fromArray(S, s.lanes, 0);
        DoubleVector comp = DoubleVector.fromArray(S, s.lanes, L);
        for (int j = 0; j < n; j += L) {
            DoubleVector x = DoubleVector.fromArray(S, v, j);
            DoubleVector t = sum.add(x);
            DoubleVector bigSum = sum.sub(t).add(x);
            DoubleVector bigValue = x.sub(t).add(sum);
            comp = comp.add(bigSum.blend(bigValue, sum.abs().compare(VectorOperators.LT, x.abs())));
            sum = t;
        }
        sum.intoArray(s.lanes, 0);
        comp.intoArray(s.lanes, L);
    }

    /** The chunk's sum: each lane's value (as CompensatedSum.value), added in lane order. */
    private static double laneTotal(double[] lanes) {
        CompensatedSum total = new CompensatedSum();
        for (int l = 0; l < L; l++) {
            double sum = lanes[l];
            total.add(Double.isFinite(sum) ? sum + lanes[L + l] : sum);
        }
        return total.value();
    }

    private static int roundUp(int n) {
        return (n + L - 1) / L * L;
    }

    // ------------------------------------------------------------------ softmax rows

    /** Softmax working arrays beyond the binary ones, class-major: class c of tile row j at c·rows + j. */
    private static final class SoftmaxTile {
        final int rows;
        final double[] x;
        final double[] ex;
        final double[] g;
        final double[] y;
        final double[] a;
        final double[] m;
        final double[] arg;
        final double[] xy;
        final double[] rest;
        final double[] l1p;
        final double[] invOther;
        final int[] offset;

        SoftmaxTile(int classes) {
            rows = Math.max(L, Math.min(TILE, 1024 / classes / L * L));
            x = new double[classes * rows];
            ex = new double[classes * rows];
            g = new double[classes * rows];
            y = new double[rows];
            a = new double[rows];
            m = new double[rows];
            arg = new double[rows];
            xy = new double[rows];
            rest = new double[rows];
            l1p = new double[rows];
            invOther = new double[rows];
            offset = new int[rows];
        }
    }

    @Override
    public boolean softmaxRows(double gamma, double[] x, int[] y, double[] alpha, ClassLayout layout, double norm,
            double[] grad, int from, int to, double[] partial, int k) {
        int classes = layout.classes();
        int spatial = layout.spatial();
        if (classes < 2) { // no other class: z = +∞, which the vector formulas do not cover
            return ScalarChunkKernel.INSTANCE.softmaxRows(gamma, x, y, alpha, layout, norm, grad, from, to, partial, k);
        }
        Tile s = new Tile(TILE);
        SoftmaxTile st = new SoftmaxTile(classes);
        double invNorm = 1.0 / norm;
        for (int r = from; r < to; r += st.rows) {
            int n = Math.min(st.rows, to - r);
            int np = roundUp(n);
            gatherRows(st, x, y, alpha, classes, spatial, r, n, np);
            if (!rowMaxima(st, classes, np)) {
                return false;
            }
            for (int c = 0; c < classes; c++) {
                int o = c * st.rows;
                for (int j = 0; j < np; j += L) {
                    DoubleVector.fromArray(S, st.x, o + j).sub(DoubleVector.fromArray(S, st.m, j)).intoArray(st.ex, o + j);
                }
                VectorMath.expNonPositive(st.ex, o, st.ex, o, np);
            }
            otherSums(st, classes, np);
            VectorMath.log1p(st.rest, st.l1p, st.invOther, np);
            for (int j = 0; j < np; j += L) {
                DoubleVector.fromArray(S, st.xy, j).sub(DoubleVector.fromArray(S, st.m, j))
                        .sub(DoubleVector.fromArray(S, st.l1p, j)).intoArray(s.xt, j);
            }
            hard(s, np, gamma);
            rowGradients(s, st, classes, np, invNorm);
            addLanes(s, s.loss, np);
            scatterRows(st, grad, classes, spatial, r, n);
        }
        partial[k] = laneTotal(s.lanes);
        return true;
    }

    /** Rows [r, r + n) into the tile (padding rows up to np: logits 0, class 0, weight 0). */
    private static void gatherRows(SoftmaxTile st, double[] x, int[] y, double[] alpha, int classes, int spatial,
            int r, int n, int np) {
        for (int j = 0; j < np; j++) {
            int yr = j < n ? y[r + j] : 0;
            st.y[j] = yr;
            st.a[j] = j >= n ? 0.0 : alpha == null ? 1.0 : alpha[yr];
        }
        int b = r / spatial;
        int sp = r - b * spatial;
        if (sp + n <= spatial) { // one batch entry: each class is a contiguous run
            int base = b * classes * spatial + sp;
            for (int c = 0; c < classes; c++) {
                System.arraycopy(x, base + c * spatial, st.x, c * st.rows, n);
                Arrays.fill(st.x, c * st.rows + n, c * st.rows + np, 0.0);
            }
            st.offset[0] = base;
            return;
        }
        for (int j = 0; j < np; j++) {
            int o = j < n ? offsetOf(r + j, classes, spatial) : -1;
            st.offset[j] = o;
            for (int c = 0; c < classes; c++) {
                st.x[c * st.rows + j] = o < 0 ? 0.0 : x[o + c * spatial];
            }
        }
    }

    private static int offsetOf(int row, int classes, int spatial) {
        int b = row / spatial;
        return b * classes * spatial + (row - b * spatial);
    }

    /** The tile's gradient back into grad, at the places gatherRows read from. */
    private static void scatterRows(SoftmaxTile st, double[] grad, int classes, int spatial, int r, int n) {
        int b = r / spatial;
        int sp = r - b * spatial;
        if (sp + n <= spatial) {
            for (int c = 0; c < classes; c++) {
                System.arraycopy(st.g, c * st.rows, grad, st.offset[0] + c * spatial, n);
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < classes; c++) {
                grad[st.offset[j] + c * spatial] = st.g[c * st.rows + j];
            }
        }
    }

    /**
     * m = the largest logit other than the true class's (arg = its class, the first on ties) and x_y;
     * false if a logit is not finite.
     */
    private static boolean rowMaxima(SoftmaxTile st, int classes, int np) {
        boolean finite = true;
        for (int j = 0; j < np; j += L) {
            DoubleVector yv = DoubleVector.fromArray(S, st.y, j);
            DoubleVector m = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
            DoubleVector arg = DoubleVector.broadcast(S, -1.0);
            DoubleVector xy = DoubleVector.zero(S);
            DoubleVector largest = DoubleVector.zero(S);
            for (int c = 0; c < classes; c++) {
                DoubleVector v = DoubleVector.fromArray(S, st.x, c * st.rows + j);
                largest = largest.max(v.abs()); // NaN propagates, and fails the check below
                VectorMask<Double> isY = yv.compare(VectorOperators.EQ, c);
                xy = xy.blend(v, isY);
                VectorMask<Double> larger = isY.not().and(v.compare(VectorOperators.GT, m));
                m = m.blend(v, larger);
                arg = arg.blend(c, larger);
            }
            finite &= largest.compare(VectorOperators.LE, Double.MAX_VALUE).allTrue();
            m.intoArray(st.m, j);
            arg.intoArray(st.arg, j);
            xy.intoArray(st.xy, j);
        }
        return finite;
    }

    /** rest = Σ_{c ≠ y, arg} e^{x_c − m} in class order (as SoftmaxRow), and e^{x_arg − m} set to exactly 1. */
    private static void otherSums(SoftmaxTile st, int classes, int np) {
        for (int j = 0; j < np; j += L) {
            DoubleVector yv = DoubleVector.fromArray(S, st.y, j);
            DoubleVector arg = DoubleVector.fromArray(S, st.arg, j);
            DoubleVector rest = DoubleVector.zero(S);
            for (int c = 0; c < classes; c++) {
                int o = c * st.rows + j;
                VectorMask<Double> isArg = arg.compare(VectorOperators.EQ, c);
                DoubleVector ex = DoubleVector.fromArray(S, st.ex, o).blend(1.0, isArg);
                ex.intoArray(st.ex, o);
                rest = rest.add(ex.blend(0.0, isArg.or(yv.compare(VectorOperators.EQ, c))));
            }
            rest.intoArray(st.rest, j);
        }
    }

    /**
     * α_y·FL per row into s.loss, and the gradient divided by the normaliser into st.g: d/dx_y = α_y dFL/dz,
     * d/dx_c = −α_y dFL/dz · e^{x_c − m}/(1 + rest).
     */
    private static void rowGradients(Tile s, SoftmaxTile st, int classes, int np, double invNorm) {
        for (int j = 0; j < np; j += L) {
            DoubleVector a = DoubleVector.fromArray(S, st.a, j);
            DoubleVector yv = DoubleVector.fromArray(S, st.y, j);
            a.mul(DoubleVector.fromArray(S, s.loss0, j)).intoArray(s.loss, j);
            DoubleVector gy = a.mul(DoubleVector.fromArray(S, s.d, j)).mul(invNorm);
            DoubleVector share = gy.neg().mul(DoubleVector.fromArray(S, st.invOther, j));
            for (int c = 0; c < classes; c++) {
                int o = c * st.rows + j;
                DoubleVector.fromArray(S, st.ex, o).mul(share).blend(gy, yv.compare(VectorOperators.EQ, c))
                        .intoArray(st.g, o);
            }
        }
    }
}
