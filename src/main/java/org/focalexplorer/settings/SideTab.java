package org.focalexplorer.settings;

/** The side panel's tabs; which one is shown is part of the state. */
public enum SideTab {
    /** Explanations and formulas. */
    EXPLAIN,
    /** The PyTorch/Keras call. */
    CODE
}
