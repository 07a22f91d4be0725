package org.focalexplorer.viewmodel.multiclass;

import java.util.List;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.toy.MulticlassSnapshot;

/**
 * One picture of the multi-class lab, built on the training thread from one snapshot: a panel per model,
 * in the order of the settings, and what the lab notes about them (empty when nothing).
 */
public record MulticlassFrame(MulticlassSnapshot snapshot, List<ClassPanel> panels, String note) {
    public MulticlassFrame {
        panels = List.copyOf(panels);
    }
}
