package org.focalexplorer.toy;

import java.util.List;
import java.util.Optional;

/**
 * The state of a multi-class run at one moment, complete and immutable, computed under one lock from one
 * read of the loss parameters: safe to hand to a UI thread.
 *
 * @param step       completed steps since the last reset
 * @param settings   the run's settings
 * @param params     the α vector, γ and one-vs-rest α at the snapshot (they apply from the next step on)
 * @param data       the training set (with a stream: the sample that is drawn) and the test set
 * @param models     one state per loss, in the order of {@code settings.losses()}
 * @param divergence why training is paused, if it is (an English sentence naming the step and the model)
 */
public record MulticlassSnapshot(
        long step,
        MulticlassSettings settings,
        MulticlassLossParams params,
        MulticlassData.Split data,
        List<MulticlassModelState> models,
        Optional<String> divergence) {

    public MulticlassSnapshot {
        models = List.copyOf(models);
    }

    /** The oldest step the models' test figures come from ({@link MulticlassModelState#testStep()}): ≤ {@link #step}. */
    public long testStep() {
        long t = step;
        for (MulticlassModelState m : models) {
            t = Math.min(t, m.testStep());
        }
        return t;
    }

    public MulticlassModelState model(MulticlassLoss loss) {
        for (MulticlassModelState m : models) {
            if (m.loss() == loss) {
                return m;
            }
        }
        throw new IllegalArgumentException("no model with loss " + loss.id());
    }
}
