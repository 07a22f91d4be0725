package org.focalexplorer.toy;

import java.util.Locale;

/** Activation of the hidden layers. */
public enum Activation {
    TANH,
    RELU;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation = \"" + id + "\": expected tanh or relu");
    }
}
