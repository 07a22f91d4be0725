package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.plot.PlotData;

/**
 * Everything the live classifier shows at one moment, built on the training thread from one snapshot and
 * handed to the UI whole. Immutable.
 *
 * @param snapshot       the trainer's snapshot the rest was built from
 * @param reference      the CE (or α-balanced CE) model's panel, drawn on the left
 * @param focal          the focal-loss model's panel, drawn on the right
 * @param trainingCurves both models' training loss over the steps
 */
public record ClassifierFrame(TrainingSnapshot snapshot, ModelPanel reference, ModelPanel focal,
        PlotData trainingCurves) {

    public ModelPanel panel(ModelRole role) {
        return role == ModelRole.REFERENCE ? reference : focal;
    }

    public long step() {
        return snapshot.step();
    }
}
