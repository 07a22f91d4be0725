package org.focalexplorer.settings;

/** Every step on all training points, or on a mini-batch. */
public enum BatchMode {
    FULL,
    MINI
}
