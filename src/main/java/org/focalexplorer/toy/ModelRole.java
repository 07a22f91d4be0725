package org.focalexplorer.toy;

import java.util.Locale;

/** The two models trained side by side. */
public enum ModelRole {
    /** Trained with CE or α-balanced CE. */
    REFERENCE,
    /** Trained with the focal loss at the current α and γ. */
    FOCAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
