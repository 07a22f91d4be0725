package org.focalexplorer.render;

/** A plot's font: the platform's default sans-serif face at a size in pixels, plain or bold. */
public record PlotFont(double size, boolean bold) {
    public PlotFont {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size = " + size + ": must be > 0");
        }
    }

    /** The same weight at another size. */
    public PlotFont resized(double newSize) {
        return new PlotFont(newSize, bold);
    }
}
