package org.focalexplorer.toy;

import java.util.Locale;

/**
 * What the summed loss of a batch is divided by.
 *
 * <p>{@link #MEAN} (the default, torch's {@code reduction="mean"}) divides by the number of examples.
 * The paper instead divides the sum by the number of positives (anchors assigned to an object), which makes
 * the loss, and so the step size, independent of how many easy negatives there are; with mean, FL's
 * gradients shrink as the negatives get easy and the effective learning rate drops, which Adam largely
 * absorbs but SGD does not. Both are the loss core's {@code Reduction.MEAN}/{@code SUM} gradients.
 */
public enum Normalization {
    /** Sum / number of examples in the batch. */
    MEAN,
    /** Sum / max(1, number of positives in the batch), as in the paper. */
    POSITIVES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Normalization fromId(String id) {
        for (Normalization n : values()) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        throw new IllegalArgumentException("normalization = \"" + id + "\": expected mean or positives");
    }
}
