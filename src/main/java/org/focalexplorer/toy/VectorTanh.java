package org.focalexplorer.toy;

import static org.focalexplorer.toy.Tanh.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Tanh#of} in SIMD lanes, step for step the same operations (so bit-identical), then the scalar form
 * for the last n mod L elements. Loaded only by {@link Tanh}, by name, when the incubator module is present.
 * One loop, no method taking or returning a vector (a vector that escapes a method not inlined is boxed).
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
    public void apply(double[] a, int n) {
        int lanes = S.length();
        int end = n - n % lanes;
        DoubleVector c2 = bc(C2), c3 = bc(C3), c4 = bc(C4), c5 = bc(C5), c6 = bc(C6), c7 = bc(C7), c8 = bc(C8);
        DoubleVector c9 = bc(C9), c10 = bc(C10), c11 = bc(C11), c12 = bc(C12), c13 = bc(C13);
        // every constant broadcast once: a scalar operand inside the loop is a broadcast per use, which the
        // JIT did not always fold (measured: the loop then ran slower than the scalar one)
        DoubleVector clamp = bc(CLAMP), minus2 = bc(-2.0), log2e = bc(LOG2E), shifter = bc(SHIFTER);
        DoubleVector ln2Hi = bc(LN2_HI), ln2Lo = bc(LN2_LO), one = bc(1.0), two = bc(2.0);
        LongVector bias = LongVector.broadcast(L, 1023L);
        LongVector sign = LongVector.broadcast(L, SIGN);
        LongVector magnitude = LongVector.broadcast(L, ~SIGN);
        for (int e = 0; e < end; e += lanes) {
            DoubleVector x = DoubleVector.fromArray(S, a, e);
            DoubleVector y = x.abs().min(clamp).mul(minus2);
            DoubleVector d = y.mul(log2e).add(shifter);
            DoubleVector k = d.sub(shifter);
            DoubleVector r = y.sub(k.mul(ln2Hi)).sub(k.mul(ln2Lo));
            DoubleVector p = c13.mul(r).add(c12).mul(r).add(c11).mul(r).add(c10).mul(r).add(c9).mul(r).add(c8)
                    .mul(r).add(c7).mul(r).add(c6).mul(r).add(c5).mul(r).add(c4).mul(r).add(c3).mul(r).add(c2);
            DoubleVector er = r.add(r.mul(r).mul(p));
            DoubleVector s = d.reinterpretAsLongs().add(bias).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector m = s.mul(er).add(s.sub(one));
            DoubleVector t = m.neg().div(m.add(two));
            LongVector bits = t.reinterpretAsLongs().and(magnitude).or(x.reinterpretAsLongs().and(sign));
            bits.reinterpretAsDoubles().intoArray(a, e);
        }
        Tanh.scalar(a, end, n);
    }

    private static DoubleVector bc(double v) {
        return DoubleVector.broadcast(S, v);
    }
}
