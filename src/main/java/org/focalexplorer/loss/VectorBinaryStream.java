package org.focalexplorer.loss;

import static org.focalexplorer.loss.VectorMath.L;
import static org.focalexplorer.loss.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The binary kernel's hard-target path for γ ∈ {0, 1, 2}: the input is read once and the gradient written
 * once, tile by tile ({@link #TILE} elements), in three short loops over the tile: (1) input check, x_t = ±x
 * and e = e^−|x_t|; (2) log1p(e) and 1/(1 + e); (3) p_t, the loss and the gradient, α, and the lane sums.
 *
 * <p>Why this shape (measured, see the README's "Two kernels"): {@link VectorChunkKernel}'s staged tiles
 * copied the input in and the gradient out and stored and reloaded a dozen tile arrays per element; one
 * single loop doing everything per vector was no faster in the cache, because its ~100 instructions form one
 * long dependency chain (exp, then a division, then log1p's, then the loss) and the CPU can overlap only
 * about two such iterations. Three loops of ~35 instructions each overlap several iterations and keep the
 * tile arrays they share (4 × 2 KB) in L1. The price is that exp and log1p are written out inline (the
 * formulas and constants of {@link VectorMath}, whose array versions are tested against StrictMath): a
 * vector passed to or returned from a method the JIT might not inline would be boxed. For the same reason
 * the lane sums go through {@code lanes} between tiles rather than being carried through both loops.
 *
 * <p>It gives the same bits as the staged path: the same operations on each lane (where an operation is
 * written differently, e.g. a blend for a max(), the result is the same), and the losses go to the same lanes
 * ((i − from) mod L) in the same order; Knuth's two-sum gives exactly the rounding error that
 * {@link CompensatedSum}'s branches give.
 */
final class VectorBinaryStream {
    /** Elements per tile of the two stages: their two arrays stay in L1. */
    static final int TILE = VectorChunkKernel.TILE;
    /** The smallest u whose exponent split in VectorMath.log1p has k = 1: bits 0x3ff6a09e00000000 (≈ √2). */
    static final double SQRT2_SPLIT = Double.longBitsToDouble(VectorMath.SQRT_HALF_BITS + (1L << 52));

    private VectorBinaryStream() {}

    /** The stages' tile arrays (one per chunk: chunks run concurrently). */
    static final class Scratch {
        final double[] xt = new double[TILE];
        final double[] e = new double[TILE];
        final double[] l1p = new double[TILE];
        final double[] inv = new double[TILE];
        final boolean[] scalarBlock = new boolean[TILE / L];
        final double[] blockLoss = new double[L];
    }

    /** Whether this loop covers γ: the ones whose focal term (1 − p_t)^γ needs no second exp. */
    static boolean covers(BinaryFocalParams params) {
        double g = params.gamma();
        return params.reducedThreshold().isEmpty() && (g == 0.0 || g == 1.0 || g == 2.0);
    }

    /**
     * Whole vectors of elements [from, end), end − from a multiple of L: grad[i] = w · dℓ_i/dx_i, and
     * either loss[i] = ℓ_i (loss non-null) or ℓ_i added to the per-lane Neumaier sums in lanes[0, 2L)
     * (sums then compensations; loss null). A block holding a soft target is recomputed by {@code scalar}
     * (as {@link VectorChunkKernel} does), through the scratch array blockLoss of length L.
     * False at an element that is not finite or not in [0, 1].
     */
    static boolean run(BinaryFocalParams params, FocalElement scalar, double[] x, double[] t, double w,
            double[] grad, double[] loss, int from, int end, double[] lanes, Scratch scratch) {
        double gamma = params.gamma();
        int gammaCase = (int) gamma;
        boolean hasAlpha = params.alpha().isPresent();
        double alphaPos = hasAlpha ? params.alpha().getAsDouble() : 1.0;
        double alphaNeg = hasAlpha ? 1.0 - alphaPos : 1.0;
        boolean summing = loss == null;
        double[] xtTile = scratch.xt;
        double[] eTile = scratch.e;
        double[] l1pTile = scratch.l1p;
        double[] invTile = scratch.inv;
        boolean[] scalarBlock = scratch.scalarBlock;
        double[] blockLoss = scratch.blockLoss;

        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector alphaP = DoubleVector.broadcast(S, alphaPos);
        DoubleVector signAlphaN = DoubleVector.broadcast(S, -alphaNeg);
        // exp's constants (VectorMath.expNonPositive)
        DoubleVector ln2HiNeg = DoubleVector.broadcast(S, -VectorMath.LN2_HI);
        DoubleVector ln2LoNeg = DoubleVector.broadcast(S, -VectorMath.LN2_LO);
        DoubleVector c2 = bc(VectorMath.C2), c3 = bc(VectorMath.C3), c4 = bc(VectorMath.C4), c5 = bc(VectorMath.C5);
        DoubleVector c6 = bc(VectorMath.C6), c7 = bc(VectorMath.C7), c8 = bc(VectorMath.C8), c9 = bc(VectorMath.C9);
        DoubleVector c10 = bc(VectorMath.C10), c11 = bc(VectorMath.C11), c12 = bc(VectorMath.C12), c13 = bc(VectorMath.C13);
        // log1p's constants (VectorMath.log1p)
        DoubleVector ln2Hi = DoubleVector.broadcast(S, VectorMath.LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(S, VectorMath.LN2_LO);
        DoubleVector a3 = bc(VectorMath.A3), a5 = bc(VectorMath.A5), a7 = bc(VectorMath.A7), a9 = bc(VectorMath.A9);
        DoubleVector a11 = bc(VectorMath.A11), a13 = bc(VectorMath.A13), a15 = bc(VectorMath.A15), a17 = bc(VectorMath.A17);
        DoubleVector a19 = bc(VectorMath.A19), a21 = bc(VectorMath.A21);

        DoubleVector zero = DoubleVector.zero(S);
        for (int i0 = from; i0 < end; i0 += TILE) {
            int n = Math.min(TILE, end - i0);
            // Stage 1: input check, x_t = ±x and e = e^−|x_t| (VectorMath.expNonPositive on −|x_t|).
            boolean anyScalar = false;
            for (int j = 0; j < n; j += L) {
                DoubleVector xv = DoubleVector.fromArray(S, x, i0 + j);
                DoubleVector tv = DoubleVector.fromArray(S, t, i0 + j);
                // x·0 + t is t for a finite x and NaN otherwise: one compare checks both x and t ∈ {0, 1}.
                DoubleVector tChecked = xv.fma(zero, tv);
                VectorMask<Double> neg = tChecked.compare(VectorOperators.EQ, 0.0);
                boolean vectorOk = neg.or(tChecked.compare(VectorOperators.EQ, 1.0)).allTrue();
                scalarBlock[j / L] = !vectorOk;
                anyScalar |= !vectorOk;
                DoubleVector xt = xv.blend(xv.neg(), neg);
                xt.intoArray(xtTile, j);

                // −|x| clamped below at EXP_MIN (as expNonPositive; ≤ 0 already, so its min(0) is not needed). A compare
                // and a blend, not max(): the vector max with Java's NaN and −0 rules costs several instructions on AVX2.
                DoubleVector ex = xv.abs().neg();
                ex = ex.blend(VectorMath.EXP_MIN, ex.compare(VectorOperators.LT, VectorMath.EXP_MIN));
                DoubleVector d = ex.fma(VectorMath.LOG2E, VectorMath.SHIFTER);
                DoubleVector k = d.sub(VectorMath.SHIFTER);
                DoubleVector r = k.fma(ln2HiNeg, ex);
                r = k.fma(ln2LoNeg, r);
                DoubleVector r2 = r.mul(r);
                DoubleVector r4 = r2.mul(r2);
                DoubleVector p01 = r.fma(c5, c4).fma(r2, r.fma(c3, c2));
                DoubleVector p23 = r.fma(c9, c8).fma(r2, r.fma(c7, c6));
                DoubleVector p45 = r.fma(c13, c12).fma(r2, r.fma(c11, c10));
                DoubleVector poly = p23.fma(r4, p01).add(p45.mul(r4.mul(r4)));
                DoubleVector er = r2.fma(poly, r).add(1.0);
                DoubleVector scale = d.reinterpretAsLongs().add(VectorMath.BIAS_PLUS_60)
                        .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
                er.mul(scale).mul(VectorMath.TWO_M60).intoArray(eTile, j);
            }
            // Stage 2: log1p(e) and 1/(1 + e) (VectorMath.log1p), the hard-target formulas
            // (VectorChunkKernel.hard), α, the gradient out and the loss into the lane sums. The sums live in
            // `lanes` between tiles: a vector carried through both loops would be boxed.
            DoubleVector sum = DoubleVector.fromArray(S, lanes, 0);
            DoubleVector comp = DoubleVector.fromArray(S, lanes, L);
            for (int j = 0; j < n; j += L) {
                DoubleVector e = DoubleVector.fromArray(S, eTile, j);
                DoubleVector u = e.add(1.0);
                DoubleVector inv = one.div(u);
                // u ∈ [1, 2] here, so VectorMath.log1p's exponent split u = 2^k m, m ∈ [√½, √2), has k = 0 or 1:
                // a compare and a blend give the same k and m without the integer operations.
                VectorMask<Double> upper = u.compare(VectorOperators.GE, SQRT2_SPLIT);
                DoubleVector m = u.blend(u.mul(0.5), upper);
                DoubleVector f1 = m.sub(1.0);
                DoubleVector s = f1.div(f1.add(2.0));
                DoubleVector ww = s.mul(s);
                DoubleVector w2 = ww.mul(ww);
                DoubleVector w4 = w2.mul(w2);
                DoubleVector q01 = ww.fma(a9, a7).fma(w2, ww.fma(a5, a3));
                DoubleVector q23 = ww.fma(a17, a15).fma(w2, ww.fma(a13, a11));
                DoubleVector pl = q23.fma(w4, q01).add(ww.fma(a21, a19).mul(w4.mul(w4)));
                DoubleVector twoS = s.add(s);
                DoubleVector logM = twoS.mul(ww).fma(pl, twoS);
                DoubleVector logU = logM.blend(logM.add(ln2Lo).add(ln2Hi), upper); // log m + k ln 2
                e.sub(u.sub(1.0)).fma(inv, logU).intoArray(l1pTile, j);
                inv.intoArray(invTile, j);
            }
            for (int j = 0; j < n; j += L) {
                int i = i0 + j;
                DoubleVector xt = DoubleVector.fromArray(S, xtTile, j);
                DoubleVector e = DoubleVector.fromArray(S, eTile, j);
                DoubleVector inv = DoubleVector.fromArray(S, invTile, j);
                DoubleVector l1p = DoubleVector.fromArray(S, l1pTile, j);
                VectorMask<Double> neg = DoubleVector.fromArray(S, t, i).compare(VectorOperators.EQ, 0.0);

                DoubleVector eInv = e.mul(inv);
                VectorMask<Double> nonNegative = xt.compare(VectorOperators.GE, 0.0);
                DoubleVector p = eInv.blend(inv, nonNegative);
                DoubleVector q = inv.blend(eInv, nonNegative);
                DoubleVector ce = l1p.add(xt.neg().blend(zero, nonNegative)); // + max(−x_t, 0)
                DoubleVector f = gammaCase == 2 ? q.mul(q) : gammaCase == 1 ? q : one;
                DoubleVector dfl = f.neg().mul(p.mul(gamma).fma(ce, q));
                DoubleVector li = alphaP.blend(alphaNeg, neg).mul(f.mul(ce));
                alphaP.blend(signAlphaN, neg).mul(dfl).mul(w).intoArray(grad, i);
                if (anyScalar && scalarBlock[j / L]) {
                    li.intoArray(blockLoss, 0);
                    for (int b = 0; b < L; b++) {
                        if (!ChunkKernel.valid(x[i + b], t[i + b])) {
                            return false;
                        }
                        scalar.eval(x[i + b], t[i + b]);
                        blockLoss[b] = scalar.loss;
                        grad[i + b] = w * scalar.grad;
                    }
                    li = DoubleVector.fromArray(S, blockLoss, 0);
                }
                if (summing) {
                    // Knuth's two-sum: the exact rounding error of sum + li, as CompensatedSum's branches give it.
                    DoubleVector sNew = sum.add(li);
                    DoubleVector liPart = sNew.sub(sum);
                    DoubleVector err = sum.sub(sNew.sub(liPart)).add(li.sub(liPart));
                    comp = comp.add(err);
                    sum = sNew;
                } else {
                    li.intoArray(loss, i);
                }
            }
            sum.intoArray(lanes, 0);
            comp.intoArray(lanes, L);
        }
        return true;
    }

    private static DoubleVector bc(double v) {
        return DoubleVector.broadcast(S, v);
    }
}
