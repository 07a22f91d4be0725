package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
/** From step {@code fromStep} (1-based, inclusive) on, the focal model trained with {@code setting}. */
public record FocalChange(long fromStep, FocalSetting setting) {}
