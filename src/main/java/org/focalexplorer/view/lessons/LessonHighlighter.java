package org.focalexplorer.view.lessons;

import org.focalexplorer.view.Listen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.focalexplorer.viewmodel.lessons.Highlight;

/**
 * Outlines the nodes the lesson step points at (style class {@value #STYLE_CLASS}); the next step clears
 * them. The nodes are scrolled into view once the window has been laid out.
 */
final class LessonHighlighter {
    static final String STYLE_CLASS = "lesson-highlight";
    /** Room left above a node scrolled into view, in pixels. */
    private static final double MARGIN = 24;

    private final Node root;
    private final List<Node> marked = new ArrayList<>();
    /** Keeps the current step's targets in view while the layout settles; null when not following. */
    private Runnable following;
    private Scene followedScene;
    private final javafx.event.EventHandler<javafx.scene.input.InputEvent> userMoved = e -> stopFollowing();

    LessonHighlighter(Node root, ObservableValue<Highlight> highlight) {
        this.root = root;
        Listen.whileAlive(root, highlight, (o, a, h) -> mark(h));
        // The scene outlives this view (a language switch puts new views into the same scene): a view taken out
        // of it must stop following, or the scene's pulse listener would keep the whole replaced view alive.
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != followedScene) {
                stopFollowing();
            }
        });
        mark(highlight.getValue());
    }

    private void mark(Highlight h) {
        marked.forEach(n -> n.getStyleClass().remove(STYLE_CLASS));
        marked.clear();
        stopFollowing();
        for (Node n : LessonTargets.find(root, h)) {
            n.getStyleClass().add(STYLE_CLASS);
            marked.add(n);
        }
        Scene scene = root.getScene();
        if (!marked.isEmpty() && scene != null) {
            List<Node> targets = List.copyOf(marked);
            // After each layout until the user scrolls or the step changes: a tab or panel the step just
            // showed has no bounds before its first layout, and the lab's numbers and wrapped text arrive
            // and settle over later ones (a new frame of training, the card appearing).
            following = () -> reveal(targets);
            followedScene = scene;
            scene.addPostLayoutPulseListener(following);
            // The user scrolls or clicks: leave the view where they put it.
            scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, userMoved);
            scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, userMoved);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void stopFollowing() {
        if (following != null) {
            followedScene.removePostLayoutPulseListener(following);
            followedScene.removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, userMoved);
            followedScene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, userMoved);
            following = null;
            followedScene = null;
        }
    }

    /**
     * Scrolls every scroll pane around the targets so that they are in view: all of them where they fit
     * together, else the first ones (the controls the step names come first). Back and Resume show a step
     * again, so they do the same.
     */
    static List<ScrollPane> reveal(List<Node> targets) {
        Map<ScrollPane, List<Node>> byPane = new LinkedHashMap<>();
        for (Node n : targets) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp && sp.getContent() != null) {
                    byPane.computeIfAbsent(sp, k -> new ArrayList<>()).add(n);
                }
            }
        }
        byPane.forEach(LessonHighlighter::reveal);
        return List.copyOf(byPane.keySet());
    }

    private static void reveal(ScrollPane sp, List<Node> nodes) {
        Node content = sp.getContent();
        double viewport = sp.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (range <= 0 || viewport <= 0) {
            return;
        }
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double firstTop = Double.NaN;
        for (Node n : nodes) {
            Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
            if (Double.isNaN(firstTop)) {
                firstTop = b.getMinY();
            }
            // Add the next target only while all so far still fit in the viewport.
            double newTop = Math.min(top, b.getMinY());
            double newBottom = Math.max(bottom, b.getMaxY());
            if (Double.isFinite(top) && newBottom - newTop > viewport) {
                break;
            }
            top = newTop;
            bottom = newBottom;
        }
        double shown = sp.getVvalue() * range;
        double wanted = shown;
        // Room around the targets, less of it in a small view (large text, the lesson card open).
        double margin = Math.max(0, Math.min(MARGIN, (viewport - (bottom - top)) / 2));
        if (bottom - top > viewport) {
            wanted = firstTop - margin; // the first target alone is taller than the view: its top
        } else if (top - margin < shown) {
            wanted = top - margin;
        } else if (bottom + margin > shown + viewport) {
            wanted = bottom + margin - viewport;
        }
        if (wanted != shown) {
            sp.setVvalue(Math.min(1.0, Math.max(0.0, wanted / range)));
        }
    }
}
