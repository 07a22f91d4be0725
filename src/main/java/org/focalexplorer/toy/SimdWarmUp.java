package org.focalexplorer.toy;

/**
 * When the network's SIMD loops ({@link Tanh}, {@link LaneSums}) may be used. Vector code runs some hundred
 * times slower than scalar code until the JIT's optimising compiler has compiled it (measured: the first
 * multi-class step took 3 s instead of 4 ms). So the loops start scalar, and a background thread of low
 * priority runs both forms on a small array until the vector one is the faster (or gives up after
 * {@link #GIVE_UP_NANOS}); from then on calls use the lanes. Both forms give the same bits, so switching at any
 * moment changes no result, only the speed.
 */
final class SimdWarmUp {
    private SimdWarmUp() {}

    static final long GIVE_UP_NANOS = 30_000_000_000L;
    private static volatile boolean ready;

    static {
        if (Tanh.vectorAvailable() || LaneSums.vectorAvailable()) {
            Thread t = new Thread(SimdWarmUp::run, "focalexplorer-simd-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** Whether the vector loops are compiled (or believed to be). */
    static boolean ready() {
        return ready;
    }

    /** For tests that compare both forms: use the lanes at once, compiled or not. */
    static void forceReady() {
        ready = true;
    }

    private static void run() {
        double[] a = new double[256];
        double[] b = new double[256];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i);
            b[i] = Math.cos(i);
        }
        long start = System.nanoTime();
        int faster = 0;
        double sink = 0;
        while (!ready && faster < 3 && System.nanoTime() - start < GIVE_UP_NANOS) {
            long t0 = System.nanoTime();
            for (int r = 0; r < 20; r++) {
                double[] c = a.clone();
                if (Tanh.vectorAvailable()) {
                    Tanh.vector(c, c.length);
                }
                if (LaneSums.vectorAvailable()) {
                    LaneSums.Kernel k = LaneSums.vectorKernel();
                    sink += k.sum(c, c.length) + k.dot(c, b, c.length);
                    k.dot4(c, a, b, c, a, c.length, b, 0);
                }
            }
            long t1 = System.nanoTime();
            for (int r = 0; r < 20; r++) {
                double[] c = a.clone();
                Tanh.scalar(c, 0, c.length);
                sink += LaneSums.Scalar.sum(c, c.length) + LaneSums.Scalar.dot(c, b, c.length);
                LaneSums.Scalar.dot4(c, a, b, c, a, c.length, b, 0);
            }
            long t2 = System.nanoTime();
            faster = t1 - t0 < t2 - t1 ? faster + 1 : 0;
            if (Double.isNaN(sink)) {
                b[0] = 0; // keeps the work observable to the JIT
            }
        }
        ready = true;
    }
}
