package org.focalexplorer.viewmodel.shell;

import org.focalexplorer.viewmodel.prefs.PreferenceStore;

/** Where the window was and how big, remembered between runs. NaN x/y = let the system place it. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    public static final WindowGeometry DEFAULT =
            new WindowGeometry(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public WindowGeometry {
        // A damaged or hand-edited preference must not open a window too small to use.
        width = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : DEFAULT_WIDTH;
        height = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : DEFAULT_HEIGHT;
    }

    /**
     * This window moved and shrunk to lie wholly within a screen's visible area ({@code vx, vy, vw, vh}:
     * without task bars): a position remembered from a larger screen or a projector no longer attached
     * would put the toolbar, the side panel or the status bar off screen. Without a position it is centred.
     * The size never goes below the least size, so on a screen smaller than that the top left stays visible.
     */
    public WindowGeometry within(double vx, double vy, double vw, double vh) {
        double w = Math.min(width, vw);
        double h = Math.min(height, vh);
        double px = hasPosition() ? x : vx + (vw - w) / 2;
        double py = hasPosition() ? y : vy + (vh - h) / 2;
        px = Math.max(vx, Math.min(px, vx + vw - Math.max(w, MIN_WIDTH)));
        py = Math.max(vy, Math.min(py, vy + vh - Math.max(h, MIN_HEIGHT)));
        return new WindowGeometry(Math.max(vx, px), Math.max(vy, py), w, h, maximized);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    static WindowGeometry load(PreferenceStore store) {
        return new WindowGeometry(store.getDouble("window.x", Double.NaN), store.getDouble("window.y", Double.NaN),
                store.getDouble("window.width", DEFAULT_WIDTH), store.getDouble("window.height", DEFAULT_HEIGHT),
                store.getBoolean("window.maximized", false));
    }

    void save(PreferenceStore store) {
        if (hasPosition()) {
            store.put("window.x", Double.toString(x));
            store.put("window.y", Double.toString(y));
        }
        store.put("window.width", Double.toString(width));
        store.put("window.height", Double.toString(height));
        store.put("window.maximized", Boolean.toString(maximized));
    }
}
