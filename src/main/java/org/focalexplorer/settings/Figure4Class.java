package org.focalexplorer.settings;

/** Which class the Figure 4 plots show (the paper draws one panel for each). */
public enum Figure4Class {
    POSITIVES,
    NEGATIVES
}
