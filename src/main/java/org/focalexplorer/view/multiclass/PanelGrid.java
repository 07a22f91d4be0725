package org.focalexplorer.view.multiclass;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays the lab's model panels out in equal columns — as many as asked for, fewer when a panel would get
 * less than its least width (large text, a projector, a narrow window) — so the tables are never cut and
 * the tab never scrolls sideways: it wraps and scrolls down instead.
 */
final class PanelGrid extends Pane {
    private static final double GAP = 12;
    private int desiredColumns = 2;

    PanelGrid() {
        setPadding(new Insets(4, 8, 8, 8));
    }

    /** How many columns the panels get when the width allows. */
    void setDesiredColumns(int columns) {
        desiredColumns = Math.max(1, columns);
        requestLayout();
    }

    /** The columns used now (for tests). */
    int columns() {
        return columns(getWidth() - snappedLeftInset() - snappedRightInset());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // the height follows the width
    }

    @Override
    protected double computeMinWidth(double height) {
        return widest(true) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = Math.min(desiredColumns, Math.max(1, getManagedChildren().size()));
        return n * widest(false) + (n - 1) * GAP + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return rowsHeight(inner, false) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        rowsHeight(getWidth() - snappedLeftInset() - snappedRightInset(), true);
    }

    /** Lays out (or only measures) the rows in {@code inner} width; returns their height with the gaps. */
    private double rowsHeight(double inner, boolean place) {
        List<Node> kids = getManagedChildren();
        if (kids.isEmpty()) {
            return 0;
        }
        int columns = columns(inner);
        double w = Math.floor((inner - GAP * (columns - 1)) / columns);
        double y = snappedTopInset();
        for (int start = 0; start < kids.size(); start += columns) {
            double rowHeight = 0;
            for (int i = start; i < Math.min(kids.size(), start + columns); i++) {
                rowHeight = Math.max(rowHeight, kids.get(i).prefHeight(w));
            }
            if (place) {
                for (int i = start; i < Math.min(kids.size(), start + columns); i++) {
                    double x = snappedLeftInset() + (i - start) * (w + GAP);
                    layoutInArea(kids.get(i), x, y, w, rowHeight, 0, HPos.LEFT, VPos.TOP);
                }
            }
            y += rowHeight + GAP;
        }
        return y - GAP - snappedTopInset();
    }

    private int columns(double inner) {
        int c = Math.min(desiredColumns, Math.max(1, getManagedChildren().size()));
        double least = widest(true);
        while (c > 1 && (inner - GAP * (c - 1)) / c < least) {
            c--;
        }
        return c;
    }

    private double widest(boolean min) {
        double w = 0;
        for (Node n : getManagedChildren()) {
            w = Math.max(w, min ? n.minWidth(-1) : n.prefWidth(-1));
        }
        return w;
    }
}
