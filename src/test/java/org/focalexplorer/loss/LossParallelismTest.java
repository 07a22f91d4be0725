package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The thread count of {@link LossParallelism} changes no bit of any result: inputs of several chunks give
 * the same loss and gradient with 1, 2 and 3 threads, and the same as an independent sequential reference.
 * No timing is asserted.
 */
class LossParallelismTest {

    /** A few hundred thousand elements: many chunks, the last one short. */
    private static final int N = 300_005;
    private static final int[] THREADS = {1, 2, 3};

    private int savedThreads;

    @BeforeEach
    void save() {
        savedThreads = LossParallelism.threads();
    }

    @AfterEach
    void restore() {
        LossParallelism.setThreads(savedThreads);
    }

    /** Logits N(0, 3²) with some saturated ones; targets hard (mostly) or soft. */
    private static Tensor[] binaryInput(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[N];
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            double u = rng.nextDouble();
            x[i] = u < 0.02 ? (rng.nextDouble() - 0.5) * 1600 : 3 * rng.nextGaussian();
            double v = rng.nextDouble();
            t[i] = v < 0.2 ? rng.nextDouble() : v < 0.3 ? 1.0 : 0.0;
        }
        return new Tensor[] {new Tensor(new int[] {N / 5, 5}, x), new Tensor(new int[] {N / 5, 5}, t)};
    }

    private static List<BinaryFocalParams> binaryParams() {
        return List.of(
                BinaryFocalParams.torchvision(0.25, 2.0),
                BinaryFocalParams.torchvision(-1, 0.5),
                BinaryFocalParams.smp(0.25, 2.0, false, null),
                BinaryFocalParams.smp(null, 2.0, true, 0.5),
                BinaryFocalParams.smp(0.75, 1.5, true, null));
    }

    private static long[] bits(Tensor t) {
        return bits(t.data());
    }

    private static long[] bits(double[] d) {
        long[] b = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = Double.doubleToRawLongBits(d[i]);
        }
        return b;
    }

    private static void assertBitIdentical(LossOutput expected, LossOutput actual, String what) {
        assertThat(actual.loss().shape()).as(what + " loss shape").isEqualTo(expected.loss().shape());
        assertThat(bits(actual.loss())).as(what + " loss bits").isEqualTo(bits(expected.loss()));
        assertThat(bits(actual.grad())).as(what + " gradient bits").isEqualTo(bits(expected.grad()));
    }

    @Test
    void input_spans_several_chunks_the_last_one_short() {
        assertThat(LossParallelism.chunks(N, LossParallelism.CHUNK)).isGreaterThanOrEqualTo(4);
        assertThat(N % LossParallelism.CHUNK).isNotZero();
    }

    @Test
    void binary_focal_loss_is_bit_identical_for_every_thread_count() {
        Tensor[] in = binaryInput(1);
        for (BinaryFocalParams p : binaryParams()) {
            for (Reduction r : Reduction.values()) {
                List<LossOutput> outs = new ArrayList<>();
                for (int threads : THREADS) {
                    LossParallelism.setThreads(threads);
                    outs.add(BinaryFocalLoss.compute(in[0], in[1], p, r));
                }
                for (int i = 1; i < outs.size(); i++) {
                    assertBitIdentical(outs.get(0), outs.get(i), p + " " + r + " threads " + THREADS[i] + " vs 1");
                }
            }
        }
    }

    /**
     * The sequential reference: per-element losses and gradients from {@code none} on one thread, summed
     * chunk by chunk with a compensated sum and combined in chunk order, give {@code sum} and {@code mean} of
     * the parallel runs exactly.
     */
    @Test
    void binary_sum_and_mean_equal_the_sequential_chunked_reference() {
        Tensor[] in = binaryInput(2);
        BinaryFocalParams p = BinaryFocalParams.torchvision(0.25, 2.0);
        LossParallelism.setThreads(1);
        LossOutput none = BinaryFocalLoss.compute(in[0], in[1], p, Reduction.NONE);
        double[] loss = none.loss().data();
        double[] grad = none.grad().data();
        CompensatedSum total = new CompensatedSum();
        for (int from = 0; from < N; from += LossParallelism.CHUNK) {
            CompensatedSum chunk = new CompensatedSum();
            for (int i = from; i < Math.min(N, from + LossParallelism.CHUNK); i++) {
                chunk.add(loss[i]);
            }
            total.add(chunk.value());
        }
        double expectedSum = total.value();
        double w = 1.0 / N;
        double[] expectedMeanGrad = new double[N];
        for (int i = 0; i < N; i++) {
            expectedMeanGrad[i] = w * grad[i];
        }
        for (int threads : THREADS) {
            LossParallelism.setThreads(threads);
            LossOutput sum = BinaryFocalLoss.compute(in[0], in[1], p, Reduction.SUM);
            LossOutput mean = BinaryFocalLoss.compute(in[0], in[1], p, Reduction.MEAN);
            assertThat(Double.doubleToRawLongBits(sum.loss().item())).as("sum, %d threads", threads).isEqualTo(Double.doubleToRawLongBits(expectedSum));
            assertThat(Double.doubleToRawLongBits(mean.loss().item())).as("mean, %d threads", threads).isEqualTo(Double.doubleToRawLongBits(expectedSum / N));
            assertThat(bits(sum.grad())).as("sum gradient, %d threads", threads).isEqualTo(bits(grad));
            assertThat(bits(mean.grad())).as("mean gradient, %d threads", threads).isEqualTo(bits(expectedMeanGrad));
        }
    }

    @Test
    void softmax_focal_loss_is_bit_identical_for_every_thread_count() {
        int[] shape = {3, 5, 150, 200}; // 90 000 rows of 5 classes: several chunks of whole rows
        SplittableRandom rng = new SplittableRandom(3);
        double[] x = new double[3 * 5 * 150 * 200];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.02 ? (rng.nextDouble() - 0.5) * 1600 : 3 * rng.nextGaussian();
        }
        int[] y = new int[3 * 150 * 200];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextInt(5);
        }
        Tensor logits = new Tensor(shape, x);
        LabelTensor labels = new LabelTensor(new int[] {3, 150, 200}, y);
        for (double gamma : new double[] {0.0, 2.0, 2.5}) {
            for (double[] alpha : new double[][] {null, {0.25, 0.5, 0.75, 1.0, 0.0}}) {
                List<LossOutput> outs = new ArrayList<>();
                for (int threads : THREADS) {
                    LossParallelism.setThreads(threads);
                    outs.add(SoftmaxFocalLoss.compute(logits, labels, gamma, alpha));
                }
                for (int i = 1; i < outs.size(); i++) {
                    assertBitIdentical(outs.get(0), outs.get(i),
                            "softmax gamma " + gamma + " alpha " + (alpha != null) + " threads " + THREADS[i] + " vs 1");
                }
            }
        }
    }

    @Test
    void bad_inputs_give_the_same_message_whichever_thread_finds_them() {
        Tensor[] in = binaryInput(4);
        double[] x = in[0].data().clone();
        double[] t = in[1].data().clone();
        int badLogit = 3 * LossParallelism.CHUNK + 7;
        x[badLogit] = Double.NaN; // in a late chunk
        t[LossParallelism.CHUNK + 3] = 1.5; // an earlier chunk; logits are still reported first
        Tensor logits = new Tensor(in[0].shape(), x);
        Tensor targets = new Tensor(in[1].shape(), t);
        for (int threads : THREADS) {
            LossParallelism.setThreads(threads);
            assertThatThrownBy(() -> BinaryFocalLoss.compute(logits, targets, BinaryFocalParams.torchvision(0.25, 2.0), Reduction.MEAN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("logits[" + badLogit / 5 + ", " + badLogit % 5 + "] = NaN: must be a finite number");
        }
    }

    /** Two chunks on two threads really run at the same time: each waits for the other to have started. */
    @Test
    void two_threads_run_two_chunks_concurrently() {
        LossParallelism.setThreads(2);
        CountDownLatch started = new CountDownLatch(2);
        AtomicBoolean bothRan = new AtomicBoolean(true);
        LossParallelism.forEachChunk(2, k -> {
            started.countDown();
            try {
                if (!started.await(30, TimeUnit.SECONDS)) {
                    bothRan.set(false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                bothRan.set(false);
            }
        });
        assertThat(bothRan).isTrue();
    }

    @Test
    void an_exception_in_a_chunk_reaches_the_caller() {
        LossParallelism.setThreads(2);
        assertThatThrownBy(() -> LossParallelism.forEachChunk(4, k -> {
            if (k == 3) {
                throw new IllegalStateException("chunk 3");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("chunk 3");
    }

    @Test
    void thread_count_below_one_is_refused() {
        assertThatThrownBy(() -> LossParallelism.setThreads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 0: must be at least 1");
    }
}
