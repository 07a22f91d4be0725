package org.focalexplorer.settings;

/** The network: logistic regression (no hidden layer) or a small MLP. */
public enum ModelKind {
    LOGISTIC,
    MLP
}
