package org.focalexplorer.settings;

/** Which view model owns a setting's live property (binds its controls to it and reacts to it). */
public enum Owner {
    PARAMETERS,
    CURVES,
    PROBE,
    CLASSIFIER,
    MULTICLASS,
    CODE,
    SWEEP,
    VIEW,
    LESSONS,
    SHELL
}
