package org.focalexplorer.settings;

/** What the horizontal axis shows: p_t, the probability of the ground-truth class, or its logit x_t. */
public enum XAxis {
    PROBABILITY,
    LOGIT,
    /** Something the probe does not live on (training steps, a fraction of examples): no probe line. */
    OTHER
}
