package org.focalexplorer.view;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A plot with one line under it that says what it shows and how to read it. The plot keeps all the
 * room the caption does not need; a caption wraps to at most two lines (the rest is in its tooltip).
 */
public final class PlotCaption {
    /** The height of two lines of text, in font sizes (CJK lines are taller than Latin ones). */
    private static final double TWO_LINES = 2.9;

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
        // At most two lines (explorer.css): at a projector's text size the plot keeps its room, and the
        // whole caption is in the tooltip.
        caption.setMaxWidth(Double.MAX_VALUE);
        // A plot's cell may be short: the caption keeps room for its text up to two lines, never less
        // than one, however hard the cell squeezes it.
        caption.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(caption.prefHeight(caption.getWidth() > 0 ? caption.getWidth() : -1),
                        caption.getFont().getSize() * TWO_LINES),
                caption.widthProperty(), caption.textProperty(), caption.fontProperty()));
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
