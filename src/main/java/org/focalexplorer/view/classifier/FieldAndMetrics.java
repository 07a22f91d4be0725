package org.focalexplorer.view.classifier;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * A model's decision field and its metrics: side by side while the panel is wide enough for the
 * metrics at their full width and a field of at least {@link #MIN_FIELD} pixels; otherwise the metrics
 * go under the field. At a projector's text size the metrics alone are as wide as half a 1280-pixel
 * window, and the numbers to compare must stay readable, never cut off or behind a scroll bar.
 */
final class FieldAndMetrics extends Region {
    /** The least side of a decision field worth looking at, in pixels. */
    static final double MIN_FIELD = 140;
    private static final double GAP = 6;
    private final Region field;
    private final Region metrics;

    FieldAndMetrics(Region field, Region metrics) {
        this.field = field;
        this.metrics = metrics;
        getChildren().addAll(field, metrics);
    }

    /** Whether a panel {@code width} wide puts the metrics beside the field. */
    boolean sideBySide(double width) {
        return width - metrics.prefWidth(-1) - GAP >= MIN_FIELD;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(MIN_FIELD, metrics.minWidth(-1)); // the metrics' names wrap below their one-line width
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width < 0 || sideBySide(width)) {
            return Math.max(MIN_FIELD, metrics.prefHeight(-1));
        }
        return stackedField(width) + GAP + metrics.prefHeight(width);
    }

    /** A field above the metrics: most of the panel's width, but not so tall that the metrics leave the screen. */
    private static double stackedField(double width) {
        return Math.max(MIN_FIELD, Math.min(0.6 * width, 2 * MIN_FIELD));
    }

    @Override
    protected double computePrefWidth(double height) {
        return metrics.prefWidth(-1) + GAP + 2 * MIN_FIELD;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 || sideBySide(width)) {
            return Math.max(2 * MIN_FIELD, metrics.prefHeight(-1));
        }
        return stackedField(width) + GAP + metrics.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double mw = metrics.prefWidth(-1);
        double mh = metrics.prefHeight(-1);
        if (sideBySide(w)) {
            field.resizeRelocate(0, 0, w - mw - GAP, h);
            metrics.resizeRelocate(w - mw, 0, mw, mh);
        } else {
            double stackedHeight = metrics.prefHeight(w);
            double fieldHeight = Math.max(stackedField(w), h - stackedHeight - GAP);
            field.resizeRelocate(0, 0, w, fieldHeight);
            metrics.resizeRelocate(0, fieldHeight + GAP, w, stackedHeight);
        }
    }
}
