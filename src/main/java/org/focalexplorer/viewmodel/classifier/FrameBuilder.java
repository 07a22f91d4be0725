package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.PointMarks;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.settings.Figure4Class;
import java.util.List;
import java.util.function.Function;
import org.focalexplorer.analysis.CumulativeLoss;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.loss.LossParallelism;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.Predictions;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Builds a {@link ClassifierFrame} from a snapshot: the analysis, the point marks, the plots and the
 * texts. Pure and thread-safe; it runs on the training thread so that the UI thread only draws.
 */
public final class FrameBuilder implements Function<TrainingSnapshot, ClassifierFrame> {
    private final Messages messages;
    private final java.util.function.DoubleSupplier threshold;

    public FrameBuilder(Messages messages) {
        this(messages, () -> 0.5);
    }

    /** @param threshold the recall and precision threshold, read once per frame (any thread) */
    FrameBuilder(Messages messages, java.util.function.DoubleSupplier threshold) {
        this.messages = messages;
        this.threshold = threshold;
    }

    /**
     * The frame of snapshot {@code s}. The two panels are independent pure functions of the snapshot, so they are
     * built side by side on {@link LossParallelism}'s threads (the lab: two; one in a benchmark that sets one):
     * less wall time, the same frame.
     */
    @Override
    public ClassifierFrame apply(TrainingSnapshot s) {
        ModelRole[] roles = {ModelRole.REFERENCE, ModelRole.FOCAL};
        ModelPanel[] panels = new ModelPanel[roles.length];
        double t = threshold.getAsDouble(); // once: both panels count at the same threshold
        LossParallelism.forEach(roles.length, k -> panels[k] = panel(s, roles[k], t));
        return new ClassifierFrame(s, panels[0], panels[1], TrainingCurvePlot.of(s, messages));
    }

    private ModelPanel panel(TrainingSnapshot s, ModelRole role, double threshold) {
        ModelState model = s.model(role);
        Predictions train = model.train();
        LossShares shares = LossShares.of(train, model.loss(), TrainingAnalysis.DEFAULT_HARDEST_FRACTION);
        List<CumulativeLoss.Curves> figure4 = train.allFinite() ? CumulativeLoss.figure4(train) : List.of();
        String title = messages.format(role == ModelRole.REFERENCE ? "classifier.model.reference" : "classifier.model.focal",
                LossNames.of(model.loss(), messages));
        List<Double> values = MetricValues.of(model, shares, threshold);
        return new ModelPanel(role, title, model.field(), PointMarks.of(s.data().train(), model),
                MetricTexts.of(values, messages), values, PtHistogram.of(train, messages),
                Figure4Plot.of(figure4, Figure4Class.POSITIVES, messages),
                Figure4Plot.of(figure4, Figure4Class.NEGATIVES, messages));
    }
}
