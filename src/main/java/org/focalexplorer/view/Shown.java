package org.focalexplorer.view;

import javafx.scene.Node;

/**
 * Whether a node is shown now: in a scene, and it and all its parents visible (a tab that is not selected
 * has its content invisible). Canvases skip drawing while hidden: a hidden canvas is not rendered, and
 * JavaFX keeps all the drawing commands given to it until it is.
 */
public final class Shown {
    private Shown() {}

    /** A node that skips drawing while hidden, and can catch up. */
    public interface Stale {
        /** Draws what was skipped while hidden. */
        void refreshIfStale();
    }

    public static boolean now(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Asks every canvas under {@code root} that skipped a redraw while hidden to draw now. */
    public static void refreshStale(Node root) {
        if (root instanceof Stale s) {
            s.refreshIfStale();
        }
        if (root instanceof javafx.scene.Parent parent) {
            for (Node c : parent.getChildrenUnmodifiable()) {
                refreshStale(c);
            }
        }
    }

    /**
     * The same after the next layout pass: a tab's content may become visible only in the layout after
     * its selection, and a canvas refreshed before that would stay stale (drawn at an old size).
     */
    public static void refreshStaleAfterLayout(Node root) {
        javafx.scene.Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        AfterLayout.once(scene, () -> refreshStale(root));
    }
}
