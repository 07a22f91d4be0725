package org.focalexplorer.loss;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp and log1p over arrays, written out in plain vector arithmetic (FMA, blends, integer shifts on the bits)
 * instead of {@code VectorOperators.EXP/LOG1P}.
 *
 * <p>Why not the built-in operators: on JDK 17 they call Intel SVML stubs that cost 2–4 ns per element here
 * (measured), a quarter of the whole 8 ns budget each. The loss kernels need exp only on [−746, 0] and log1p
 * only on [0, ∞), which lets both be short: no NaN/∞ branches, one exponent trick each. Both are accurate
 * to a few ulp ({@code VectorMathTest}), far inside the core's 1e-12 bar. Their polynomials are evaluated by
 * Estrin's scheme (pairs, then powers r², r⁴, r⁸) rather than Horner's: the same terms in 5 dependent steps
 * instead of 11, which matters when the CPU is waiting on the chain rather than on the arithmetic.
 *
 * <p>Why arrays in and out rather than methods on vectors: a vector handed to or returned from a method that
 * the JIT does not inline is boxed on the heap, which costs more than the arithmetic; a method that is hot by
 * itself is often compiled separately and then not inlined. So no method of the vector kernel takes or
 * returns a vector: each is a loop over a small, cache-resident tile (see {@link VectorChunkKernel}).
 */
final class VectorMath {
    private VectorMath() {}

    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();

    static final double LOG2E = 1.4426950408889634;
    /** ln 2 split so that k · LN2_HI is exact for |k| &lt; 2^20 (fdlibm's constants). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5 · 2^52: adding it rounds to an integer that then sits in the low bits of the sum. */
    static final double SHIFTER = 0x1.8p52;
    /** The exponent bias plus 60, so that 2^(k+60) is normal for every k ≥ −1082; undone by {@link #TWO_M60}. */
    static final long BIAS_PLUS_60 = 1023 + 60;
    static final double TWO_M60 = 0x1p-60;
    /** Below this e^x is 0 in double (e^−745.2 rounds to 0); clamping keeps 2^k representable. */
    static final double EXP_MIN = -746.0;

    /** 1/n! for n = 2..13: Taylor's series on |r| ≤ ln2/2 leaves a relative error below 1e-17. */
    static final double C2 = 1.0 / 2;
    static final double C3 = 1.0 / 6;
    static final double C4 = 1.0 / 24;
    static final double C5 = 1.0 / 120;
    static final double C6 = 1.0 / 720;
    static final double C7 = 1.0 / 5040;
    static final double C8 = 1.0 / 40320;
    static final double C9 = 1.0 / 362880;
    static final double C10 = 1.0 / 3628800;
    static final double C11 = 1.0 / 39916800;
    static final double C12 = 1.0 / 479001600;
    static final double C13 = 1.0 / 6227020800.0;

