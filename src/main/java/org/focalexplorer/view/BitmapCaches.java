package org.focalexplorer.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Turns off JavaFX's bitmap caching in a view (the scroll pane's skin caches its viewport; the app itself never
 * asks for it). A cached node's bitmap comes from a pool shared by the whole renderer, and goes back only when
 * the node stops caching while it is still in its scene. A view replaced by a language switch never did, so its
 * bitmaps stayed checked out for good (held through soft references, so no forced collection freed them): the
 * soak's live set grew by megabytes of software-renderer pixels at every switch.
 */
public final class BitmapCaches {
    private BitmapCaches() {}

    /** After the next layout (the controls' skins exist by then): {@link #off} for the tree under {@code root}. */
    public static void offAfterLayout(Node root) {
        Scene scene = root.getScene();
        if (scene == null) {
            off(root);
            return;
        }
        AfterLayout.once(scene, () -> off(root));
    }

    /** Stops every node under {@code root} (itself included) caching itself as a bitmap; returns how many did. */
    public static int off(Node root) {
        int n = 0;
        if (root.isCache()) {
            root.setCache(false);
            n++;
        }
        if (root instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                n += off(c);
            }
        }
        return n;
    }
}
