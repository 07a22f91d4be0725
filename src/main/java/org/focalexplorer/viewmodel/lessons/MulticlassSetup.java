package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.viewmodel.multiclass.AlphaPreset;

/**
 * The multi-class lab's settings a lesson step sets: the classes, the models side by side and the α vector
 * (a preset, so that it fits the classes).
 */
public record MulticlassSetup(int classes, List<MulticlassLoss> models, AlphaPreset alpha) {
    public MulticlassSetup {
        models = List.copyOf(models);
    }
}
