package org.focalexplorer.loss;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * How many threads one call of the loss core may use ({@link BinaryFocalLoss}, {@link SoftmaxFocalLoss}).
 *
 * <p><b>The thread count never changes a result.</b> A large input is cut into fixed chunks (see
 * {@link #CHUNK}) whose boundaries depend only on the input's size; each chunk computes its own
 * compensated partial sums and its own slice of the gradient, and the partial sums are combined in chunk
 * order by the calling thread. So the loss and the gradient are the same bit for bit with 1, 2 or 64
 * threads; only the time changes. That is why this is one process-wide setting rather than a parameter of
 * every loss method: nothing a caller computes can depend on it.
 *
 * <p>Inputs of one chunk or less run entirely on the calling thread. Larger ones use the calling thread
 * plus {@code threads() − 1} daemon workers of a dedicated pool, created on first use. The trainers' network
 * evaluation of large point sets shares them ({@link #forEach}).
 */
public final class LossParallelism {
    /**
     * Logits per chunk (softmax: whole rows of about this many logits). Large enough that a chunk costs
     * about half a millisecond, far more than handing it to a thread; small enough that even a 10⁵-logit
     * input has 7 chunks to share out (with 1 &lt;&lt; 16 it had 2 of unequal size, and 2 threads gained 15 %
     * instead of 40 %). Changing it changes the last bits of sums over more than one chunk.
     */
    static final int CHUNK = 1 << 14;

    private static volatile int threads = Runtime.getRuntime().availableProcessors();

    /** {@code threads − 1} workers; replaced when the thread count changes. Guarded by the class. */
    private static ForkJoinPool pool;

    private LossParallelism() {}

    /** The number of threads a large call uses, the calling thread included. Default: the available processors. */
    public static int threads() {
        return threads;
    }

    /** Sets {@link #threads()} for calls that start from now on; 1 runs every call on its calling thread. */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads = " + n + ": must be at least 1");
        }
        threads = n;
    }

    /** Number of chunks of {@code size} items each (the last one shorter) that cover {@code n} items. */
    static int chunks(int n, int size) {
        return (int) ((n + (long) size - 1) / size);
    }

    /**
     * {@link #forEachChunk} for work outside the loss core that, like the loss core's, gives the same result on
     * any number of threads: the trainers evaluate their networks on large point sets in fixed chunks of points
     * here, so the lab's snapshot uses the same threads (and {@code setThreads(1)} keeps a benchmark on one).
     */
    public static void forEach(int chunks, IntConsumer body) {
        forEachChunk(chunks, body);
    }

    /**
     * Calls {@code body.accept(k)} once for every chunk k in [0, chunks), on up to {@link #threads()} threads,
     * and returns when all are done (everything they wrote is then visible to the caller). Chunks must be
     * independent: they may run in any order and concurrently. An exception of a chunk is rethrown here.
     */
    static void forEachChunk(int chunks, IntConsumer body) {
        int t = Math.min(threads, chunks);
        if (t <= 1) {
            for (int k = 0; k < chunks; k++) {
                body.accept(k);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int k; (k = next.getAndIncrement()) < chunks; ) {
                try {
                    body.accept(k);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        ForkJoinPool workers = pool();
        for (int i = 1; i < t; i++) {
            try {
                workers.execute(drain);
            } catch (RejectedExecutionException shutDown) {
                break; // setThreads replaced the pool meanwhile: the caller drains the rest
            }
        }
        // The caller works too: it never waits idle, and a busy pool only means it does more chunks itself.
        drain.run();
        awaitUninterruptibly(done);
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized ForkJoinPool pool() {
        int workers = Math.max(1, threads - 1);
        if (pool == null || pool.getParallelism() != workers) {
            if (pool != null) {
                pool.shutdown(); // running calls finish; its idle threads then exit
            }
            pool = new ForkJoinPool(workers, p -> {
                ForkJoinWorkerThread w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                w.setName("focal-loss-" + w.getPoolIndex());
                w.setDaemon(true);
                return w;
            }, null, false);
        }
        return pool;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
