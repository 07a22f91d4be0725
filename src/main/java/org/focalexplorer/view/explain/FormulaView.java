package org.focalexplorer.view.explain;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One rendered formula. It shows the picture at its own size and shrinks it (keeping its proportions)
 * only when the side panel is narrower, so nothing is cut off. The accessible text is the formula in
 * plain symbols and numbers.
 */
final class FormulaView extends Region {
    private final ImageView view = new ImageView();
    private final Tooltip tip = new Tooltip();
    private String plain = "";

    FormulaView(String id) {
        setId(id);
        getStyleClass().add("formula");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        getChildren().add(view);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(600));
        Tooltip.install(this, tip);
    }

    /** The picture and, for screen readers and the tooltip, the same formula as plain text. */
    void show(Image image, String plainText, String tooltip) {
        plain = plainText;
        view.setImage(image);
        view.setAccessibleText(plainText);
        setAccessibleText(plainText);
        tip.setText(tooltip);
        requestLayout();
    }

    Image image() {
        return view.getImage();
    }

    String plainText() {
        return plain;
    }

    /** The width the picture is shown at (smaller than its own when the panel is narrow). */
    double shownWidth() {
        return view.getBoundsInParent().getWidth();
    }

    /** The width a picture may take here, in whole pixels; 0 before the first layout. */
    int availableWidth() {
        return getWidth() <= 0 ? 0 : (int) Math.floor(getWidth() - horizontal());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Image i = view.getImage();
        return (i == null ? 0 : i.getWidth()) + horizontal();
    }

    @Override
    protected double computePrefHeight(double width) {
        Image i = view.getImage();
        if (i == null || i.getWidth() == 0) {
            return getInsets().getTop() + getInsets().getBottom();
        }
        double available = width < 0 ? i.getWidth() : Math.max(1, width - horizontal());
        double shrink = Math.min(1.0, available / i.getWidth());
        return i.getHeight() * shrink + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected void layoutChildren() {
        Image i = view.getImage();
        Insets in = getInsets();
        if (i != null) {
            view.setFitWidth(Math.min(i.getWidth(), Math.max(1, getWidth() - horizontal())));
        }
        view.relocate(in.getLeft(), in.getTop());
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
