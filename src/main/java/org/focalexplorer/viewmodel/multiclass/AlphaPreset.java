package org.focalexplorer.viewmodel.multiclass;

import org.focalexplorer.toy.AlphaVector;

/** The α vectors the editor offers with one click, for any number of classes. */
public enum AlphaPreset {
    /** α_k ∝ 1 / frequency_k, mean 1: the rare classes weigh most (stored as "inverse_frequency"). */
    INVERSE_FREQUENCY,
    /** Every class 1: weighted CE is plain CE. */
    UNIFORM,
    /** The binary paper's α = 0.25 carried over to the background class; the foreground classes 1. */
    BACKGROUND_QUARTER;

    /** The vector for these class frequencies (class 0 the background). */
    public AlphaVector vector(double[] frequencies) {
        return switch (this) {
            case INVERSE_FREQUENCY -> AlphaVector.inverseFrequency(frequencies);
            case UNIFORM -> AlphaVector.uniform(frequencies.length);
            case BACKGROUND_QUARTER -> AlphaVector.backgroundDown(frequencies.length, 0.25);
        };
    }
}
