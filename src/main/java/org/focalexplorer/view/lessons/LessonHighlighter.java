package org.focalexplorer.view.lessons;

import org.focalexplorer.view.Listen;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.focalexplorer.viewmodel.lessons.Highlight;

/**
 * Outlines the nodes the lesson step points at (style class {@value #STYLE_CLASS}); the next step clears
 * them. A node inside a scroll pane is scrolled into view once the window has been laid out.
 */
final class LessonHighlighter {
    static final String STYLE_CLASS = "lesson-highlight";
    /** Room left above a node scrolled into view, in pixels. */
    private static final double MARGIN = 24;

    private final Node root;
    private final List<Node> marked = new ArrayList<>();

    LessonHighlighter(Node root, ObservableValue<Highlight> highlight) {
        this.root = root;
        Listen.whileAlive(root, highlight, (o, a, h) -> mark(h));
        mark(highlight.getValue());
    }

    private void mark(Highlight h) {
        marked.forEach(n -> n.getStyleClass().remove(STYLE_CLASS));
        marked.clear();
        for (Node n : LessonTargets.find(root, h)) {
            n.getStyleClass().add(STYLE_CLASS);
            marked.add(n);
        }
        Scene scene = root.getScene();
        if (!marked.isEmpty() && scene != null) {
            Node first = marked.get(0);
            // After the next layout: a tab or panel the step just showed has no bounds before it.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                reveal(first);
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    /** Scrolls the nearest scroll pane around {@code n} so that its top is in view, if it is not. */
    private static void reveal(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double viewport = sp.getViewportBounds().getHeight();
                double range = content.getLayoutBounds().getHeight() - viewport;
                if (range <= 0) {
                    return;
                }
                double top = sp.getVvalue() * range;
                if (b.getMinY() < top || b.getMaxY() > top + viewport) {
                    sp.setVvalue(Math.min(1.0, Math.max(0.0, (b.getMinY() - MARGIN) / range)));
                }
                return;
            }
        }
    }
}
