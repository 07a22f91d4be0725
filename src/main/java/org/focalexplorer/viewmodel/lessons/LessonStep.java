package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.focalexplorer.viewmodel.curves.CurveSelection;
import org.focalexplorer.viewmodel.explain.ExplainSection;
import org.focalexplorer.settings.Feature;

/**
 * One step of a lesson: what it says and what it sets.
 *
 * @param key        bundle key stem: {@code key + ".title"}, {@code ".text"}, {@code ".try"}
 * @param textArgs   the text's {0}, {1}… (numbers computed from the loss core, preformatted or as numbers
 *                   for a {@code {n,number,integer}} pattern)
 * @param tryArgs    the "try this" line's arguments
 * @param parameters the shared α and γ
 * @param curves     the curve options
 * @param probePt    where the probe is pinned (p_t), if the step moves it
 * @param feature    the tab shown
 * @param classifier the live classifier's settings, if the step changes them
 * @param highlight  the part of the window outlined
 * @param explain    the explanation that goes with the step, opened in the side panel
 * @param multiclass the multi-class lab's settings, if the step changes them
 */
public record LessonStep(String key, List<Object> textArgs, List<Object> tryArgs, ParameterSetup parameters,
                         CurveSelection curves, Optional<Double> probePt, Feature feature,
                         Optional<ClassifierSetup> classifier, Highlight highlight,
                         ExplainSection explain, Optional<MulticlassSetup> multiclass) {

    public LessonStep {
        Objects.requireNonNull(explain, "explain");
        Objects.requireNonNull(multiclass, "multiclass");
        textArgs = List.copyOf(textArgs);
        tryArgs = List.copyOf(tryArgs);
    }

    /** A step that leaves the multi-class lab as it is. */
    public LessonStep(String key, List<Object> textArgs, List<Object> tryArgs, ParameterSetup parameters,
            CurveSelection curves, Optional<Double> probePt, Feature feature, Optional<ClassifierSetup> classifier,
            Highlight highlight, ExplainSection explain) {
        this(key, textArgs, tryArgs, parameters, curves, probePt, feature, classifier, highlight, explain, Optional.empty());
    }

    public String titleKey() {
        return key + ".title";
    }

    public String textKey() {
        return key + ".text";
    }

    public String tryKey() {
        return key + ".try";
    }
}
