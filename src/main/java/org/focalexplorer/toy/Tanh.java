package org.focalexplorer.toy;

import org.focalexplorer.loss.LossKernel;

/**
 * tanh over arrays, for the hidden layers: in SIMD lanes ({@code jdk.incubator.vector}) when the JVM has the
 * module, else one element at a time, with the <em>same</em> arithmetic either way, so both give bit-identical
 * results and a run's weights do not depend on how the JVM was started ({@code TanhTest}).
 *
 * <p>Why not {@link Math#tanh} or {@link Math#exp}: neither vectorises (each element is a call), and in a
 * 2-8-8-1 network the 16 tanh per example were 60 % of a training step. Here tanh(x) = −m / (2 + m) with
 * m = expm1(−2|x|) and the sign of x; expm1 by the usual reduction −2|x| = k ln 2 + r, |r| ≤ ln2/2, Taylor's
 * series of e^r − 1 to r^13 (relative error below 1e-17), then m = 2^k (e^r − 1) + (2^k − 1), where 2^k comes
 * from the bits and both terms are exact or rounded once. Only +, −, ×, ÷ and bit moves, no FMA, so the scalar
 * form is cheap on every CPU. Within 3 ulp of {@link StrictMath#tanh} (TanhTest, 200,000 arguments from 1e-12 to 30), including
 * tiny arguments (no 1 − e cancellation) and ±0, NaN and ±∞.
 */
final class Tanh {
    private Tanh() {}

    static final double LOG2E = 1.4426950408889634;
    /** ln 2 split so that k · LN2_HI is exact for the |k| ≤ 58 used here (fdlibm's constants). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5 · 2^52: adding it rounds to an integer k that then sits in the low bits of the sum. */
    static final double SHIFTER = 0x1.8p52;
    /** Beyond |x| = 20 tanh rounds to ±1 (1 − tanh(20) ≈ 8e-18); clamping keeps 2^k normal. */
    static final double CLAMP = 20.0;
    static final long SIGN = 0x8000000000000000L;
    /** 1/n!, n = 2..13. */
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

    /** Below this many elements the scalar loop runs: vector code not yet compiled would be far slower. */
    static final int VECTOR_MIN = 32;

    /** The vector loop, or null without the module (looked up by name so this class loads without it). */
    private static final Kernel VECTOR = loadVector();

    /** Elements per block of the vector loop: its scratch (two doubles per element) stays in L1. */
    static final int BLOCK = 256;

    /** An in-place tanh over {@code a[0..n)}, using {@code scratch} ({@link #newScratch()}) for intermediate values. */
    interface Kernel {
        void apply(double[] a, int n, double[] scratch);
    }

    /** Scratch for {@link #inPlace}: one per thread that calls it (a network's workspace holds one). */
    static double[] newScratch() {
        return new double[2 * BLOCK];
    }

    /** a[e] = tanh(a[e]) for e in [0, n); {@code scratch} from {@link #newScratch()}, used by one thread at a time. */
    static void inPlace(double[] a, int n, double[] scratch) {
        if (VECTOR != null && n >= VECTOR_MIN && SimdWarmUp.ready() && LossKernel.current() == LossKernel.VECTOR) {
            VECTOR.apply(a, n, scratch);
        } else {
            scalar(a, 0, n);
        }
    }

    /** Whether {@link #inPlace} can use SIMD lanes in this JVM. */
    static boolean vectorAvailable() {
        return VECTOR != null;
    }

    /** The vector loop itself (for tests); throws if it is unavailable. */
    static void vector(double[] a, int n) {
        if (VECTOR == null) {
            throw new IllegalStateException("jdk.incubator.vector is not in the boot layer");
        }
        VECTOR.apply(a, n, newScratch());
    }

    /** The scalar loop over a[from..n): also the vector loop's tail. */
    static void scalar(double[] a, int from, int n) {
        for (int e = from; e < n; e++) {
            a[e] = of(a[e]);
        }
    }

    /** tanh(x), the formula of the class comment; every step has its lane-wise twin in {@code VectorTanh}. */
    static double of(double x) {
        double y = -2.0 * Math.min(Math.abs(x), CLAMP); // [−40, 0]; NaN stays NaN
        double d = y * LOG2E + SHIFTER;
        double k = d - SHIFTER; // round(y / ln 2), an integer in [−58, 0]
        double r = (y - k * LN2_HI) - k * LN2_LO;
        double p = C13;
        p = p * r + C12;
        p = p * r + C11;
        p = p * r + C10;
        p = p * r + C9;
        p = p * r + C8;
        p = p * r + C7;
        p = p * r + C6;
        p = p * r + C5;
        p = p * r + C4;
        p = p * r + C3;
        p = p * r + C2;
        double er = r + (r * r) * p; // e^r − 1
        // the low 12 bits of d's pattern are k (two's complement): (k + 1023) << 52 is 2^k
        double s = Double.longBitsToDouble((Double.doubleToRawLongBits(d) + 1023) << 52);
        double m = s * er + (s - 1.0); // expm1(y); s − 1 is exact for k ≥ −53, and −1 is right below
        double t = -m / (2.0 + m);
        return Math.copySign(t, x);
    }

    private static Kernel loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (Kernel) Class.forName("org.focalexplorer.toy.VectorTanh").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
