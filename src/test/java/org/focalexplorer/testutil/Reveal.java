package org.focalexplorer.testutil;

import org.focalexplorer.testutil.Fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a node into view, as a user would before clicking it (a robot only clicks what it can see). */
public final class Reveal {
    private Reveal() {
    }

    /** The node found by {@code query}, scrolled into view in every scroll pane around it; returns the query. */
    public static String reveal(FxRobot robot, String query) {
        Node node = Fx.one(robot, query);
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (extra > 0) {
                        double centre = b.getMinY() + b.getHeight() / 2 - scroll.getViewportBounds().getHeight() / 2;
                        scroll.setVvalue(Math.max(0, Math.min(1, centre / extra)));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }
}
