package org.focalexplorer.toy;

/**
 * The optimiser and the batches.
 *
 * @param kind         SGD with momentum, or Adam
 * @param learningRate step size, &gt; 0
 * @param momentum     SGD momentum μ in [0, 1)
 * @param beta1        Adam β₁ in [0, 1)
 * @param beta2        Adam β₂ in [0, 1)
 * @param epsilon      Adam ε &gt; 0
 * @param batchSize    examples per step; 0 (or ≥ the training set) = full batch. Mini-batches walk
 *                     through a fresh seeded permutation every epoch; the last batch of an epoch may be smaller.
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double momentum, double beta1, double beta2,
                            double epsilon, int batchSize) {

    public OptimizerSpec {
        if (kind == null) {
            throw new IllegalArgumentException("optimizer kind must not be null");
        }
        if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate = " + learningRate + ": must be a finite number > 0");
        }
        unitInterval("momentum", momentum);
        unitInterval("beta1", beta1);
        unitInterval("beta2", beta2);
        if (!(epsilon > 0.0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + ": must be a finite number > 0");
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size = " + batchSize + ": must be >= 0 (0 = full batch)");
        }
    }

    private static void unitInterval(String name, double v) {
        if (!(v >= 0.0 && v < 1.0)) {
            throw new IllegalArgumentException(name + " = " + v + ": must be in [0, 1)");
        }
    }

    /** Adam (β₁ 0.9, β₂ 0.999, ε 1e-8), full batch. */
    public static OptimizerSpec adam(double learningRate) {
        return new OptimizerSpec(OptimizerKind.ADAM, learningRate, 0.9, 0.9, 0.999, 1e-8, 0);
    }

    /** SGD with momentum, full batch. */
    public static OptimizerSpec sgd(double learningRate, double momentum) {
        return new OptimizerSpec(OptimizerKind.SGD, learningRate, momentum, 0.9, 0.999, 1e-8, 0);
    }

    /** Adam, learning rate 0.01, full batch. */
    public static OptimizerSpec defaults() {
        return adam(0.01);
    }

    public boolean fullBatch(int trainingPoints) {
        return batchSize == 0 || batchSize >= trainingPoints;
    }

    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(kind, lr, momentum, beta1, beta2, epsilon, batchSize);
    }

    public OptimizerSpec withBatchSize(int b) {
        return new OptimizerSpec(kind, learningRate, momentum, beta1, beta2, epsilon, b);
    }

    /** "adam lr 0.01, full batch" or "sgd lr 0.1 momentum 0.9, batch 256". */
    public String describe() {
        String s = kind.id() + " lr " + learningRate + (kind == OptimizerKind.SGD ? " momentum " + momentum : "");
        return s + ", " + (batchSize == 0 ? "full batch" : "batch " + batchSize);
    }
}
