package org.focalexplorer.toy;

/** From step {@code fromStep} (1-based, inclusive) on, the focal model trained with {@code setting}. */
public record FocalChange(long fromStep, LossSetting setting) {}
