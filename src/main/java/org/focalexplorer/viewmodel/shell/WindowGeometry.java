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
