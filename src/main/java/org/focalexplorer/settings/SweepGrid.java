package org.focalexplorer.settings;

/** Which cells a sweep runs: the paper's Table 1b rows (γ with its best α), or every α of a list for every γ. */
public enum SweepGrid {
    PAPER,
    CUSTOM
}
