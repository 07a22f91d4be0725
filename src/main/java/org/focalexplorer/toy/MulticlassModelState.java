package org.focalexplorer.toy;

/**
 * One model of a multi-class snapshot: everything a panel draws. Immutable; arrays are copied on the way out.
 *
 * @param loss        the model's loss
 * @param trainLoss   its own objective (normalised as in training) on the training set (with a stream: on
 *                    the shown sample, which it never trained on)
 * @param test        metrics on the test set
 * @param lossShares  each class's share of the model's own loss on the test set (sums to 1)
 * @param field       decision regions
 * @param testStep    the step whose weights {@code test} and {@code lossShares} come from: the snapshot's step,
 *                    or an earlier one in a live snapshot ({@link MulticlassTrainer#liveSnapshot()})
 */
public record MulticlassModelState(
        MulticlassLoss loss,
        double trainLoss,
        MulticlassMetrics test,
        double[] lossShares,
        ClassField field,
        double[] pointWeights,
        int[] predictedClasses,
        double[] parameters,
        long testStep) {

    public MulticlassModelState {
        lossShares = lossShares.clone();
        pointWeights = pointWeights.clone();
        predictedClasses = predictedClasses.clone();
        parameters = parameters.clone();
    }

    /** Class k's share of the loss on the test set. */
    public double lossShare(int k) {
        return lossShares[k];
    }

    @Override
    public double[] lossShares() {
        return lossShares.clone();
    }

    /**
     * The weight of training point i relative to CE, α_y (1 − p_y)^γ (1 under CE, α_y under weighted CE;
     * for one-vs-rest p_y = σ(z_y) and α the scalar α): for sizing and fading the points.
     */
    public double pointWeight(int i) {
        return pointWeights[i];
    }

    @Override
    public double[] pointWeights() {
        return pointWeights.clone();
    }

    /** The class the model predicts for training point i. */
    public int predictedClass(int i) {
        return predictedClasses[i];
    }

    @Override
    public int[] predictedClasses() {
        return predictedClasses.clone();
    }

    /** A copy of the flat parameters ({@link Mlp} layout, K outputs). */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
