package org.focalexplorer.view.plot;

import org.focalexplorer.view.Shown;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.focalexplorer.render.DrawStats;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.PlotCsv;
import org.focalexplorer.render.PlotFonts;
import org.focalexplorer.render.PlotLayout;
import org.focalexplorer.render.PlotPainter;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.settings.YScale;

/**
 * A resizable plot of one {@link PlotData}: axes with ticks and labels, linear or log y, the curves,
 * a legend, and a probe line. It only draws what it is given.
 *
 * <p>Three canvas layers, so that a change redraws only its layer: the frame (axes, ticks, titles)
 * (and the legend above the plot area) when a range, a label, the size or the text size changes; the curves (a canvas exactly
 * over the plot area, whose bounds clip the curves) when the data change; the probe line and focus
 * ring when the probe moves.
 *
 * <p>The pointer and the arrow keys do not move the probe themselves: they report a hovered, clicked
 * or dragged position, a step, or that the pointer left ({@link #setOnProbeHover},
 * {@link #setOnProbeMoved}, {@link #setOnProbeStep}, {@link #setOnProbeLeft}), and the probe comes
 * back through {@link #probeProperty()}.
 */
public final class PlotCanvas extends Region implements Exportable, Shown.Stale {
    /** Step callback: direction (−1 or +1) and whether the step is coarse (Shift). */
    public interface ProbeStep {
        void step(int direction, boolean coarse);
    }

    /**
     * Zoom and pan requests, in fractions of the plot area (the view model owns the ranges). A plot without
     * one ({@link #setZoomHandler}) does not zoom.
     */
    public interface ZoomHandler {
        /** {@code factor} below 1 zooms in, about the point at fractions fx (from the left), fy (from the bottom). */
        void zoom(double factor, double fx, double fy, boolean alongX, boolean alongY);

        /** Shows what lies {@code dx} of the width to the right and {@code dy} of the height above. */
        void pan(double dx, double dy);

        void reset();
    }

    /** One wheel notch (40 px of scroll) zooms in or out by this factor. */
    private static final double ZOOM_PER_NOTCH = 0.8;
    /** A key press pans by this fraction of the shown span. */
    private static final double PAN_PER_KEY = 0.1;

    /** What the frame layer shows; it is redrawn only when this changes. */
    private record FrameKey(String title, String xLabel, String yLabel, Range x, Range y, YScale yScale, double width,
            double height, double fontScale, PlotTheme theme, List<String> legend) {}

