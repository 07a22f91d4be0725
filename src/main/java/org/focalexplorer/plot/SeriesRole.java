package org.focalexplorer.plot;

/** What a curve is; the view picks its colour and dash from this (and from the variant). */
public enum SeriesRole {
    CE,
    ALPHA_CE,
    FL,
    FL_STAR,
    /** One member of the paper's Figure 1 family; the variant is its index in {@link Grids#PAPER_FAMILY}. */
    FAMILY,
    MODULATING_FACTOR,
    RATIO,
    /** Something about the positive examples of the live classifier (a p_t histogram). */
    POSITIVE,
    /** Something about its negative examples. */
    NEGATIVE,
    /** smp's reduced focal loss (reduced_threshold): its loss or its focal term. */
    REDUCED,
    /**
     * A curve of the pinned setting (issue #12, pin and compare), drawn faded and dashed under the live ones;
     * the variant is the ordinal of the role it has for the live setting (its colour).
     */
    GHOST
}
