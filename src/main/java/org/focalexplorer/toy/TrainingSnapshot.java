package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import java.util.List;
import java.util.Optional;

/**
 * The state of a side-by-side run at one moment, complete and immutable: safe to hand from the training
 * thread to a UI thread. Everything in it was computed under one lock from one read of the focal
 * setting, so it is never torn between two settings or two steps.
 *
 * @param step         completed steps since the last reset
 * @param settings     the run's settings ({@code settings.focal()} is the initial focal setting)
 * @param focalSetting the focal model's α and γ at the snapshot; applies from the next step on (the
 *                     focal model's metrics and point weights here use it)
 * @param data         the train and test sets
 * @param reference    the reference (CE / α-balanced CE) model
 * @param focal        the focal-loss model
 * @param history      both models' training loss over the steps
 * @param focalChanges the focal settings used, each with the step from which it applied (first entry: step 1)
 * @param divergence   why training is paused, if it is
 */
public record TrainingSnapshot(
        long step,
        TrainingSettings settings,
        FocalSetting focalSetting,
        DataSplit data,
        ModelState reference,
        ModelState focal,
        LossHistory history,
        List<FocalChange> focalChanges,
        Optional<Divergence> divergence) {

    public TrainingSnapshot {
        focalChanges = List.copyOf(focalChanges);
    }

    public ModelState model(ModelRole role) {
        return role == ModelRole.REFERENCE ? reference : focal;
    }

    public Dataset dataset(Split split) {
        return split == Split.TRAIN ? data.train() : data.test();
    }

    /** The oldest step the two models' test figures come from ({@link ModelState#testStep()}): ≤ {@link #step}. */
    public long testStep() {
        return Math.min(reference.testStep(), focal.testStep());
    }

    public boolean paused() {
        return divergence.isPresent();
    }
}
