package org.focalexplorer.io.session;

import java.util.List;

/**
 * Where the probe is pinned: on the p_t axis (value in (0, 1)) or the logit axis (any finite value). The
 * coordinate the user set is kept exactly; the other one is derived from it.
 *
 * @param axis one of {@link #AXES}
 */
public record ProbeState(String axis, double value) {
    public static final List<String> AXES = List.of("probability", "logit");

    public ProbeState {
        Check.choice("probe.axis", axis, AXES);
        Check.finite("probe.value", value);
        if (axis.equals("probability") && !(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException("probe.value = " + value + ": a probability must be in (0, 1)");
        }
    }
}
