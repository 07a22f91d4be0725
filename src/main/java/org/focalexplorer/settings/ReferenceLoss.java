package org.focalexplorer.settings;

/** What the left-hand model trains with. */
public enum ReferenceLoss {
    /** Plain cross-entropy. */
    CE,
    /** α-balanced cross-entropy, with its own α (the paper's Table 1a found α = 0.75 best). */
    ALPHA_CE
}
