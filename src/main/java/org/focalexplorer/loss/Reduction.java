package org.focalexplorer.loss;

import java.util.Locale;

/** How per-element losses are combined, named as torch and smp name them. */
public enum Reduction {
    /** The per-element losses, unreduced. */
    NONE("none"),
    /** Mean over all elements (torch's {@code "mean"}). NaN for no elements, as torch gives. */
    MEAN("mean"),
    /** Sum over all elements. */
    SUM("sum"),
    /** smp's {@code "batchwise_mean"}: despite the name, a sum over the first dimension only. */
    BATCHWISE_MEAN("batchwise_mean");

    private final String id;

    Reduction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Reduction fromId(String id) {
        for (Reduction r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reduction = \"" + id + "\": expected one of none, mean, sum, batchwise_mean");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
