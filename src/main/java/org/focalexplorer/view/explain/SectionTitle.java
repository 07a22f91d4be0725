package org.focalexplorer.view.explain;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * A titled pane's title that wraps onto a second line instead of ending in "…" (issue #13: "Cross-entropy
 * a…" in a side panel at 150 % text on 1280×720). TitledPane's own title cannot wrap reliably: its skin asks
 * for the label's height at the title's full width but lays the label out beside the arrow, so a title that
 * just fits the full width is cut. Shown as the pane's graphic (the pane's text stays for screen readers),
 * this label takes its height at the width it really gets: the title's width less its insets and the arrow.
 */
final class SectionTitle extends Label {
    private final TitledPane pane;

    SectionTitle(TitledPane pane, String text) {
        super(text);
        this.pane = pane;
        setWrapText(true);
        getStyleClass().add("section-title-text");
        // the arrow takes its room once the skin exists; the height must follow it
        pane.widthProperty().addListener((o, a, b) -> requestLayout());
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 && pane.getWidth() > 0) {
            // a parent asking without a width (the explanations' box does): the pane's own width is the answer
            width = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
        }
        return super.computePrefHeight(width < 0 ? width : Math.max(0, width - reserved()));
    }

    /** The width the title region keeps for itself: its insets and the arrow (0 before the skin exists). */
    private double reserved() {
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n instanceof Region title && title.getStyleClass().contains("title")) {
                double arrow = 0;
                for (Node c : title.getChildrenUnmodifiable()) {
                    if (c instanceof Region a && a.getStyleClass().contains("arrow-button")) {
                        arrow = a.prefWidth(-1);
                    }
                }
                return title.snappedLeftInset() + title.snappedRightInset() + arrow;
            }
        }
        return 0;
    }
}
