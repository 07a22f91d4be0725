package org.focalexplorer.viewmodel.classifier;

import java.util.List;
import org.focalexplorer.toy.Divergence;
import org.focalexplorer.toy.ExplodingLoss;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;

/** The user's message for a {@link Divergence}, in the user's language, built from its fields. */
final class DivergenceText {
    private DivergenceText() {}

    static String of(Divergence d, TrainingSettings s, Messages m) {
        List<ModelRole> models = d.models();
        String where = models.size() > 1 ? m.get("classifier.divergence.models.both")
                : m.get("classifier.divergence.model." + models.get(0).name());
        String hint = s.model().priorInit() ? "" : m.get("classifier.divergence.priorHint");
        if (d.cause() == Divergence.Cause.LOSS_EXPLODED) {
            return m.format("classifier.divergence.exploded", String.valueOf(d.step()), where,
                    NumberText.format(d.value(), 4), NumberText.format(ExplodingLoss.FACTOR, 3),
                    NumberText.format(d.limit() / ExplodingLoss.FACTOR, 4), String.valueOf(d.step() - 1),
                    NumberText.format(s.optimizer().learningRate(), 3), hint);
        }
        String value = Double.isNaN(d.value()) ? "NaN" : d.value() > 0 ? "+∞" : "−∞";
        return m.format("classifier.divergence", String.valueOf(d.step()), where,
                m.get("classifier.divergence.cause." + d.cause().name()), value, String.valueOf(d.step() - 1),
                NumberText.format(s.optimizer().learningRate(), 3), hint);
    }
}