    /**
     * out[o + j] = e^min(in[i + j], 0) for j in [0, n), n a multiple of {@link #L} (in and out may be the same
     * array). Arguments below −746 give 0; subnormal results are rounded once, as {@link Math#exp} rounds them.
     */
    static void expNonPositive(double[] in, int i, double[] out, int o, int n) {
        DoubleVector ln2Hi = DoubleVector.broadcast(S, -LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(S, -LN2_LO);
        DoubleVector c2 = bc(C2), c3 = bc(C3), c4 = bc(C4), c5 = bc(C5), c6 = bc(C6), c7 = bc(C7), c8 = bc(C8);
        DoubleVector c9 = bc(C9), c10 = bc(C10), c11 = bc(C11), c12 = bc(C12), c13 = bc(C13);
        for (int j = 0; j < n; j += L) {
            DoubleVector x = DoubleVector.fromArray(S, in, i + j).max(EXP_MIN).min(0.0);
            // k = round(x / ln 2) lands in the low bits of d; r = x − k ln2, |r| ≤ ln2/2 (+ rounding).
            DoubleVector d = x.fma(LOG2E, SHIFTER);
            DoubleVector k = d.sub(SHIFTER);
            DoubleVector r = k.fma(ln2Hi, x);
            r = k.fma(ln2Lo, r);
            // p = c2 + c3 r + … + c13 r^11 by Estrin's scheme: 5 dependent steps instead of Horner's 11.
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector p01 = r.fma(c5, c4).fma(r2, r.fma(c3, c2));
            DoubleVector p23 = r.fma(c9, c8).fma(r2, r.fma(c7, c6));
            DoubleVector p45 = r.fma(c13, c12).fma(r2, r.fma(c11, c10));
            DoubleVector p = p23.fma(r4, p01).add(p45.mul(r4.mul(r4)));
            DoubleVector er = r2.fma(p, r).add(1.0); // e^r = 1 + r + r²·p
            // The low 12 bits of d's pattern are k (SHIFTER is zero there): (k + 1083) << 52 is 2^(k+60).
            // Scaling by 2^(k+60) is exact; the final 2^−60 rounds once (into the subnormals if it must).
            LongVector bits = d.reinterpretAsLongs();
            DoubleVector scale = bits.add(BIAS_PLUS_60).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            er.mul(scale).mul(TWO_M60).intoArray(out, o + j);
        }
    }

    /** A constant vector, made once per call outside the loops (vector API's fma takes no scalar mixed with a vector). */
    private static DoubleVector bc(double v) {
        return DoubleVector.broadcast(S, v);
    }

    /** Bits added so that the exponent counts from √½: the mantissa then lies in [√½, √2) (musl's log). */
    static final long SQRT_HALF_OFFSET = 0x3ff0000000000000L - 0x3fe6a09e00000000L;
    static final long MANTISSA_MASK = 0x000fffffffffffffL;
    static final long SQRT_HALF_BITS = 0x3fe6a09e00000000L;
    /** 2^52 as bits: OR-ing a small integer into its mantissa gives 2^52 + that integer. */
    static final long TWO_52_BITS = 0x4330000000000000L;

    /** 1/(2j+1), j = 1..10: log m = 2 atanh(s) = 2s (1 + w/3 + w²/5 + …), w = s² ≤ 0.0295: error below 1e-18. */
    static final double A3 = 1.0 / 3;
    static final double A5 = 1.0 / 5;
    static final double A7 = 1.0 / 7;
    static final double A9 = 1.0 / 9;
    static final double A11 = 1.0 / 11;
    static final double A13 = 1.0 / 13;
    static final double A15 = 1.0 / 15;
    static final double A17 = 1.0 / 17;
    static final double A19 = 1.0 / 19;
    static final double A21 = 1.0 / 21;

    /**
     * out[j] = log1p(v[j]) and inverse[j] = 1/(1 + v[j]) for finite v[j] ≥ 0, j in [0, n), n a multiple of
     * {@link #L}. With u = 1 + v rounded: log1p(v) = log(u) + (v − (u − 1))/u, the second term being the
     * rounding error of 1 + v (exact for v ≤ 1, and tiny against log u ≥ log 2 beyond).
     */
    static void log1p(double[] v, double[] out, double[] inverse, int n) {
        DoubleVector ln2Hi = DoubleVector.broadcast(S, LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(S, LN2_LO);
        DoubleVector a3 = bc(A3), a5 = bc(A5), a7 = bc(A7), a9 = bc(A9), a11 = bc(A11);
        DoubleVector a13 = bc(A13), a15 = bc(A15), a17 = bc(A17), a19 = bc(A19), a21 = bc(A21);
        for (int j = 0; j < n; j += L) {
            DoubleVector x = DoubleVector.fromArray(S, v, j);
            DoubleVector u = x.add(1.0);
            DoubleVector inv = DoubleVector.broadcast(S, 1.0).div(u);
            LongVector ix = u.reinterpretAsLongs().add(SQRT_HALF_OFFSET);
            DoubleVector k = ix.lanewise(VectorOperators.LSHR, 52).or(TWO_52_BITS).reinterpretAsDoubles()
                    .sub(0x1p52 + 1023);
            DoubleVector m = ix.and(MANTISSA_MASK).add(SQRT_HALF_BITS).reinterpretAsDoubles();
            DoubleVector f = m.sub(1.0); // exact: m is within a factor 2 of 1
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector w = s.mul(s);
            // p = a3 + a5 w + … + a21 w^9 by Estrin's scheme.
            DoubleVector w2 = w.mul(w);
            DoubleVector w4 = w2.mul(w2);
            DoubleVector p01 = w.fma(a9, a7).fma(w2, w.fma(a5, a3));
            DoubleVector p23 = w.fma(a17, a15).fma(w2, w.fma(a13, a11));
            DoubleVector p = p23.fma(w4, p01).add(w.fma(a21, a19).mul(w4.mul(w4)));
            DoubleVector twoS = s.add(s);
            DoubleVector logM = twoS.mul(w).fma(p, twoS); // 2s + 2s·w·p
            DoubleVector logU = k.fma(ln2Lo, logM).add(k.mul(ln2Hi));
            DoubleVector roundingError = x.sub(u.sub(1.0));
            roundingError.fma(inv, logU).intoArray(out, j);
            inv.intoArray(inverse, j);
        }
    }
}
