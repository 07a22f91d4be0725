package org.focalexplorer.plot;

/** A closed interval of an axis, in data units. */
public record Range(double min, double max) {
    public Range {
        if (!(min < max)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is empty");
        }
    }
}
