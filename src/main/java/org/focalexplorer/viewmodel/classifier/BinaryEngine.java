package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/** The binary live classifier's trainer for the {@link TrainingLoop}: the focal model's α and γ change live. */
final class BinaryEngine implements LabEngine<TrainingSettings, FocalSetting, TrainingSnapshot> {
    /** Created on the training thread; read by {@link #setParams} from the UI thread. */
    private volatile SideBySideTrainer trainer;

    @Override
    public void start(TrainingSettings settings, FocalSetting focal) {
        if (trainer == null) {
            trainer = new SideBySideTrainer(settings.withFocal(focal));
        } else {
            trainer.reset(settings.withFocal(focal));
        }
    }

    @Override
    public boolean started() {
        return trainer != null;
    }

    @Override
    public void restart(FocalSetting focal) {
        trainer.reset();
        trainer.setFocalParams(focal);
    }

    @Override
    public void setParams(FocalSetting focal) {
        SideBySideTrainer t = trainer;
        if (t != null) {
            t.setFocalParams(focal);
        }
    }

    @Override
    public StepOutcome step(int n) {
        return trainer.step(n);
    }

    @Override
    public TrainingSnapshot snapshot() {
        return trainer.snapshot();
    }

    @Override
    public TrainingSnapshot liveSnapshot() {
        return trainer.liveSnapshot();
    }
}
