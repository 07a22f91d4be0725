package org.focalexplorer.view.multiclass;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.render.ClassFieldPainter;
import org.focalexplorer.render.ClassPanelCsv;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.FieldGeometry;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.view.Shown;
import org.focalexplorer.view.plot.FxSurface;

/**
 * One multi-class model's decision regions with the training points ({@link ClassFieldPainter}), redrawn
 * when a frame arrives or the size changes, and skipped while hidden (see {@link Shown}).
 */
final class ClassFieldCanvas extends Region implements Exportable, Shown.Stale {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final ObjectProperty<ClassPanel> panel = new SimpleObjectProperty<>(this, "panel");
    private boolean stale;
    private long draws;

    ClassFieldCanvas() {
        getStyleClass().add("decision-field");
        getChildren().add(canvas);
        setMinSize(140, 140);
        panel.addListener((o, a, b) -> redraw());
    }

    ObjectProperty<ClassPanel> panelProperty() {
        return panel;
    }

    long draws() {
        return draws;
    }

    @Override
    public ExportContent exportContent() {
        ClassPanel p = panel.get();
        if (p == null) {
            return null;
        }
        return new ExportContent(getId() == null ? "class-field" : getId(), canvas.getWidth() > 0 ? canvas.getWidth() : 320,
                canvas.getHeight() > 0 ? canvas.getHeight() : 320, ClassFieldPainter.figure(p, PlotTheme.LIGHT),
                () -> ClassPanelCsv.of(p));
    }

    @Override
    public void refreshIfStale() {
        if (stale) {
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        stale = !Shown.now(this); // a hidden canvas would keep every drawing command until shown
        if (stale) {
            Shown.redrawWhenShown(this, this::refreshIfStale);
            return;
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FieldGeometry geo = FieldGeometry.of(canvas.getWidth(), canvas.getHeight());
        ClassPanel p = panel.get();
        if (p != null && geo.drawable()) {
            ClassFieldPainter.paint(surface, p, geo, PlotTheme.LIGHT);
            draws++;
        }
    }
}
