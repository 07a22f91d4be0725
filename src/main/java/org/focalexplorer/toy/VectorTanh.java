package org.focalexplorer.toy;

import static org.focalexplorer.toy.Tanh.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Tanh#of} in SIMD lanes, step for step the same operations (so bit-identical), then the scalar form
 * for the last n mod L elements. Loaded only by {@link Tanh}, by name, when the incubator module is present.
 * No method taking or returning a vector (a vector that escapes a method not inlined is boxed).
 *
 * <p>Why three loops over blocks of {@link Tanh#BLOCK} elements, and four vectors at a time in the middle one:
 * the polynomial is a chain of 24 dependent operations (Horner's rule, fixed by the bits it must give), so one
 * vector's tanh is some 100 cycles of latency for about 45 operations. In one loop doing everything per vector,
 * the CPU's scheduler filled with the waiting operations of barely two iterations, and tanh ran at a third of
 * the machine's throughput (measured: 3.9–4.7 ns per element on a Zen 3 server, the polynomial 60 % of it).
 * So (1) the reduction −2|x| = k ln 2 + r writes r and d to the block's scratch, (2) the polynomial runs on four
 * vectors side by side (four independent chains, interleaved in the source), (3) 2^k, the quotient and the
 * sign. Same operations on every lane as before; about twice as fast (2.0–2.4 ns per element, measured).
 *
 * <p>One operation is written differently with the same result: min(|x|, 20) is a compare and a blend (the
 * vector min with Java's NaN and −0 rules costs several instructions on AVX2; |x| is never −0, and a NaN
 * fails the compare and stays), as in {@code VectorBinaryStream}.
 */
final class VectorTanh implements Tanh.Kernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    /** Longs of the same width, for the bit moves. */
    private static final VectorSpecies<Long> L = S.withLanes(long.class);

    VectorTanh() {
        if (S.length() < 2) {
            throw new LinkageError("one lane: the scalar loop is faster");
        }
    }

    @Override
    public void apply(double[] a, int n, double[] scratch) {
        int lanes = S.length();
        int end = n - n % lanes;
        for (int lo = 0; lo < end; lo += BLOCK) {
            block(a, lo, Math.min(end, lo + BLOCK), scratch);
        }
        Tanh.scalar(a, end, n);
    }

    /** a[from..to) in place, to − from a multiple of the lanes and at most {@link Tanh#BLOCK}. */
    private static void block(double[] a, int from, int to, double[] scratch) {
        int lanes = S.length();
        // every constant broadcast once: a scalar operand inside the loop is a broadcast per use, which the
        // JIT did not always fold (measured: the loop then ran slower than the scalar one)
        DoubleVector clamp = bc(CLAMP), minus2 = bc(-2.0), log2e = bc(LOG2E), shifter = bc(SHIFTER);
        DoubleVector ln2Hi = bc(LN2_HI), ln2Lo = bc(LN2_LO);
        int rAt = -from; // r of element e at scratch[rAt + e], d at scratch[dAt + e]
        int dAt = BLOCK - from;
        // (1) y = −2 min(|x|, 20), d = y log2e + 1.5·2^52, k = d − 1.5·2^52, r = (y − k ln2_hi) − k ln2_lo
        for (int e = from; e < to; e += lanes) {
            DoubleVector ax = DoubleVector.fromArray(S, a, e).abs();
            DoubleVector y = ax.blend(clamp, ax.compare(VectorOperators.GT, clamp)).mul(minus2);
            DoubleVector d = y.mul(log2e).add(shifter);
            DoubleVector k = d.sub(shifter);
            y.sub(k.mul(ln2Hi)).sub(k.mul(ln2Lo)).intoArray(scratch, rAt + e);
            d.intoArray(scratch, dAt + e);
        }
        // (2) e^r − 1 = r + r²·p(r), Horner from 1/13! down to 1/2!, four vectors side by side; r is replaced
        DoubleVector c2 = bc(C2), c3 = bc(C3), c4 = bc(C4), c5 = bc(C5), c6 = bc(C6), c7 = bc(C7), c8 = bc(C8);
        DoubleVector c9 = bc(C9), c10 = bc(C10), c11 = bc(C11), c12 = bc(C12), c13 = bc(C13);
        int four = 4 * lanes;
        int e = from;
        for (; e + four <= to; e += four) {
            int i0 = rAt + e;
            int i1 = i0 + lanes;
            int i2 = i1 + lanes;
            int i3 = i2 + lanes;
            DoubleVector r0 = DoubleVector.fromArray(S, scratch, i0);
            DoubleVector r1 = DoubleVector.fromArray(S, scratch, i1);
            DoubleVector r2 = DoubleVector.fromArray(S, scratch, i2);
            DoubleVector r3 = DoubleVector.fromArray(S, scratch, i3);
            DoubleVector p0 = c13.mul(r0).add(c12);
            DoubleVector p1 = c13.mul(r1).add(c12);
            DoubleVector p2 = c13.mul(r2).add(c12);
            DoubleVector p3 = c13.mul(r3).add(c12);
            p0 = p0.mul(r0).add(c11);
            p1 = p1.mul(r1).add(c11);
            p2 = p2.mul(r2).add(c11);
            p3 = p3.mul(r3).add(c11);
            p0 = p0.mul(r0).add(c10);
            p1 = p1.mul(r1).add(c10);
            p2 = p2.mul(r2).add(c10);
            p3 = p3.mul(r3).add(c10);
            p0 = p0.mul(r0).add(c9);
            p1 = p1.mul(r1).add(c9);
            p2 = p2.mul(r2).add(c9);
            p3 = p3.mul(r3).add(c9);
            p0 = p0.mul(r0).add(c8);
            p1 = p1.mul(r1).add(c8);
            p2 = p2.mul(r2).add(c8);
            p3 = p3.mul(r3).add(c8);
            p0 = p0.mul(r0).add(c7);
            p1 = p1.mul(r1).add(c7);
            p2 = p2.mul(r2).add(c7);
            p3 = p3.mul(r3).add(c7);
            p0 = p0.mul(r0).add(c6);
            p1 = p1.mul(r1).add(c6);
            p2 = p2.mul(r2).add(c6);
            p3 = p3.mul(r3).add(c6);
            p0 = p0.mul(r0).add(c5);
            p1 = p1.mul(r1).add(c5);
            p2 = p2.mul(r2).add(c5);
            p3 = p3.mul(r3).add(c5);
            p0 = p0.mul(r0).add(c4);
            p1 = p1.mul(r1).add(c4);
            p2 = p2.mul(r2).add(c4);
            p3 = p3.mul(r3).add(c4);
            p0 = p0.mul(r0).add(c3);
            p1 = p1.mul(r1).add(c3);
            p2 = p2.mul(r2).add(c3);
            p3 = p3.mul(r3).add(c3);
            p0 = p0.mul(r0).add(c2);
            p1 = p1.mul(r1).add(c2);
            p2 = p2.mul(r2).add(c2);
            p3 = p3.mul(r3).add(c2);
            r0.add(r0.mul(r0).mul(p0)).intoArray(scratch, i0);
            r1.add(r1.mul(r1).mul(p1)).intoArray(scratch, i1);
            r2.add(r2.mul(r2).mul(p2)).intoArray(scratch, i2);
            r3.add(r3.mul(r3).mul(p3)).intoArray(scratch, i3);
        }
        for (; e < to; e += lanes) { // the last vectors of a block that is not a multiple of four
            DoubleVector r = DoubleVector.fromArray(S, scratch, rAt + e);
            DoubleVector p = c13.mul(r).add(c12).mul(r).add(c11).mul(r).add(c10).mul(r).add(c9).mul(r).add(c8)
                    .mul(r).add(c7).mul(r).add(c6).mul(r).add(c5).mul(r).add(c4).mul(r).add(c3).mul(r).add(c2);
            r.add(r.mul(r).mul(p)).intoArray(scratch, rAt + e);
        }
        // (3) s = 2^k from d's low bits, m = s (e^r − 1) + (s − 1) = expm1(y), t = −m / (2 + m) with the sign of x
        DoubleVector one = bc(1.0), two = bc(2.0);
        LongVector bias = LongVector.broadcast(L, 1023L);
        LongVector sign = LongVector.broadcast(L, SIGN);
        LongVector magnitude = LongVector.broadcast(L, ~SIGN);
        for (e = from; e < to; e += lanes) {
            DoubleVector x = DoubleVector.fromArray(S, a, e);
            DoubleVector er = DoubleVector.fromArray(S, scratch, rAt + e);
            DoubleVector d = DoubleVector.fromArray(S, scratch, dAt + e);
            DoubleVector s = d.reinterpretAsLongs().add(bias).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector m = s.mul(er).add(s.sub(one));
            DoubleVector t = m.neg().div(m.add(two));
            LongVector bits = t.reinterpretAsLongs().and(magnitude).or(x.reinterpretAsLongs().and(sign));
            bits.reinterpretAsDoubles().intoArray(a, e);
        }
    }

    private static DoubleVector bc(double v) {
        return DoubleVector.broadcast(S, v);
    }
}
