package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
/**
 * One model as a snapshot sees it: its loss, weights, predictions on both sets, metrics, per-point
 * weights and decision field. Immutable; arrays are copied on the way out.
 */
public final class ModelState {
    private final ModelRole role;
    private final FocalSetting loss;
    private final double[] parameters;
    private final Predictions train;
    private final Predictions test;
    /** The training set's metrics, computed on first use: the lab never shows them (the CLI does). */
    private final java.util.function.Supplier<ClassificationMetrics> trainMetricsOf;
    private volatile ClassificationMetrics trainMetrics;
    private final ClassificationMetrics testMetrics;
    private final long testStep;
    private final double[] pointWeights;
    private final DecisionField field;

    ModelState(ModelRole role, FocalSetting loss, double[] parameters, Predictions train, Predictions test,
               java.util.function.Supplier<ClassificationMetrics> trainMetrics, ClassificationMetrics testMetrics,
               long testStep, double[] pointWeights, DecisionField field) {
        this.role = role;
        this.loss = loss;
        this.parameters = parameters;
        this.train = train;
        this.test = test;
        this.trainMetricsOf = trainMetrics;
        this.testMetrics = testMetrics;
        this.testStep = testStep;
        this.pointWeights = pointWeights;
        this.field = field;
    }

    public ModelRole role() {
        return role;
    }

    /** The loss this snapshot evaluates the model with (for the focal model: α and γ current at the snapshot). */
    public FocalSetting loss() {
        return loss;
    }

    /** A copy of the flat parameter array (layout: {@link Mlp}). */
    public double[] parameters() {
        return parameters.clone();
    }

    public int parameterCount() {
        return parameters.length;
    }

    public double parameter(int k) {
        return parameters[k];
    }

    public Predictions train() {
        return train;
    }

    public Predictions test() {
        return test;
    }

    public Predictions predictions(Split split) {
        return split == Split.TRAIN ? train : test;
    }

    public ClassificationMetrics trainMetrics() {
        ClassificationMetrics m = trainMetrics;
        if (m == null) { // two threads may both compute it: the same pure function of the same inputs
            m = trainMetricsOf.get();
            trainMetrics = m;
        }
        return m;
    }

    /**
     * The step whose weights {@link #test()} and {@link #testMetrics()} come from: the snapshot's step, or an
     * earlier one in a live snapshot ({@link SideBySideTrainer#liveSnapshot()}).
     */
    public long testStep() {
        return testStep;
    }

    public ClassificationMetrics testMetrics() {
        return testMetrics;
    }

    public ClassificationMetrics metrics(Split split) {
        return split == Split.TRAIN ? trainMetrics() : testMetrics;
    }

    /**
     * The weight of training point i in this model's loss relative to plain CE, α_t (1 − p_t)^γ: 1 for
     * every point under CE, α_t under α-balanced CE; under FL the easy majority fades toward 0.
     */
    public double pointWeight(int i) {
        return pointWeights[i];
    }

    public double[] pointWeights() {
        return pointWeights.clone();
    }

    /** p over the grid, for the heatmap. */
    public DecisionField field() {
        return field;
    }
}
