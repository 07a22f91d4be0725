package org.focalexplorer.view.classifier;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Two plots side by side when each gets a readable width, else one above the other (issue #13: at 150 %
 * text on 1280×720 the histogram and Figure 4 got 212 px each beside one another, too little for Figure 4's
 * legend and axes, and Figure 4 stayed blank). Sizes follow the text size.
 */
final class PlotPairPane extends Region {
    /** The least width of one plot, and the height of a row, at 100 % text (px). */
    static final double MIN_PLOT_WIDTH = 190;
    static final double ROW_HEIGHT = 200;
    static final double MIN_ROW_HEIGHT = 150;
    private static final double GAP = 6;

    private final Region first;
    private final Region second;
    private final ObservableDoubleValue fontScale;

    PlotPairPane(Region first, Region second, ObservableDoubleValue fontScale) {
        this.first = first;
        this.second = second;
        this.fontScale = fontScale;
        getChildren().addAll(first, second);
        fontScale.addListener((o, a, b) -> requestLayout());
    }

    /** Whether {@code width} stacks the plots (too narrow for both side by side). */
    boolean stacks(double width) {
        return width < 2 * MIN_PLOT_WIDTH * fontScale.get() + GAP;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double rows(double width) {
        double w = width >= 0 ? width : getWidth();
        return w > 0 && stacks(w - snappedLeftInset() - snappedRightInset()) ? 2 : 1;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * MIN_PLOT_WIDTH * fontScale.get() + GAP;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + MIN_PLOT_WIDTH * fontScale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        double r = rows(width);
        return snappedTopInset() + snappedBottomInset() + r * ROW_HEIGHT * fontScale.get() + (r - 1) * GAP;
    }

    @Override
    protected double computeMinHeight(double width) {
        double r = rows(width);
        return snappedTopInset() + snappedBottomInset() + r * MIN_ROW_HEIGHT * fontScale.get() + (r - 1) * GAP;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (stacks(w)) {
            double each = Math.floor((h - GAP) / 2);
            first.resizeRelocate(x, y, w, each);
            second.resizeRelocate(x, y + each + GAP, w, each);
        } else {
            double each = Math.floor((w - GAP) / 2);
            first.resizeRelocate(x, y, each, h);
            second.resizeRelocate(x + each + GAP, y, each, h);
        }
    }
}
