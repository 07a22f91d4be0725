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
    private PlotLayout layout;
    private FrameKey lastFrame;
    private DrawStats stats = new DrawStats(List.of(), Double.POSITIVE_INFINITY, List.of());
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

    private void key(KeyEvent e) {
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
