package org.focalexplorer.io.predictions;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of predictions file. */
public enum PredictionFormat {
    /** Comma- or tab-separated text with a header row (the separator is taken from the header). */
    CSV,
    /** A NumPy array (logits, with the labels in a second .npy, or one structured array). */
    NPY,
    /** A NumPy zip of arrays (logits and labels by name, or one structured array). */
    NPZ;

    /** From the file name's extension: .npy, .npz, anything else is text. */
    public static PredictionFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return NPY;
        }
        if (name.endsWith(".npz")) {
            return NPZ;
        }
        return CSV;
    }
}
