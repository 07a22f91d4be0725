package org.focalexplorer.toy;

import java.util.Locale;

/** Which data set. */
public enum Split {
    TRAIN,
    TEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