    private final Canvas frame = new Canvas();
    private final Canvas curves = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ObjectProperty<PlotData> data = new SimpleObjectProperty<>(this, "data");
    private final DoubleProperty probe = new SimpleDoubleProperty(this, "probe", Double.NaN);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);
    private final FxSurface frameSurface = new FxSurface(frame.getGraphicsContext2D());
    private final FxSurface curveSurface = new FxSurface(curves.getGraphicsContext2D());
    private final PlotPainter painter = new PlotPainter();
    private PlotFonts fonts = new PlotFonts(frameSurface, 1.0);

    private DoubleConsumer onProbeMoved = v -> { };
    private DoubleConsumer onProbeHover = v -> { };
    private Runnable onProbeLeft = () -> { };
    private ProbeStep onProbeStep = (d, c) -> { };
    private ZoomHandler zoomHandler;
    /** While a pan drag is under way: the last pointer position and which axes it moves; null otherwise. */
    private double[] panFrom;
    private boolean panX;
    private boolean panY;
    private PlotLayout layout;
    private FrameKey lastFrame;
    private DrawStats stats = new DrawStats(List.of(), Double.POSITIVE_INFINITY, List.of());
    private List<org.focalexplorer.render.Axis.Tick> yTicks = List.of();
    private long curveDraws;
    private long frameDraws;

    public PlotCanvas() {
        getStyleClass().add("plot-canvas");
        getChildren().addAll(frame, curves, overlay);
        curves.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        setFocusTraversable(true);
        setMinSize(220, 160);
        data.addListener((o, a, b) -> redraw());
        fontScale.addListener((o, a, b) -> {
            fonts = new PlotFonts(frameSurface, b.doubleValue());
            redraw();
        });
        theme.addListener((o, a, b) -> redraw());
        probe.addListener((o, a, b) -> drawOverlay());
        focusedProperty().addListener((o, a, b) -> drawOverlay());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::pointer);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pointer);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (startPan(e)) {
                e.consume();
                return;
            }
            pointer(e);
            // A scroll pane around the plot would take the keyboard on the same press (its behaviour asks
            // for focus on every press), and the arrows would then scroll, step training or switch tabs.
            if (e.isPrimaryButtonDown()) {
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (!e.isPrimaryButtonDown()) {
                onProbeLeft.run();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panFrom = null);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (zoomHandler != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                zoomHandler.reset();
                e.consume();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
    }

    /**
     * Lets the wheel, drags with Shift or the middle button, drags on an axis, the keys + − ↑ ↓ Ctrl+← → and
     * 0, and a double click zoom and pan this plot; null (the default) turns that off.
     */
    public void setZoomHandler(ZoomHandler handler) {
        zoomHandler = handler;
    }

    public ObjectProperty<PlotData> dataProperty() {
        return data;
    }

    public PlotData getData() {
        return data.get();
    }

    /** The probe's x in this plot's units; NaN hides it. */
    public DoubleProperty probeProperty() {
        return probe;
    }

    /** 1 = normal text; the projector setting makes text and lines larger. */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** The colours of the plot; exports use the theme shown. Never null. */
    public ObjectProperty<PlotTheme> themeProperty() {
        return theme;
    }

    private PlotTheme theme() {
        return theme.get() == null ? PlotTheme.LIGHT : theme.get();
    }

    @Override
    public ExportContent exportContent() {
        PlotData d = data.get();
        if (d == null) {
            return null;
        }
        // A plot on a tab never shown has no size yet: it exports at its preferred size.
        double w = frame.getWidth() > 0 ? frame.getWidth() : computePrefWidth(-1);
        double h = frame.getHeight() > 0 ? frame.getHeight() : computePrefHeight(-1);
        return new ExportContent(getId() == null ? "plot" : getId(), w, h, PlotPainter.figure(d, theme(), fontScale.get()),
                () -> PlotCsv.of(d));
    }

    public void setOnProbeMoved(DoubleConsumer handler) {
        onProbeMoved = handler;
    }

    /** The pointer hovers over the plot area at this x (no button pressed). */
    public void setOnProbeHover(DoubleConsumer handler) {
        onProbeHover = handler;
    }

    /** The pointer left the plot. */
    public void setOnProbeLeft(Runnable handler) {
        onProbeLeft = handler;
    }

    public void setOnProbeStep(ProbeStep handler) {
        onProbeStep = handler;
    }

    /** What the last drawing of the curves put on the canvas. */
    public DrawStats drawStats() {
        return stats;
    }

    /** The labelled ticks of the y axis as last drawn. */
    public List<org.focalexplorer.render.Axis.Tick> yTicks() {
        return yTicks;
    }

    /** How many times the curves were drawn. */
    public long curveDraws() {
        return curveDraws;
    }

    /** How many times the frame (axes, ticks, titles) was drawn. */
    public long frameDraws() {
        return frameDraws;
    }

    /** The pixel x of the probe line, NaN if it is not drawn. */
    public double probePixel() {
        double v = probe.get();
        return layout != null && layout.x().min() <= v && v <= layout.x().max() ? layout.x().toPixel(v) : Double.NaN;
    }

    /** Where the last drawing put the plot area and its axes; null before the first layout. */
    public PlotLayout plotLayout() {
        return layout;
    }

    /**
     * Whether what is drawn is for the canvas's current size (false while a redraw waits for the canvas to be
     * shown): a plot drawn at an old size shows its curves squeezed into a corner.
     */
    public boolean drawnAtCurrentSize() {
        return data.get() == null || lastFrame != null && lastFrame.width() == frame.getWidth()
                && lastFrame.height() == frame.getHeight();
    }

    /** The pixel x (in this region's coordinates) of a data x value, NaN before the first layout. */
    public double pixelOf(double x) {
        return layout == null ? Double.NaN : layout.x().toPixel(x);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 340;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != frame.getWidth() || h != frame.getHeight()) {
            frame.setWidth(w);
            frame.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            // A resized canvas keeps only the pixels inside its new size: resized while hidden and back to the
            // size last drawn, the frame was not repainted (same key) and showed cut at the smaller size.
            lastFrame = null;
            redraw();
        }
    }

    // ---- input -------------------------------------------------------------------------------------

    /**
     * Hovering over the plot area previews the probe there; a press or a drag pins it (a drag anywhere,
     * held at the plot's edges).
     */
    private void pointer(MouseEvent e) {
        if (layout == null) {
            return;
        }
        if (panFrom != null) {
            pan(e);
            return;
        }
        double x = e.getX();
        boolean hover = e.getEventType() == MouseEvent.MOUSE_MOVED;
        if (x < layout.left() || x > layout.right()) {
            if (hover) {
                onProbeLeft.run();
                return;
            }
            x = Math.max(layout.left(), Math.min(layout.right(), x));
        }
        (hover ? onProbeHover : onProbeMoved).accept(layout.x().toValue(x));
    }

    // ---- zoom and pan (the ranges are the view model's; here only where and how much) ----------------------

    /**
     * The wheel zooms about the pointer: over the plot area both axes, over the y axis only y, under the
     * plot only x. Only once the plot was clicked (it has the keyboard) or with Ctrl, so that the wheel over
     * a plot still scrolls the page around it.
     */
    private void scroll(ScrollEvent e) {
        if (zoomHandler == null || layout == null || e.getDeltaY() == 0 || !(isFocused() || e.isControlDown())) {
            return;
        }
        double factor = Math.pow(ZOOM_PER_NOTCH, e.getDeltaY() / 40.0);
        boolean overYAxis = e.getX() < layout.left();
        boolean underXAxis = e.getY() > layout.bottom();
        zoomHandler.zoom(factor, fractionX(e.getX()), fractionY(e.getY()), !overYAxis, !underXAxis);
        e.consume();
    }

    /** A drag with Shift or the middle button pans both axes; a drag that starts on an axis pans that axis. */
    private boolean startPan(MouseEvent e) {
        if (zoomHandler == null || layout == null) {
            return false;
        }
        boolean onYAxis = e.getX() < layout.left() && e.getY() <= layout.bottom();
        boolean onXAxis = e.getY() > layout.bottom() && e.getX() >= layout.left();
        boolean both = e.isMiddleButtonDown() || (e.isPrimaryButtonDown() && e.isShiftDown());
        if (!both && !(e.isPrimaryButtonDown() && (onYAxis || onXAxis))) {
            return false;
        }
        panFrom = new double[] {e.getX(), e.getY()};
        panX = both || onXAxis;
        panY = both || onYAxis;
        return true;
    }

    private void pan(MouseEvent e) {
        double dx = panX ? -(e.getX() - panFrom[0]) / layout.plotWidth() : 0.0;
        double dy = panY ? (e.getY() - panFrom[1]) / layout.plotHeight() : 0.0;
        panFrom = new double[] {e.getX(), e.getY()};
        zoomHandler.pan(dx, dy);
    }

    private double fractionX(double px) {
        return (px - layout.left()) / layout.plotWidth();
    }

    private double fractionY(double py) {
        return (layout.bottom() - py) / layout.plotHeight();
    }

    /** + − zoom about the centre, ↑ ↓ and Ctrl+← → pan, 0 or Home resets; with no other modifier (Ctrl+= is the text size). */
    private boolean zoomKey(KeyEvent e) {
        if (zoomHandler == null || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        KeyCode c = e.getCode();
        if (e.isControlDown()) {
            if (c == KeyCode.LEFT || c == KeyCode.RIGHT) {
                zoomHandler.pan(c == KeyCode.LEFT ? -PAN_PER_KEY : PAN_PER_KEY, 0.0);
                return true;
            }
            return false;
        }
        switch (c) {
            case PLUS, ADD, EQUALS -> zoomHandler.zoom(ZOOM_PER_NOTCH, 0.5, 0.5, true, true);
            case MINUS, SUBTRACT -> zoomHandler.zoom(1 / ZOOM_PER_NOTCH, 0.5, 0.5, true, true);
            case UP, KP_UP -> zoomHandler.pan(0.0, PAN_PER_KEY);
            case DOWN, KP_DOWN -> zoomHandler.pan(0.0, -PAN_PER_KEY);
            case DIGIT0, NUMPAD0, HOME -> zoomHandler.reset();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void key(KeyEvent e) {
        if (zoomKey(e)) {
            e.consume();
            return;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.LEFT || c == KeyCode.KP_LEFT || c == KeyCode.RIGHT || c == KeyCode.KP_RIGHT) {
            onProbeStep.step(c == KeyCode.LEFT || c == KeyCode.KP_LEFT ? -1 : 1, e.isShiftDown());
            e.consume();
        }
    }

    // ---- drawing -----------------------------------------------------------------------------------

    /** Draws the plot for the current data, size and text size: the frame if it changed, the curves always. */
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
        double w = frame.getWidth();
        double h = frame.getHeight();
        PlotData d = data.get();
        if (d == null) {
            clear();
            return;
        }
        FrameKey key = new FrameKey(d.title(), d.xLabel(), d.yLabel(), d.x(), d.y(), d.yScale(), w, h, fontScale.get(),
                theme(), legendKey(d));
        if (!key.equals(lastFrame)) {
            layout = PlotPainter.layout(d, w, h, fonts);
            if (layout == null) {
                clear();
                return;
            }
            curves.relocate(layout.left(), layout.top());
            curves.setWidth(layout.plotWidth());
            curves.setHeight(layout.plotHeight());
            painter.paintFrame(frameSurface, d, layout, fonts, theme());
            yTicks = PlotPainter.yTicks(layout, fonts);
            lastFrame = key;
            frameDraws++;
        }
        GraphicsContext g = curves.getGraphicsContext2D();
        g.clearRect(0, 0, curves.getWidth(), curves.getHeight());
        g.save();
        g.translate(-layout.left(), -layout.top()); // paint in the frame's pixel coordinates
        PlotPainter.Painted painted = painter.paintCurves(curveSurface, d, layout, fonts, theme());
        g.restore();
        stats = painted.stats();
        curveDraws++;
        drawOverlay();
    }

    /** The legend is drawn with the frame: its labels and their line styles (role, variant, emphasis). */
    private static List<String> legendKey(PlotData d) {
        return d.series().stream().map(s -> s.label() + '\u0000' + s.role() + '\u0000' + s.variant() + '\u0000'
                + s.emphasised()).toList();
    }

    private void clear() {
        layout = null;
        lastFrame = null;
        GraphicsContext g = frame.getGraphicsContext2D();
        g.setFill(FxSurface.fx(theme().background()));
        g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        curves.getGraphicsContext2D().clearRect(0, 0, curves.getWidth(), curves.getHeight());
        drawOverlay();
    }

    /** The probe and, while the plot has the keyboard, a focus ring. */
    private void drawOverlay() {
        double w = overlay.getWidth();
        double h = overlay.getHeight();
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double s = fonts.scale();
        if (isFocused()) {
            g.setStroke(FxSurface.fx(theme().focus()));
            g.setLineWidth(2 * s);
            g.setLineDashes();
            g.strokeRect(s, s, w - 2 * s, h - 2 * s);
        }
        double x = probePixel();
        if (Double.isNaN(x)) {
            return;
        }
        g.setStroke(FxSurface.fx(theme().probe()));
        g.setLineWidth(1.5 * s);
        g.setLineDashes(6 * s, 3 * s);
        double px = Math.round(x) + 0.5;
        g.strokeLine(px, layout.top(), px, layout.bottom());
        g.setLineDashes();
    }
}
