package org.focalexplorer.viewmodel.classifier;

/** Every step on all training points, or on a mini-batch. */
public enum BatchMode {
    FULL,
    MINI
}
