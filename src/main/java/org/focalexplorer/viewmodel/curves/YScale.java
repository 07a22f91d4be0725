package org.focalexplorer.viewmodel.curves;

/** Linear or logarithmic vertical axis. */
public enum YScale {
    LINEAR,
    LOG
}
