package org.focalexplorer.toy;

import java.util.Locale;

public enum OptimizerKind {
    /** SGD with (heavy-ball, PyTorch-style) momentum: v ← μ v + g, θ ← θ − lr v. */
    SGD,
    /** Adam with bias correction (Kingma and Ba). */
    ADAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OptimizerKind fromId(String id) {
        for (OptimizerKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("optimizer = \"" + id + "\": expected sgd or adam");
    }
}
