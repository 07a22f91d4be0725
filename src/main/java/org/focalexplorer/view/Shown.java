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

    private static final Object WAITING = new Object();

    /**
     * Runs {@code redraw} after the first layout pass in which {@code node} is shown (at once if it is shown
     * and laid out in the next pulse). A canvas that skipped drawing while hidden calls this, so that it
     * catches up however it becomes visible — a tab, a collapsed panel, presentation mode, a window first
     * shown — and at the size that layout gave it. Without it a canvas resized while hidden kept its old,
     * smaller drawing in a corner of the new size until something else redrew it: the half-drawn lab plots
     * of the headless snapshots (issue #13). Registers once per node until it has run.
     */
    public static void redrawWhenShown(Node node, Runnable redraw) {
        if (node.getProperties().containsKey(WAITING)) {
            return;
        }
        node.getProperties().put(WAITING, Boolean.TRUE);
        Runnable[] check = new Runnable[1];
        javafx.beans.value.ChangeListener<javafx.scene.Scene> moved = (o, before, after) -> {
            if (before != null) {
                before.removePostLayoutPulseListener(check[0]);
            }
            if (after != null) {
                after.addPostLayoutPulseListener(check[0]);
                javafx.application.Platform.requestNextPulse();
            }
        };
        check[0] = () -> {
            if (now(node)) {
                node.getScene().removePostLayoutPulseListener(check[0]);
                node.sceneProperty().removeListener(moved);
                node.getProperties().remove(WAITING);
                redraw.run();
            }
        };
        node.sceneProperty().addListener(moved);
        moved.changed(node.sceneProperty(), null, node.getScene());
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
