package org.focalexplorer.view.curves;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The curves tab: the loss, gradient and weighting plots and the probe, in a 2 × 2 grid that fills the
 * tab while each cell keeps a readable size; below that (large text, small window) one column that
 * scrolls vertically, never sideways. In presentation mode ({@link #onePerScreenProperty()}) each cell
 * fills the screen, one below the other: the screen's pixels go to one figure.
 */
public final class CurvesGrid extends ScrollPane {
    /** The least readable plot, in pixels at 100 % text (it grows with the plots' text). */
    static final double MIN_PLOT_WIDTH = 300;
    static final double MIN_PLOT_HEIGHT = 230;
    private static final double GAP = 6;

    private final Cells cells;
    private final BooleanProperty onePerScreen = new SimpleBooleanProperty(this, "onePerScreen");

    /**
     * @param fontScale the text size (1 = 100 %)
     * @param cells     the four cells in reading order: loss, gradient, weighting, probe
     */
    public CurvesGrid(ObservableDoubleValue fontScale, List<? extends Region> cells) {
        this.cells = new Cells(fontScale, cells);
        getStyleClass().add("curves-grid");
        setContent(this.cells);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false); // a click on a plot gives the plot the keyboard (arrows move its probe)
        viewportBoundsProperty().addListener((o, a, b) -> this.cells.requestLayout());
        fontScale.addListener((o, a, b) -> this.cells.requestLayout());
        onePerScreen.addListener((o, a, b) -> this.cells.requestLayout());
    }

    /** Presentation mode: one cell per screen height, in one column. */
    public BooleanProperty onePerScreenProperty() {
        return onePerScreen;
    }

    /** How many columns the cells take at the current width (2, or 1 when two would be too narrow). */
    public int columns() {
        return cells.columns(cells.getWidth());
    }

    private final class Cells extends Region {
        private final ObservableDoubleValue fontScale;
        private final List<? extends Region> cells;

        Cells(ObservableDoubleValue fontScale, List<? extends Region> cells) {
            this.fontScale = fontScale;
            this.cells = cells;
            getChildren().addAll(cells.toArray(Node[]::new));
            setPadding(new javafx.geometry.Insets(GAP));
        }

        /** How much larger the plots' text and lines are than at 100 % (as the plots draw it). */
        private double plotScale() {
            return 1.0 + 0.6 * (fontScale.get() - 1.0);
        }

        int columns(double width) {
            if (onePerScreen.get()) {
                return 1;
            }
            return width - 3 * GAP >= 2 * MIN_PLOT_WIDTH * plotScale() ? 2 : 1;
        }

        private double viewportHeight() {
            double h = getViewportBounds().getHeight();
            return h > 0 ? h : 600;
        }

        /** The height of a row whose cells are {@code cellWidth} wide: what it needs, or a share of the view. */
        private double rowHeight(List<? extends Region> row, double cellWidth, int rows) {
            double needed = 0;
            for (Region c : row) {
                needed = Math.max(needed, c.minHeight(cellWidth));
            }
            needed = Math.max(needed, MIN_PLOT_HEIGHT * plotScale());
            double share = onePerScreen.get() ? viewportHeight() - 2 * GAP
                    : (viewportHeight() - (rows + 1) * GAP) / rows;
            return Math.max(needed, share);
        }

        private double[] rowHeights(double width) {
            int cols = columns(width);
            int rows = (cells.size() + cols - 1) / cols;
            double cellWidth = (width - (cols + 1) * GAP) / cols;
            double[] heights = new double[rows];
            for (int r = 0; r < rows; r++) {
                heights[r] = rowHeight(cells.subList(r * cols, Math.min(cells.size(), (r + 1) * cols)), cellWidth, rows);
            }
            return heights;
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 2 * GAP + 200;
        }

        @Override
        protected double computePrefWidth(double height) {
            return 2 * (MIN_PLOT_WIDTH * plotScale()) + 3 * GAP;
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : (getWidth() > 0 ? getWidth() : computePrefWidth(-1));
            double total = GAP;
            for (double h : rowHeights(w)) {
                total += h + GAP;
            }
            return total;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            int cols = columns(width);
            double cellWidth = (width - (cols + 1) * GAP) / cols;
            double[] heights = rowHeights(width);
            double y = GAP;
            for (int r = 0; r < heights.length; r++) {
                for (int c = 0; c < cols && r * cols + c < cells.size(); c++) {
                    cells.get(r * cols + c).resizeRelocate(GAP + c * (cellWidth + GAP), y, cellWidth, heights[r]);
                }
                y += heights[r] + GAP;
            }
        }
    }
}
