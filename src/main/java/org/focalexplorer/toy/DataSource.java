package org.focalexplorer.toy;

import java.util.Locale;

/** Where the training batches come from. */
public enum DataSource {
    /**
     * A fixed, finite training set, reused epoch after epoch: a model can memorise it, which is what the
     * over-fitting story needs.
     */
    FIXED,
    /**
     * Fresh points drawn from the generating distribution for every batch ({@link DataStream}), like a
     * detector that sees new images; the training set of a snapshot is then only a sample to draw.
     */
    STREAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataSource fromId(String id) {
        for (DataSource s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("data source = \"" + id + "\": expected fixed or stream");
    }
}
