package org.focalexplorer.toy;

/** An axis-aligned rectangle of the data plane. */
public record Bounds(double minX, double maxX, double minY, double maxY) {
    public Bounds {
        if (!(minX < maxX && minY < maxY) || !Double.isFinite(minX + maxX + minY + maxY)) {
            throw new IllegalArgumentException("bounds [" + minX + ", " + maxX + "] x [" + minY + ", " + maxY + "]: empty or not finite");
        }
    }

    public static Bounds square(double halfWidth) {
        return new Bounds(-halfWidth, halfWidth, -halfWidth, halfWidth);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
