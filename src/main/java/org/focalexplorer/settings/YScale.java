package org.focalexplorer.settings;

/** Linear or logarithmic vertical axis. */
public enum YScale {
    LINEAR,
    LOG
}
