package org.focalexplorer.settings;

/** The explorer's features, one tab each; the α/γ parameters and the probe are shared. */
public enum Feature {
    /** The loss, gradient and weighting curves. */
    CURVES,
    /** The live toy classifier, CE and FL side by side. */
    CLASSIFIER,
    /** The multi-class lab: 2 to 4 losses with a per-class α vector side by side. */
    MULTICLASS,
    /** A file of the user's own predictions: where its loss goes under CE, α-CE and FL. */
    PREDICTIONS
}
