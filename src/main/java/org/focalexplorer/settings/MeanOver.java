package org.focalexplorer.settings;

/** What a "mean" divides by: the libraries divide by every element, the paper by the number of positive anchors. */
public enum MeanOver {
    ALL_ELEMENTS("allElements"),
    POSITIVES("positives");

    private final String id;

    MeanOver(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
