package org.focalexplorer.toy;

import java.util.HashSet;
import java.util.List;
import org.focalexplorer.loss.FocalSetting;

/**
 * Everything that defines a multi-class run; the same settings give the same run bit for bit.
 *
 * @param data      the classes, their frequencies and the fixed sets
 * @param model     the network (K outputs; every model starts from the same weights)
 * @param optimizer the optimiser and the batch size (every model gets the same batches)
 * @param losses    1 to {@link #MAX_MODELS} different losses, one model each, trained side by side
 * @param params    the initial α vector, γ and one-vs-rest α ({@link MulticlassTrainer#setLossParams} changes them)
 * @param source    a fixed training set or fresh batches
 * @param seed      seed of the initial weights and of the batches (the data has its own)
 * @param gridSize  cells per side of the decision-region grid, in [2, 512]
 */
public record MulticlassSettings(
        MulticlassDataSpec data,
        ModelSpec model,
        OptimizerSpec optimizer,
        List<MulticlassLoss> losses,
        MulticlassLossParams params,
        DataSource source,
        long seed,
        int gridSize) {

    public static final int MAX_MODELS = 4;

    public MulticlassSettings {
        if (data == null || model == null || optimizer == null || losses == null || params == null || source == null) {
            throw new IllegalArgumentException("data, model, optimizer, losses, params and source must not be null");
        }
        losses = List.copyOf(losses);
        if (losses.isEmpty() || losses.size() > MAX_MODELS) {
            throw new IllegalArgumentException("models = " + losses.size() + ": train 1 to " + MAX_MODELS + " side by side");
        }
        if (new HashSet<>(losses).size() != losses.size()) {
            throw new IllegalArgumentException("models " + losses + ": each loss at most once");
        }
        if (params.alphaVector().size() != data.classes()) {
            AlphaVector.of(params.alphaVector().values(), data.classes()); // throws the one-line message
        }
        if (gridSize < 2 || gridSize > TrainingSettings.MAX_GRID_SIZE) {
            throw new IllegalArgumentException("grid size = " + gridSize + ": must be in [2, " + TrainingSettings.MAX_GRID_SIZE + "]");
        }
    }

    /**
     * The lab's defaults for K classes: {@link MulticlassDataSpec#defaults}, streamed in batches of
     * {@link TrainingSettings#LAB_BATCH_SIZE}, 2-16-16-K tanh with the log-frequency bias initialisation, Adam
     * 0.01; CE against the softmax focal loss; α = inverse class frequency (mean 1), γ = 2, one-vs-rest α
     * 0.25; seed 7; 64 × 64 grid.
     */
    public static MulticlassSettings defaults(int classes) {
        MulticlassDataSpec d = MulticlassDataSpec.defaults(classes);
        return new MulticlassSettings(d, ModelSpec.defaults(), OptimizerSpec.adam(0.01).withBatchSize(TrainingSettings.LAB_BATCH_SIZE),
                List.of(MulticlassLoss.CE, MulticlassLoss.SOFTMAX_FOCAL),
                new MulticlassLossParams(AlphaVector.inverseFrequency(d.frequencyArray()), FocalSetting.focal(0.25, 2.0)),
                DataSource.STREAM, 7L, TrainingSettings.DEFAULT_GRID_SIZE);
    }

    /** Points per step: the batch size, or the whole training set. */
    public int batchPoints() {
        int b = optimizer.batchSize();
        return b == 0 || (source == DataSource.FIXED && b >= data.trainPoints()) ? data.trainPoints() : b;
    }

    public int classes() {
        return data.classes();
    }

    public MulticlassSettings withData(MulticlassDataSpec d) {
        return new MulticlassSettings(d, model, optimizer, losses, params, source, seed, gridSize);
    }

    public MulticlassSettings withModel(ModelSpec m) {
        return new MulticlassSettings(data, m, optimizer, losses, params, source, seed, gridSize);
    }

    public MulticlassSettings withOptimizer(OptimizerSpec o) {
        return new MulticlassSettings(data, model, o, losses, params, source, seed, gridSize);
    }

    public MulticlassSettings withLosses(List<MulticlassLoss> l) {
        return new MulticlassSettings(data, model, optimizer, l, params, source, seed, gridSize);
    }

    public MulticlassSettings withParams(MulticlassLossParams p) {
        return new MulticlassSettings(data, model, optimizer, losses, p, source, seed, gridSize);
    }

    public MulticlassSettings withSource(DataSource s) {
        return new MulticlassSettings(data, model, optimizer, losses, params, s, seed, gridSize);
    }

    public MulticlassSettings withSeed(long s) {
        return new MulticlassSettings(data, model, optimizer, losses, params, source, s, gridSize);
    }

    public MulticlassSettings withGridSize(int g) {
        return new MulticlassSettings(data, model, optimizer, losses, params, source, seed, g);
    }
}
