package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
/**
 * Everything that defines a side-by-side training run; with the same settings the run is bit-for-bit the
 * same.
 *
 * @param data          the data sets
 * @param model         the network (both models share it and start from the same weights)
 * @param optimizer     the optimiser and batches (both models get the same batches)
 * @param reference     the reference model's loss: CE, or α-balanced CE (γ = 0 as a rule, though any
 *                      setting is accepted)
 * @param focal         the focal model's initial loss; {@link SideBySideTrainer#setFocalParams} changes it
 * @param normalization what a batch's summed loss is divided by
 * @param seed          seed of the initial weights and of the mini-batch order (the data has its own)
 * @param threshold     the chosen decision threshold on p for the metrics (besides 0.5), in (0, 1)
 * @param gridSize      cells per side of the decision-field grid, in [2, 512]
 * @param source        a fixed training set, or fresh batches from the distribution ({@link DataSource});
 *                      with {@link DataSource#STREAM} a batch holds {@code optimizer.batchSize()} points
 *                      (0: as many as the training set), and the training set is only shown, never trained on
 */
public record TrainingSettings(
        DatasetSpec data,
        ModelSpec model,
        OptimizerSpec optimizer,
        FocalSetting reference,
        FocalSetting focal,
        Normalization normalization,
        long seed,
        double threshold,
        int gridSize,
        DataSource source) {

    public static final int DEFAULT_GRID_SIZE = 64;
    public static final int MAX_GRID_SIZE = 512;

    /** The live lab's data: anchors at 1 %, a sample of 2,000 points to draw, a fixed test set of 20,000. */
    public static final DatasetSpec LAB_DATA = new DatasetSpec(DatasetKind.ANCHORS, 0.01, 2000, 20_000, 0.5, 0.0, 7L);
    /** The live lab's batches: 1,024 fresh points per step (about ten positives at 1 %). */
    public static final int LAB_BATCH_SIZE = 1024;

    public TrainingSettings {
        if (data == null || model == null || optimizer == null || reference == null || focal == null || normalization == null
                || source == null) {
            throw new IllegalArgumentException("data, model, optimizer, reference, focal, normalization and source must not be null");
        }
        if (!(threshold > 0.0 && threshold < 1.0)) {
            throw new IllegalArgumentException("threshold = " + threshold + ": must be in (0, 1)");
        }
        if (gridSize < 2 || gridSize > MAX_GRID_SIZE) {
            throw new IllegalArgumentException("grid size = " + gridSize + ": must be in [2, " + MAX_GRID_SIZE + "]");
        }
    }

    /** A run on a fixed training set (the form before data sources existed). */
    public TrainingSettings(DatasetSpec data, ModelSpec model, OptimizerSpec optimizer, FocalSetting reference,
            FocalSetting focal, Normalization normalization, long seed, double threshold, int gridSize) {
        this(data, model, optimizer, reference, focal, normalization, seed, threshold, gridSize, DataSource.FIXED);
    }

    /**
     * The live lab's defaults: {@link #LAB_DATA} streamed in fresh batches of {@link #LAB_BATCH_SIZE},
     * 2-16-16-1 tanh with the prior initialisation, Adam 0.01, CE versus FL (α = 0.25, γ = 2), mean,
     * seed 7, threshold 0.5, 64 × 64 grid. With these, FL's easy negatives carry far less of its loss than
     * CE's at any step count (README, "The live classifier"), because no model can memorise fresh data.
     */
    public static TrainingSettings labDefaults() {
        return new TrainingSettings(LAB_DATA, ModelSpec.defaults(), OptimizerSpec.adam(0.01).withBatchSize(LAB_BATCH_SIZE),
                FocalSetting.crossEntropy(), FocalSetting.torchvision(0.25, 2.0), Normalization.MEAN, 7L, 0.5,
                DEFAULT_GRID_SIZE, DataSource.STREAM);
    }

    /** Points per training step: the batch size, or the whole training set. */
    public int batchPoints() {
        int b = optimizer.batchSize();
        return source == DataSource.STREAM ? (b == 0 ? data.trainPoints() : b)
                : (b == 0 || b >= data.trainPoints() ? data.trainPoints() : b);
    }

    public TrainingSettings withSource(DataSource d) {
        return new TrainingSettings(data, model, optimizer, reference, focal, normalization, seed, threshold, gridSize, d);
    }

    /**
     * Anchors at 1 % (2,000 + 2,000 points), 2-16-16-1 tanh with the prior initialisation, Adam 0.01 full
     * batch, CE versus FL (α = 0.25, γ = 2), mean, seed 7, threshold 0.5, 64 × 64 grid.
     */
    public static TrainingSettings defaults() {
        return new TrainingSettings(DatasetSpec.defaults(), ModelSpec.defaults(), OptimizerSpec.defaults(),
                FocalSetting.crossEntropy(), FocalSetting.torchvision(0.25, 2.0), Normalization.MEAN, 7L, 0.5,
                DEFAULT_GRID_SIZE);
    }

    public TrainingSettings withData(DatasetSpec d) {
        return new TrainingSettings(d, model, optimizer, reference, focal, normalization, seed, threshold, gridSize, source);
    }

    public TrainingSettings withModel(ModelSpec m) {
        return new TrainingSettings(data, m, optimizer, reference, focal, normalization, seed, threshold, gridSize, source);
    }

    public TrainingSettings withOptimizer(OptimizerSpec o) {
        return new TrainingSettings(data, model, o, reference, focal, normalization, seed, threshold, gridSize, source);
    }

    public TrainingSettings withReference(FocalSetting r) {
        return new TrainingSettings(data, model, optimizer, r, focal, normalization, seed, threshold, gridSize, source);
    }

    public TrainingSettings withFocal(FocalSetting f) {
        return new TrainingSettings(data, model, optimizer, reference, f, normalization, seed, threshold, gridSize, source);
    }

    public TrainingSettings withNormalization(Normalization n) {
        return new TrainingSettings(data, model, optimizer, reference, focal, n, seed, threshold, gridSize, source);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(data, model, optimizer, reference, focal, normalization, s, threshold, gridSize, source);
    }

    public TrainingSettings withThreshold(double t) {
        return new TrainingSettings(data, model, optimizer, reference, focal, normalization, seed, t, gridSize, source);
    }

    public TrainingSettings withGridSize(int g) {
        return new TrainingSettings(data, model, optimizer, reference, focal, normalization, seed, threshold, g, source);
    }

    /** The loss of a model. */
    public FocalSetting loss(ModelRole role) {
        return role == ModelRole.REFERENCE ? reference : focal;
    }
}
