package org.focalexplorer.cli;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;

/**
 * The benchmark workloads of {@code focal-explorer bench} and of the JMH benchmark
 * ({@code src/test/java/org/focalexplorer/bench/FocalLossBenchmark}), so both time exactly the same calls
 * on exactly the same inputs.
 *
 * <p>Inputs are seeded: logits are N(0, 3²); binary targets are hard 0/1 with about 1 % positives;
 * softmax labels are uniform over the classes. Each {@link Workload#run()} is one forward + backward
 * pass through the public loss API, input checks and the gradient allocation included.
 */
public final class BenchWorkloads {

    /** Seed of every input. */
    public static final long SEED = 20170807L;
    /** Standard deviation of the logits. */
    public static final double LOGIT_SD = 3.0;
    /** Fraction of positive binary targets. */
    public static final double POSITIVE_FRACTION = 0.01;

    /** torchvision's defaults as the issue fixes them: γ = 2, α = 0.25, reduction mean. */
    public static final double GAMMA = 2.0;
    public static final double ALPHA = 0.25;

    /** The seed's softmax example [B, C, H, W]. */
    public static final int[] SOFTMAX_SHAPE = {32, 4, 100, 200};
    /** Per-class α of the softmax workload (one entry per class of {@link #SOFTMAX_SHAPE}). */
    public static final double[] SOFTMAX_ALPHA = {0.25, 0.5, 0.75, 1.0};

    private BenchWorkloads() {}

    /** One timed figure: a name, the number of logits it processes per run, and the call itself. */
    public interface Workload {
        String name();

        /** Logits per run: the "elements" of elements/s. */
        long elements();

        /** One forward + backward pass; the result must be consumed by the caller. */
        LossOutput run();
    }

    /** Binary focal loss, torchvision semantics, γ = 2, α = 0.25, mean, on {@code n} logits. */
    public static Workload binaryFocal(int n) {
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = LOGIT_SD * rng.nextGaussian();
            t[i] = rng.nextDouble() < POSITIVE_FRACTION ? 1.0 : 0.0;
        }
        Tensor logits = Tensor.vector(x);
        Tensor targets = Tensor.vector(t);
        BinaryFocalParams params = BinaryFocalParams.torchvision(ALPHA, GAMMA);
        return new Workload() {
            @Override
            public String name() {
                return "binary_fl";
            }

            @Override
            public long elements() {
                return n;
            }

            @Override
            public LossOutput run() {
                return BinaryFocalLoss.compute(logits, targets, params, Reduction.MEAN);
            }
        };
    }

    /** The seed's softmax focal loss, γ = 2, with the α vector {@link #SOFTMAX_ALPHA}, on logits of {@code shape}. */
    public static Workload softmaxFocal(int... shape) {
        if (shape.length < 2 || shape[1] != SOFTMAX_ALPHA.length) {
            throw new IllegalArgumentException("softmax shape " + Arrays.toString(shape)
                    + ": expected [B, " + SOFTMAX_ALPHA.length + ", ...]");
        }
        int classes = shape[1];
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        int n = Math.toIntExact(size);
        int[] labelShape = new int[shape.length - 1];
        labelShape[0] = shape[0];
        System.arraycopy(shape, 2, labelShape, 1, shape.length - 2);
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = LOGIT_SD * rng.nextGaussian();
        }
        int[] y = new int[n / classes];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextInt(classes);
        }
        Tensor logits = new Tensor(shape.clone(), x);
        LabelTensor labels = new LabelTensor(labelShape, y);
        double[] alpha = SOFTMAX_ALPHA.clone();
        return new Workload() {
            @Override
            public String name() {
                return "softmax_fl_alpha";
            }

            @Override
            public long elements() {
                return n;
            }

            @Override
            public LossOutput run() {
                return SoftmaxFocalLoss.compute(logits, labels, GAMMA, alpha);
            }
        };
    }

    /**
     * A number that depends on the whole result (the loss and a gradient entry chosen by {@code salt}),
     * so that a caller that accumulates it cannot have the work optimised away.
     */
    public static double consume(LossOutput out, long salt) {
        double[] g = out.grad().data();
        return out.loss().item() + (g.length == 0 ? 0.0 : g[(int) Math.floorMod(salt, (long) g.length)]);
    }
}
