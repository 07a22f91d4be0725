package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/** Legend texts of the curves, from the bundle. */
final class SeriesLabels {
    private final Messages messages;

    SeriesLabels(Messages messages) {
        this.messages = messages;
    }

    String ce() {
        return messages.get("series.ce");
    }

    String alphaCe(Parameters p) {
        return messages.format("series.alphaCe", NumberText.exact(p.alpha()));
    }

    String fl(Parameters p) {
        return p.alphaEnabled()
                ? messages.format("series.fl.alpha", NumberText.exact(p.gamma()), NumberText.exact(p.alpha()))
                : messages.format("series.fl", NumberText.exact(p.gamma()));
    }

    /** With α on the loss plot shows both classes: the positive's FL (weight α) … */
    String flPositive(Parameters p) {
        return messages.format("series.fl.positive", NumberText.exact(p.gamma()), NumberText.exact(p.alpha()));
    }

    /** … and the negative's (weight 1 − α), so that α's direction shows (issue #12). */
    String flNegative(Parameters p) {
        return messages.format("series.fl.negative", NumberText.exact(p.gamma()), NumberText.exact(1.0 - p.alpha()));
    }

    String flStar(Parameters p) {
        return messages.format("series.flStar", NumberText.exact(p.gamma()), NumberText.exact(p.beta()));
    }

    String family(double gamma) {
        return gamma == 0.0 ? messages.get("series.family.ce") : messages.format("series.family", NumberText.exact(gamma));
    }

    String modulatingFactor(Parameters p) {
        return messages.format("series.modulating", NumberText.exact(p.gamma()));
    }

    /** smp's reduced focal loss (reduced_threshold = r) of the example the FL curve shows. */
    String reducedFl(Parameters p, double r) {
        return messages.format("smp.series.reducedFl", NumberText.exact(p.gamma()), NumberText.exact(r));
    }

    String reducedFactor(Parameters p, double r) {
        return messages.format("smp.series.reducedFactor", NumberText.exact(p.gamma()), NumberText.exact(r));
    }

    String ratio() {
        return messages.get("series.ratio");
    }

    /** A ghost curve's legend text: the pinned setting's own label, marked as pinned. */
    String pinned(String label) {
        return messages.format("series.pinned", label);
    }

    String text(String key) {
        return messages.get(key);
    }
}
