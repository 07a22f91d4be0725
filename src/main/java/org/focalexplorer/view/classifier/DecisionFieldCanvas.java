package org.focalexplorer.view.classifier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.focalexplorer.toy.Bounds;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.DecisionField;
import org.focalexplorer.viewmodel.classifier.ModelPanel;
import org.focalexplorer.viewmodel.classifier.PointMarks;

/**
 * One model's decision field as a heatmap in a square, with the training points on top, each drawn with
 * the size and opacity its {@link PointMarks} give it. Two canvas layers: the field and points (redrawn
 * when a frame arrives or the size changes) and the ring around the hovered point.
 *
 * <p>The pointer does not pick points itself: it reports where it is in the data plane and how far (in
 * data units) a point may be to count as under it ({@link #setOnHover}), or that it left
 * ({@link #setOnExit}); the hovered point comes back through {@link #highlightedProperty()}.
 */
public final class DecisionFieldCanvas extends Region {
    /** The pointer at (x, y) in the data plane, picking points within {@code radius} (data units). */
    public interface HoverHandler {
        void hover(double x, double y, double radius);
    }

    private static final double PAD = 4;

    private final Canvas field = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ObjectProperty<ModelPanel> panel = new SimpleObjectProperty<>(this, "panel");
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
    private final double hoverPixels;
    private HoverHandler onHover = (x, y, r) -> { };
    private Runnable onExit = () -> { };
    private WritableImage image;
    private double left;
    private double top;
    private double side;
    private long draws;

    public DecisionFieldCanvas(double hoverPixels) {
        this.hoverPixels = hoverPixels;
        getStyleClass().add("decision-field");
        getChildren().addAll(field, overlay);
        overlay.setMouseTransparent(true);
        setFocusTraversable(true);
        setMinSize(120, 120);
        panel.addListener((o, a, b) -> redraw());
        highlighted.addListener((o, a, b) -> drawOverlay());
        focusedProperty().addListener((o, a, b) -> drawOverlay());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::pointer);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> onExit.run());
    }

    public ObjectProperty<ModelPanel> panelProperty() {
        return panel;
    }

    /** The index of the point to ring, −1 for none. */
    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    public void setOnHover(HoverHandler handler) {
        onHover = handler;
    }

    public void setOnExit(Runnable handler) {
        onExit = handler;
    }

    /** How many times the field and points were drawn. */
    public long draws() {
        return draws;
    }

    /** Where training point i is drawn, in this region's coordinates (null before the first frame). */
    public Point2D pixelOf(int i) {
        ModelPanel p = panel.get();
        if (p == null || side <= 0) {
            return null;
        }
        Dataset d = p.marks().points();
        return new Point2D(px(d.x(i), p.field().bounds()), py(d.y(i), p.field().bounds()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != field.getWidth() || h != field.getHeight()) {
            field.setWidth(w);
            field.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            redraw();
        }
    }

    // ---- mapping between the data plane and pixels ----

    private double px(double x, Bounds b) {
        return left + (x - b.minX()) / b.width() * side;
    }

    private double py(double y, Bounds b) {
        return top + (b.maxY() - y) / b.height() * side;
    }

    private void pointer(MouseEvent e) {
        ModelPanel p = panel.get();
        if (p == null || side <= 0) {
            return;
        }
        double x = e.getX();
        double y = e.getY();
        if (x < left || x > left + side || y < top || y > top + side) {
            onExit.run();
            return;
        }
        Bounds b = p.field().bounds();
        onHover.hover(b.minX() + (x - left) / side * b.width(), b.maxY() - (y - top) / side * b.height(),
                hoverPixels / side * b.width());
    }

    // ---- drawing ----

    private void redraw() {
        double w = field.getWidth();
        double h = field.getHeight();
        GraphicsContext g = field.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        side = Math.floor(Math.min(w, h) - 2 * PAD);
        left = Math.floor((w - side) / 2);
        top = Math.floor((h - side) / 2);
        ModelPanel p = panel.get();
        if (p == null || side < 10) {
            drawOverlay();
            return;
        }
        drawField(g, p.field());
        drawPoints(g, p.marks(), p.field().bounds());
        g.setGlobalAlpha(1.0);
        g.setStroke(Color.web("#777777"));
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
        draws++;
        drawOverlay();
    }

    private void drawField(GraphicsContext g, DecisionField f) {
        int cols = f.columns();
        int rows = f.rows();
        if (image == null || image.getWidth() != cols || image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
        }
        PixelWriter pw = image.getPixelWriter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                pw.setArgb(c, rows - 1 - r, HeatmapColors.argb(f.probability(c, r))); // row 0 is at the bottom
            }
        }
        g.setImageSmoothing(true);
        g.drawImage(image, left, top, side, side);
    }

    private void drawPoints(GraphicsContext g, PointMarks marks, Bounds b) {
        Dataset d = marks.points();
        double base = baseRadius(marks.count());
        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        g.setLineWidth(0.8);
        g.setStroke(HeatmapColors.POSITIVE_EDGE);
        for (int k = 0; k < marks.count(); k++) {
            int i = marks.drawn(k);
            boolean positive = d.isPositive(i);
            double r = base * marks.size(i) * (positive ? 1.2 : 1.0);
            double x = px(d.x(i), b);
            double y = py(d.y(i), b);
            g.setGlobalAlpha(marks.opacity(i));
            g.setFill(positive ? HeatmapColors.POSITIVE_POINT : HeatmapColors.NEGATIVE_POINT);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (positive) {
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }

    /** Radius of a point of weight 1: smaller the more points share the square. */
    private double baseRadius(int n) {
        return Math.max(1.2, Math.min(4.5, 0.5 * side / Math.sqrt(Math.max(1, n))));
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (isFocused() && side > 0) {
            g.setStroke(Color.web("#0072B2"));
            g.setLineWidth(2);
            g.strokeRect(left - 2, top - 2, side + 4, side + 4);
        }
        int i = highlighted.get();
        Point2D at = i >= 0 && panel.get() != null && i < panel.get().marks().count() ? pixelOf(i) : null;
        if (at != null) {
            double r = baseRadius(panel.get().marks().count()) + 5;
            g.setStroke(Color.WHITE);
            g.setLineWidth(3);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.setStroke(HeatmapColors.HOVER);
            g.setLineWidth(1.5);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        }
    }
}
