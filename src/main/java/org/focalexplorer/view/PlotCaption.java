package org.focalexplorer.view;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A plot with a line under it that says what it shows and how to read it. The plot keeps all the room
 * the caption does not need; the caption wraps and is never cut short.
 */
public final class PlotCaption {
    private PlotCaption() {}

    /** Node id of the caption under the plot with id {@code plotId}. */
    public static String id(String plotId) {
        return plotId + "-caption";
    }

    public static VBox under(Region plot, String text) {
        return under(plot, new javafx.beans.property.SimpleStringProperty(text));
    }

    public static VBox under(Region plot, ObservableValue<String> text) {
        return under(plot, id(plot.getId()), text);
    }

    /** A caption with its own id, e.g. one caption under a row of two plots. */
    public static VBox under(Region plot, String captionId, ObservableValue<String> text) {
        Label caption = new Label();
        caption.textProperty().bind(text);
        caption.setId(captionId);
        caption.getStyleClass().add("plot-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        // The whole caption, wrapped: at a projector's text size a caption cut with "…" hides how to read
        // the plot. The cell gives the plot what is left (the layouts keep a plot's least readable size).
        caption.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        caption.setTooltip(tip);
        VBox box = new VBox(2, plot, caption);
        box.getStyleClass().add("captioned-plot");
        VBox.setVgrow(plot, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
