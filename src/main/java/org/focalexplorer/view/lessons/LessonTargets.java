package org.focalexplorer.view.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.plot.Metric;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.viewmodel.lessons.Highlight;

/**
 * Which nodes a {@link Highlight} means: by node id ("#id") or style class (".class"). The search walks
 * tab, scroll and split panes by their content, so it finds the nodes of a tab that has never been shown
 * (whose skin, and so whose scene-graph children, do not exist yet).
 */
public final class LessonTargets {
    /** Id of the α/γ parameters panel (set by the explorer window). */
    public static final String PARAMETERS_ID = "parametersPanel";

    private LessonTargets() {}

    /**
     * The controls and numbers the step's text names ("press ×100", "drag γ", "their share of the loss"):
     * each step scrolls them into view first, before the larger parts it outlines.
     */
    public static List<String> named(Highlight h) {
        return switch (h) {
            case NONE, PARAMETERS, LOSS_PLOT, GRADIENT_PLOT, WEIGHTING_PLOT, PROBE -> List.of();
            case GAMMA_AND_LOSS_PLOT -> List.of("#" + ViewIds.slider("gamma"));
            case MODELS -> List.of("#" + ClassifierIds.PLAY,
                    "#" + ClassifierIds.metric(ModelRole.REFERENCE, Metric.EASY_NEGATIVE_LOSS),
                    "#" + ClassifierIds.metric(ModelRole.FOCAL, Metric.EASY_NEGATIVE_LOSS));
            case FIGURE4 -> List.of("#" + ClassifierIds.FIGURE4_NEGATIVES, "#" + ClassifierIds.FIGURE4_POSITIVES);
            case PRIOR_INIT -> List.of("#" + ClassifierIds.PRIOR_INIT, "#" + ClassifierIds.LEARNING_RATE,
                    "#" + ClassifierIds.PLAY);
            case MULTICLASS -> List.of("#" + org.focalexplorer.view.multiclass.MulticlassIds.ALPHA,
                    "#" + org.focalexplorer.view.multiclass.MulticlassIds.preset(
                            org.focalexplorer.viewmodel.multiclass.AlphaPreset.BACKGROUND_QUARTER));
            case PREDICTIONS -> List.of("#" + org.focalexplorer.view.predictions.PredictionsIds.EFFECTIVE_TEXT,
                    "#" + org.focalexplorer.view.predictions.PredictionsIds.HARDEST);
        };
    }

    /** Everything the step outlines: its named controls first, then the parts of the window it is about. */
    static List<String> selectors(Highlight h) {
        List<String> all = new ArrayList<>(named(h));
        all.addAll(switch (h) {
            case NONE -> List.<String>of();
            case PARAMETERS -> List.of("#" + PARAMETERS_ID);
            case LOSS_PLOT, GAMMA_AND_LOSS_PLOT -> List.of("#" + ViewIds.LOSS_PLOT);
            case GRADIENT_PLOT -> List.of("#" + ViewIds.GRADIENT_PLOT);
            case WEIGHTING_PLOT -> List.of("#" + ViewIds.WEIGHTING_PLOT);
            case PROBE -> List.of(".probe-scroll");
            case MODELS -> List.of(".model-panel");
            case FIGURE4 -> List.of("#" + ClassifierIds.figure4(ModelRole.REFERENCE), "#" + ClassifierIds.figure4(ModelRole.FOCAL));
            case PRIOR_INIT -> List.of("#" + ClassifierIds.MESSAGE);
            case MULTICLASS -> List.of("#" + org.focalexplorer.view.multiclass.MulticlassIds.NOTE);
            case PREDICTIONS -> List.of("#" + org.focalexplorer.view.predictions.PredictionsIds.SHARES);
        });
        return all;
    }

    /** The nodes under {@code root} that {@code h} means: its named controls first, then in scene-graph order. */
    public static List<Node> find(Node root, Highlight h) {
        return find(root, selectors(h));
    }

    /** The nodes under {@code root} for {@code selectors}, in the selectors' order. */
    public static List<Node> find(Node root, List<String> selectors) {
        List<Node> found = new ArrayList<>();
        for (String s : selectors) {
            collect(root, List.of(s), found);
        }
        return found;
    }

    private static void collect(Node n, List<String> selectors, List<Node> found) {
        if (n == null) {
            return;
        }
        for (String s : selectors) {
            boolean match = s.startsWith("#") ? s.substring(1).equals(n.getId()) : n.getStyleClass().contains(s.substring(1));
            if (match && !found.contains(n)) {
                found.add(n);
            }
        }
        // Content that is not (yet) a child in the scene graph: tabs, scroll/split/titled panes before their skins.
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                collect(t.getContent(), selectors, found);
            }
        } else if (n instanceof ScrollPane sp) {
            collect(sp.getContent(), selectors, found);
        } else if (n instanceof SplitPane split) {
            split.getItems().forEach(i -> collect(i, selectors, found));
        } else if (n instanceof TitledPane tp) {
            collect(tp.getContent(), selectors, found);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, selectors, found));
        }
    }
}
