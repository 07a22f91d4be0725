package org.focalexplorer.viewmodel.multiclass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.focalexplorer.plot.ClassMarks;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.toy.MulticlassData;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassLossParams;
import org.focalexplorer.toy.MulticlassMetrics;
import org.focalexplorer.toy.MulticlassModelState;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.viewmodel.text.Messages;

/** Turns a multi-class snapshot into the texts and marks the lab shows (runs on the training thread). */
public final class MulticlassFrameBuilder implements Function<MulticlassSnapshot, MulticlassFrame> {
    private final Messages m;

    public MulticlassFrameBuilder(Messages m) {
        this.m = m;
    }

    @Override
    public MulticlassFrame apply(MulticlassSnapshot s) {
        List<String> names = classNames(s.settings().classes(), m);
        MulticlassData train = s.data().train();
        List<ClassPanel> panels = new ArrayList<>();
        for (MulticlassModelState model : s.models()) {
            panels.add(panel(model, s.params(), train, names));
        }
        return new MulticlassFrame(s, panels, note(s));
    }

    /** "Background", "Class 1", … */
    static List<String> classNames(int classes, Messages m) {
        List<String> names = new ArrayList<>();
        names.add(m.get("multiclass.class.background"));
        for (int k = 1; k < classes; k++) {
            names.add(m.format("multiclass.class.foreground", String.valueOf(k)));
        }
        return names;
    }

    private ClassPanel panel(MulticlassModelState model, MulticlassLossParams p, MulticlassData train, List<String> names) {
        MulticlassLoss loss = model.loss();
        MulticlassMetrics test = model.test();
        List<List<String>> rows = new ArrayList<>();
        for (MulticlassMetrics.ClassMetrics c : test.perClass()) {
            // The class's share of the data is the same for every model: the settings show it once.
            rows.add(List.of(names.get(c.classIndex()), percent(c.recall()),
                    NumberText.format(c.averagePrecision(), 3), percent(model.lossShare(c.classIndex()))));
        }
        List<String> headers = List.of(m.get("multiclass.table.class"), m.get("multiclass.table.recall"), m.get("multiclass.table.ap"), m.get("multiclass.table.lossShare"));
        String summary = m.format("multiclass.summary", NumberText.format(test.macroAp(), 3), percent(test.accuracy()),
                NumberText.format(model.trainLoss(), 4));
        return new ClassPanel(loss, m.get("multiclass.loss." + loss.id()), formula(loss, p),
                model.field(), ClassMarks.of(train, model.pointWeights(), weightScale(loss, p, train)),
                headers, rows, summary, names, test.confusion());
    }

    /** N / Σ α_y for the losses that divide their sum by Σ α_y: a point's share of the mean relative to CE's. */
    static double weightScale(MulticlassLoss loss, MulticlassLossParams p, MulticlassData train) {
        if (!loss.usesAlphaVector()) {
            return 1.0;
        }
        double sum = 0;
        for (int i = 0; i < train.size(); i++) {
            sum += p.alphaVector().get(train.label(i));
        }
        return sum > 0 ? train.size() / sum : 1.0;
    }

    private String formula(MulticlassLoss loss, MulticlassLossParams p) {
        String gamma = NumberText.exact(p.gamma());
        return switch (loss) {
            case CE -> m.get("multiclass.formula.ce");
            case WEIGHTED_CE -> m.get("multiclass.formula.weighted-ce");
            case SOFTMAX_FOCAL -> m.format("multiclass.formula.softmax-focal", gamma);
            case OVR_FOCAL -> m.format("multiclass.formula.ovr-focal", gamma,
                    p.focal().alphaOn() ? NumberText.exact(p.focal().alpha()) : m.get("multiclass.alpha.none"));
        };
    }

    /**
     * At γ = 0 the seed's softmax focal loss is CE weighted by α: when both train, the lab says whether their
     * weights are the same bit for bit (they are, unless γ was not 0 at some step since the reset).
     */
    private String note(MulticlassSnapshot s) {
        List<MulticlassLoss> losses = s.settings().losses();
        if (s.params().gamma() != 0 || !losses.contains(MulticlassLoss.WEIGHTED_CE)
                || !losses.contains(MulticlassLoss.SOFTMAX_FOCAL)) {
            return "";
        }
        boolean same = Arrays.equals(s.model(MulticlassLoss.WEIGHTED_CE).parameters(),
                s.model(MulticlassLoss.SOFTMAX_FOCAL).parameters());
        return same ? m.format("multiclass.note.gamma0.same", String.valueOf(s.step()))
                : m.get("multiclass.note.gamma0.history");
    }

    private String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : m.format("classifier.percent", NumberText.format(100.0 * fraction, 3));
    }
}
