package org.focalexplorer.viewmodel.multiclass;

import org.focalexplorer.toy.MulticlassLossParams;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.viewmodel.classifier.LabEngine;

/** The multi-class lab's trainer for the training loop: the α vector, γ and the one-vs-rest α change live. */
final class MulticlassEngine implements LabEngine<MulticlassSettings, MulticlassLossParams, MulticlassSnapshot> {
    /** Created on the training thread; read by {@link #setParams} from the UI thread. */
    private volatile MulticlassTrainer trainer;

    @Override
    public void start(MulticlassSettings settings, MulticlassLossParams params) {
        MulticlassSettings s = settings.withParams(params);
        if (trainer == null) {
            trainer = new MulticlassTrainer(s);
        } else {
            trainer.reset(s);
        }
    }

    @Override
    public boolean started() {
        return trainer != null;
    }

    @Override
    public void restart(MulticlassLossParams params) {
        trainer.reset(trainer.settings().withParams(params));
    }

    @Override
    public void setParams(MulticlassLossParams params) {
        MulticlassTrainer t = trainer;
        if (t != null && params.alphaVector().size() == t.settings().classes()) {
            t.setLossParams(params); // a vector for another K waits for the restart that brings that K
        }
    }

    @Override
    public StepOutcome step(int n) {
        return trainer.step(n);
    }

    @Override
    public MulticlassSnapshot snapshot() {
        return trainer.snapshot();
    }

    @Override
    public MulticlassSnapshot liveSnapshot() {
        return trainer.liveSnapshot();
    }
}
