package org.focalexplorer.render;

import org.focalexplorer.toy.Bounds;

/**
 * Where a decision field's square sits in a {@code width} × {@code height} area (centred, whole pixels,
 * a small margin), and the mapping between the data plane and its pixels.
 */
public record FieldGeometry(double left, double top, double side) {
    private static final double PAD = 4;

    public static FieldGeometry of(double width, double height) {
        double side = Math.floor(Math.min(width, height) - 2 * PAD);
        return new FieldGeometry(Math.floor((width - side) / 2), Math.floor((height - side) / 2), side);
    }

    /** Whether the square is large enough to draw. */
    public boolean drawable() {
        return side >= 10;
    }

    public double px(double x, Bounds b) {
        return left + (x - b.minX()) / b.width() * side;
    }

    public double py(double y, Bounds b) {
        return top + (b.maxY() - y) / b.height() * side;
    }

    public double dataX(double px, Bounds b) {
        return b.minX() + (px - left) / side * b.width();
    }

    public double dataY(double py, Bounds b) {
        return b.maxY() - (py - top) / side * b.height();
    }

    public boolean contains(double px, double py) {
        return px >= left && px <= left + side && py >= top && py <= top + side;
    }

    /** Radius of a point of weight 1: smaller the more points share the square. */
    public double baseRadius(int points) {
        return Math.max(1.2, Math.min(4.5, 0.5 * side / Math.sqrt(Math.max(1, points))));
    }
}
