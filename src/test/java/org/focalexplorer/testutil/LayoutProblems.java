package org.focalexplorer.testutil;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a user would see as broken in a laid-out scene, read from the scene graph (call on the FX thread):
 * labels whose skin shows less than their text (elided with "…"), and horizontal scroll bars.
 */
public final class LayoutProblems {
    private LayoutProblems() {}

    /**
     * Visible labels, buttons, toggles, titled panes' titles… whose shown text is not their whole text:
     * "id or text → shown". Read from each skin's {@code LabeledText} and the {@link Labeled} it belongs to
     * (a titled pane's title is not a direct child of the pane, so the text's nearest labelled ancestor).
     */
    public static List<String> elided(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Text t && n.getClass().getSimpleName().equals("LabeledText")) {
                Labeled l = owner(t);
                if (l != null && showing(l) && l.getText() != null && !l.getText().isEmpty()
                        && l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                        && !same(l.getText(), t.getText())) {
                    out.add(name(l) + " → \"" + t.getText() + "\"");
                }
            }
        });
        return out;
    }

    /**
     * Visible labelled controls cut by an ancestor's clip (a tab header behind TabPane's overflow arrow, a
     * label wider than its split-pane side): "id or text". A scroll pane's viewport is not counted here:
     * scrolling down to a control is fine (the clips around a scroll pane are not checked for what is in it),
     * and sideways scrolling has {@link #horizontalScrollBars}.
     */
    public static List<String> clipped(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && showing(l) && l.getText() != null && !l.getText().isEmpty()
                    && l.getWidth() > 0 && l.getHeight() > 0) {
                Bounds b = l.localToScene(l.getLayoutBounds());
                for (Node p = l.getParent(); p != null; p = p.getParent()) {
                    if (p.getStyleClass().contains("viewport") || p.getClass().getSimpleName().equals("ClippedContainer")) {
                        break; // inside a scroll pane: out of its view is a scroll away, not cut
                    }
                    if (p.getClip() == null) {
                        continue;
                    }
                    Bounds c = p.localToScene(p.getClip().getBoundsInParent());
                    double eps = 1.0;
                    if (b.getMinX() < c.getMinX() - eps || b.getMaxX() > c.getMaxX() + eps
                            || b.getMinY() < c.getMinY() - eps || b.getMaxY() > c.getMaxY() + eps) {
                        out.add(name(l) + " cut by " + p.getClass().getSimpleName() + p.getStyleClass());
                        break;
                    }
                }
            }
        });
        return out;
    }

    /**
     * Plots shown but drawn at a size other than their current one (their curves squeezed into a corner of
     * the new size, or not drawn at all because the size is too small to lay them out).
     */
    public static List<String> plotsDrawnAtAnOldSize(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof org.focalexplorer.view.plot.PlotCanvas p && showing(p) && !p.drawnAtCurrentSize()) {
                out.add("plot drawn at an old size " + (p.getId() == null ? p.getStyleClass() : "#" + p.getId())
                        + " (" + p.getWidth() + "×" + p.getHeight() + ", laid out: " + (p.plotLayout() != null) + ")");
            }
        });
        return out;
    }

    private static Labeled owner(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Labeled l) {
                return l;
            }
        }
        return null;
    }

    /** Visible horizontal scroll bars under {@code root} (their scroll pane's id or style class). */
    public static List<String> horizontalScrollBars(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && showing(b)
                    && b.getVisibleAmount() < b.getMax() - b.getMin()) {
                Node owner = b.getParent();
                while (owner != null && !(owner instanceof ScrollPane)) {
                    owner = owner.getParent();
                }
                out.add(owner == null ? "scroll bar" : name(owner));
            }
        });
        return out;
    }

    /** Is {@code n} drawn wholly inside the viewport of every scroll pane around it and inside the scene? */
    public static boolean inView(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double eps = 1.0;
        if (b.getMinX() < -eps || b.getMinY() < -eps || b.getMaxX() > n.getScene().getWidth() + eps
                || b.getMaxY() > n.getScene().getHeight() + eps) {
            return false;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node viewport = sp.lookup(".viewport");
                if (viewport != null) {
                    Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                    if (b.getMinX() < v.getMinX() - eps || b.getMaxX() > v.getMaxX() + eps
                            || b.getMinY() < v.getMinY() - eps || b.getMaxY() > v.getMaxY() + eps) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean same(String text, String shown) {
        // A label that wraps shows its text with line breaks where it wrapped; elision adds "…" or drops the end.
        return shown != null && text.replaceAll("\\s+", "").equals(shown.replaceAll("\\s+", ""));
    }

    static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String name(Node n) {
        if (n.getId() != null) {
            return "#" + n.getId();
        }
        if (n instanceof Labeled l) {
            return "\"" + l.getText() + "\"";
        }
        return n.getClass().getSimpleName() + n.getStyleClass();
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (n == null || !n.isVisible()) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }
}
