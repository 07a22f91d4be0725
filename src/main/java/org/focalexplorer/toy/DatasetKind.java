package org.focalexplorer.toy;

import java.util.Locale;

/** The shapes of toy data. Positives are always the minority (or half) class. */
public enum DatasetKind {
    /**
     * A few small positive blobs in a wide uniform sea of negatives: most negatives are trivially easy,
     * as most anchors of a dense detector are background far from any object.
     */
    ANCHORS,
    /** Two overlapping Gaussian clouds. */
    OVERLAP,
    /** Positives on a ring, negatives everywhere else in the square. */
    RING,
    /** Two interleaving half-moons; the inner moon is positive. */
    MOONS,
    /**
     * Dense detection: many candidate locations per image, objects rare (down to 1:1000); a few near
     * misses around each object are the hard negatives, the background is a sea of easy ones.
     */
    DETECTION;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatasetKind fromId(String id) {
        for (DatasetKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("dataset = \"" + id + "\": expected one of anchors, overlap, ring, moons, detection");
    }
}
