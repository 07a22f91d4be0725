package org.focalexplorer.settings;

/** Whether the binary targets are hard (0 or 1) or soft (anywhere in [0, 1], e.g. label smoothing or IoU targets). */
public enum TargetKind {
    HARD("hard"),
    SOFT("soft");

    private final String id;

    TargetKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
