package org.focalexplorer.view;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small helpers every view uses the same way. */
public final class Controls {
    private Controls() {}

    /** Gives {@code c} a tooltip that wraps and appears quickly. */
    public static <C extends Control> C tip(C c, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(400));
        c.setTooltip(t);
        return c;
    }

    /** A bold section heading. */
    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true); // a narrow side panel at large text: on two lines, never cut with "…"
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A red message label that takes no room while it is empty. */
    public static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-label");
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
