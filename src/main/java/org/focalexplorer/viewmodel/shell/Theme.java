package org.focalexplorer.viewmodel.shell;

import java.util.Optional;

/** Light or dark look, for the window and the plots. */
public enum Theme {
    LIGHT, DARK;

    public static Optional<Theme> fromName(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
