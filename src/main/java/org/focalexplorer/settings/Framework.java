package org.focalexplorer.settings;

/** The deep-learning framework whose call the code panel writes. */
public enum Framework {
    PYTORCH("pytorch"),
    KERAS("keras");

    private final String id;

    Framework(String id) {
        this.id = id;
    }

    /** Used in bundle keys and node ids. */
    public String id() {
        return id;
    }
}
