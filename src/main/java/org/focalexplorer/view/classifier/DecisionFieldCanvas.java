package org.focalexplorer.view.classifier;

import org.focalexplorer.view.Shown;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.focalexplorer.render.DecisionFieldPainter;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.FieldGeometry;
import org.focalexplorer.render.PlotCsv;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.toy.Bounds;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.view.plot.FxSurface;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PointMarks;

/**
 * One model's decision field as a heatmap in a square, with the training points on top, each drawn with
 * the size and opacity its {@link PointMarks} give it ({@link DecisionFieldPainter}). Two canvas layers:
 * the field and points (redrawn when a frame arrives, the size or the theme changes) and the ring around
 * the hovered point.
 *
 * <p>The pointer does not pick points itself: it reports where it is in the data plane and how far (in
 * data units) a point may be to count as under it ({@link #setOnHover}), or that it left
 * ({@link #setOnExit}); the hovered point comes back through {@link #highlightedProperty()}.
 */
public final class DecisionFieldCanvas extends Region implements Exportable, Shown.Stale {
    /** The pointer at (x, y) in the data plane, picking points within {@code radius} (data units). */
    public interface HoverHandler {
        void hover(double x, double y, double radius);
    }

    private final Canvas field = new Canvas();
    private final Canvas overlay = new Canvas();
    private final FxSurface surface = new FxSurface(field.getGraphicsContext2D());
    private final ObjectProperty<ModelPanel> panel = new SimpleObjectProperty<>(this, "panel");
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
    private final double hoverPixels;
    private HoverHandler onHover = (x, y, r) -> { };
    private Runnable onExit = () -> { };
    private FieldGeometry geo = new FieldGeometry(0, 0, 0);
    private long draws;

    public DecisionFieldCanvas(double hoverPixels) {
        this.hoverPixels = hoverPixels;
        getStyleClass().add("decision-field");
        getChildren().addAll(field, overlay);
        overlay.setMouseTransparent(true);
        setFocusTraversable(true);
        setMinSize(120, 120);
        panel.addListener((o, a, b) -> redraw());
        theme.addListener((o, a, b) -> redraw());
        highlighted.addListener((o, a, b) -> drawOverlay());
        focusedProperty().addListener((o, a, b) -> drawOverlay());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::pointer);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> onExit.run());
    }

    public ObjectProperty<ModelPanel> panelProperty() {
        return panel;
    }

    /** The colours of the border, the focus and the hover ring; exports use the theme shown. */
    public ObjectProperty<PlotTheme> themeProperty() {
        return theme;
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

    @Override
    public ExportContent exportContent() {
        ModelPanel p = panel.get();
        if (p == null) {
            return null;
        }
        boolean shown = geo.drawable();
        return new ExportContent(getId() == null ? "decision-field" : getId(),
                shown ? field.getWidth() : computePrefWidth(-1), shown ? field.getHeight() : computePrefHeight(-1),
                DecisionFieldPainter.figure(p, theme()), () -> PlotCsv.of(p));
    }

    /** Where training point i is drawn, in this region's coordinates (null before the first frame). */
    public Point2D pixelOf(int i) {
        ModelPanel p = panel.get();
        if (p == null || geo.side() <= 0) {
            return null;
        }
        Dataset d = p.marks().points();
        Bounds b = p.field().bounds();
        return new Point2D(geo.px(d.x(i), b), geo.py(d.y(i), b));
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

    private PlotTheme theme() {
        return theme.get() == null ? PlotTheme.LIGHT : theme.get();
    }

    private void pointer(MouseEvent e) {
        ModelPanel p = panel.get();
        if (p == null || geo.side() <= 0) {
            return;
        }
        if (!geo.contains(e.getX(), e.getY())) {
            onExit.run();
            return;
        }
        Bounds b = p.field().bounds();
        onHover.hover(geo.dataX(e.getX(), b), geo.dataY(e.getY(), b), hoverPixels / geo.side() * b.width());
    }

    /** Set when a redraw was skipped because the canvas was hidden (see {@link Shown}). */
    private boolean stale;

    /** Draws what was skipped while hidden (the tab was shown again). */
    @Override
    public void refreshIfStale() {
        if (stale) {
            redraw();
        }
    }

    private void redraw() {
        // A hidden canvas (the other tab) is not rendered, so JavaFX would keep every drawing command for it
        // until it is shown again: minutes of training frames behind a hidden tab are out of memory.
        stale = !Shown.now(this);
        if (stale) {
            Shown.redrawWhenShown(this, this::refreshIfStale);
            return;
        }
        GraphicsContext g = field.getGraphicsContext2D();
        g.clearRect(0, 0, field.getWidth(), field.getHeight());
        geo = FieldGeometry.of(field.getWidth(), field.getHeight());
        ModelPanel p = panel.get();
        if (p == null || !geo.drawable()) {
            drawOverlay();
            return;
        }
        DecisionFieldPainter.paint(surface, p, geo, theme());
        draws++;
        drawOverlay();
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        double side = geo.side();
        if (isFocused() && side > 0) {
            g.setStroke(FxSurface.fx(theme().focus()));
            g.setLineWidth(2);
            g.strokeRect(geo.left() - 2, geo.top() - 2, side + 4, side + 4);
        }
        int i = highlighted.get();
        Point2D at = i >= 0 && panel.get() != null && i < panel.get().marks().count() ? pixelOf(i) : null;
        if (at != null) {
            double r = geo.baseRadius(panel.get().marks().count()) + 5;
            g.setStroke(FxSurface.fx(theme().background()));
            g.setLineWidth(3);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.setStroke(FxSurface.fx(theme().hover()));
            g.setLineWidth(1.5);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        }
    }
}
