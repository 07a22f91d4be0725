package org.focalexplorer.toy;

import org.focalexplorer.loss.LossKernel;

/**
 * The sums of backpropagation (Σ_e δ[e], Σ_e δ[e]·x[e] over a batch) in one fixed order that SIMD lanes can
 * follow: four partial sums, partial r taking the products of e ≡ r (mod 4) in increasing e, then
 * (s₀ + s₁) + (s₂ + s₃). Run in four 64-bit lanes ({@code jdk.incubator.vector}) when the JVM has the module,
 * else by four scalar accumulators: the same additions in the same order, so bit-identical results either
 * way ({@code LaneSumsTest}), and a run's weights do not depend on how the JVM was started.
 */
final class LaneSums {
    private LaneSums() {}

    /** Partial sums: fixed, whatever the CPU's vector width, so that the order never depends on the machine. */
    static final int LANES = 4;
    /** Below this many elements the scalar loop runs (vector code not yet compiled would be far slower). */
    static final int VECTOR_MIN = 32;

    private static final Kernel VECTOR = loadVector();

    /** The lane-parallel loops. */
    interface Kernel {
        double sum(double[] a, int n);

        /** out[at + c] = Σ_e d[e]·x_c[e] for the four arrays x0..x3. */
        void dot4(double[] d, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out, int at);

        double dot(double[] a, double[] b, int n);
    }

    static boolean vectorAvailable() {
        return VECTOR != null;
    }

    private static boolean vector(int n) {
        return VECTOR != null && n >= VECTOR_MIN && SimdWarmUp.ready() && LossKernel.current() == LossKernel.VECTOR;
    }

    static double sum(double[] a, int n) {
        return vector(n) ? VECTOR.sum(a, n) : Scalar.sum(a, n);
    }

    static double dot(double[] a, double[] b, int n) {
        return vector(n) ? VECTOR.dot(a, b, n) : Scalar.dot(a, b, n);
    }

    static void dot4(double[] d, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out, int at) {
        if (vector(n)) {
            VECTOR.dot4(d, x0, x1, x2, x3, n, out, at);
        } else {
            Scalar.dot4(d, x0, x1, x2, x3, n, out, at);
        }
    }

    /** The vector loops (for tests); throws if unavailable. */
    static Kernel vectorKernel() {
        if (VECTOR == null) {
            throw new IllegalStateException("jdk.incubator.vector is not in the boot layer");
        }
        return VECTOR;
    }

    /** (s₀ + s₁) + (s₂ + s₃). */
    static double combine(double s0, double s1, double s2, double s3) {
        return (s0 + s1) + (s2 + s3);
    }

    /** Four scalar accumulators: the reference order. */
    static final class Scalar {
        private Scalar() {}

        static double sum(double[] a, int n) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int e = 0;
            for (; e + 3 < n; e += LANES) {
                s0 += a[e];
                s1 += a[e + 1];
                s2 += a[e + 2];
                s3 += a[e + 3];
            }
            // the tail: element e goes to partial e mod 4
            if (e < n) {
                s0 += a[e];
            }
            if (e + 1 < n) {
                s1 += a[e + 1];
            }
            if (e + 2 < n) {
                s2 += a[e + 2];
            }
            return combine(s0, s1, s2, s3);
        }

        static double dot(double[] a, double[] b, int n) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int e = 0;
            for (; e + 3 < n; e += LANES) {
                s0 += a[e] * b[e];
                s1 += a[e + 1] * b[e + 1];
                s2 += a[e + 2] * b[e + 2];
                s3 += a[e + 3] * b[e + 3];
            }
            if (e < n) {
                s0 += a[e] * b[e];
            }
            if (e + 1 < n) {
                s1 += a[e + 1] * b[e + 1];
            }
            if (e + 2 < n) {
                s2 += a[e + 2] * b[e + 2];
            }
            return combine(s0, s1, s2, s3);
        }

        static void dot4(double[] d, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out, int at) {
            out[at] = dot(d, x0, n);
            out[at + 1] = dot(d, x1, n);
            out[at + 2] = dot(d, x2, n);
            out[at + 3] = dot(d, x3, n);
        }
    }

    private static Kernel loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (Kernel) Class.forName("org.focalexplorer.toy.VectorLaneSums").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
