package org.focalexplorer.viewmodel.classifier;

/** Where the live classifier's training stands. */
public enum PlaybackState {
    /** Not training; step, play and reset are available. */
    PAUSED,
    /** Training on the background thread; frames arrive as it goes. */
    RUNNING,
    /** A step produced NaN or ∞: training is paused until a reset (or new settings). */
    DIVERGED
}
