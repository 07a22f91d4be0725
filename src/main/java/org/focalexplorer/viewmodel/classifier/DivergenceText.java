package org.focalexplorer.viewmodel.classifier;

import java.util.List;
import org.focalexplorer.toy.Divergence;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.viewmodel.text.NumberText;

/** The user's message for a {@link Divergence}, in the user's language, built from its fields. */
final class DivergenceText {
    private DivergenceText() {}

    static String of(Divergence d, TrainingSettings s, Messages m) {
        List<ModelRole> models = d.models();
        String where = models.size() > 1 ? m.get("classifier.divergence.models.both")
                : m.get("classifier.divergence.model." + models.get(0).name());
        String value = Double.isNaN(d.value()) ? "NaN" : d.value() > 0 ? "+∞" : "−∞";
        String hint = s.model().priorInit() ? "" : m.get("classifier.divergence.priorHint");
        return m.format("classifier.divergence", String.valueOf(d.step()), where,
                m.get("classifier.divergence.cause." + d.cause().name()), value, String.valueOf(d.step() - 1),
                NumberText.format(s.optimizer().learningRate(), 3), hint);
    }
}
