package org.focalexplorer.loss;

import static org.focalexplorer.loss.VectorMath.L;
import static org.focalexplorer.loss.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The binary kernel's hard-target path for γ ∈ {0, 1, 2} as one loop that streams through the input: each
 * iteration reads L logits and targets, computes everything in registers (input check, e^−|x|, log1p, p_t,
 * the loss, the gradient, the lane sums) and writes L gradients.
 *
 * <p>Why one loop instead of {@link VectorChunkKernel}'s stages over L1 tiles: at N = 1e7 the staged kernel
 * spent about a third of its time storing and reloading a dozen tile arrays and copying the input in and the
 * gradient out; here the only memory traffic is the input read once and the gradient written once, which
 * the hardware prefetcher streams while the arithmetic runs. The price is that exp and log1p are written out
 * inline (the same formulas and constants as {@link VectorMath}, whose array versions are their tested
 * reference): a vector passed to or returned from a method the JIT might not inline would be boxed.
 *
 * <p>It gives the same bits as the staged path: the same operations in the same order on each lane, and
 * the sums go to the same lanes ((i − from) mod L) in the same order.
 */
final class VectorBinaryStream {
    /** Elements per tile of the two stages: their two arrays stay in L1. */
    static final int TILE = VectorChunkKernel.TILE;

    private VectorBinaryStream() {}

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
            double[] grad, double[] loss, int from, int end, double[] lanes, double[] xtTile, double[] eTile,
            boolean[] scalarBlock, double[] blockLoss) {
        double gamma = params.gamma();
        int gammaCase = (int) gamma;
        boolean hasAlpha = params.alpha().isPresent();
        double alphaPos = hasAlpha ? params.alpha().getAsDouble() : 1.0;
        double alphaNeg = hasAlpha ? 1.0 - alphaPos : 1.0;
        boolean summing = loss == null;

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

                DoubleVector ex = xt.abs().neg().max(VectorMath.EXP_MIN); // ≤ 0 already: min(0) is not needed
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
                int i = i0 + j;
                DoubleVector xt = DoubleVector.fromArray(S, xtTile, j);
                DoubleVector e = DoubleVector.fromArray(S, eTile, j);
                VectorMask<Double> neg = DoubleVector.fromArray(S, t, i).compare(VectorOperators.EQ, 0.0);

                DoubleVector u = e.add(1.0);
                DoubleVector inv = one.div(u);
                LongVector ix = u.reinterpretAsLongs().add(VectorMath.SQRT_HALF_OFFSET);
                DoubleVector kk = ix.lanewise(VectorOperators.LSHR, 52).or(VectorMath.TWO_52_BITS).reinterpretAsDoubles()
                        .sub(0x1p52 + 1023);
                DoubleVector m = ix.and(VectorMath.MANTISSA_MASK).add(VectorMath.SQRT_HALF_BITS).reinterpretAsDoubles();
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
                DoubleVector logU = kk.fma(ln2Lo, logM).add(kk.mul(ln2Hi));
                DoubleVector l1p = e.sub(u.sub(1.0)).fma(inv, logU);

                DoubleVector eInv = e.mul(inv);
                VectorMask<Double> nonNegative = xt.compare(VectorOperators.GE, 0.0);
                DoubleVector p = eInv.blend(inv, nonNegative);
                DoubleVector q = inv.blend(eInv, nonNegative);
                DoubleVector ce = l1p.add(xt.neg().max(0.0));
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
