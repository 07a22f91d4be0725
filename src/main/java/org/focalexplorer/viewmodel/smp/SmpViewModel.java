package org.focalexplorer.viewmodel.smp;

import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.LossBudget;
import org.focalexplorer.viewmodel.budget.LossBudgetViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The smp tab (issue #12 §5): segmentation_models_pytorch's FocalLoss options the paper does not have,
 * each computed by the loss core — reduced_threshold (a control whose r the curves overlay), normalized
 * (on the loss budget's population), ignore_index (a masking demo, with the batchwise_mean quirk), and
 * why smp's alpha is not the prior its docstring calls it.
 */
public final class SmpViewModel {
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Reductions the masking demo offers ("none" is what the per-element lines show). */
    public static final Reduction[] DEMO_REDUCTIONS = {Reduction.MEAN, Reduction.SUM, Reduction.BATCHWISE_MEAN};
    private static final int DIGITS = 3;
    /** Just above r, where the reduced focal term takes its value ((1 − r)/r)^γ (the limit from above). */
    private static final double ABOVE = 1e-9;

    private final ParameterViewModel parameters;
    private final LossBudgetViewModel budget;
    private final Messages messages;

    private final BooleanProperty reducedOn = new SimpleBooleanProperty(this, "reducedOn", false);
    private double threshold = DEFAULT_THRESHOLD;
    private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper(this, "thresholdText",
            NumberText.exact(DEFAULT_THRESHOLD));
    private final ReadOnlyObjectWrapper<Double> activeThreshold = new ReadOnlyObjectWrapper<>(this, "activeThreshold");
    private final ReadOnlyStringWrapper reducedText = new ReadOnlyStringWrapper(this, "reducedText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper normalizedText = new ReadOnlyStringWrapper(this, "normalizedText", "");
    private final ReadOnlyStringWrapper alphaText = new ReadOnlyStringWrapper(this, "alphaText", "");
    private final BooleanProperty[] masked = new BooleanProperty[MaskingDemo.size()];
    private final ReadOnlyStringWrapper[] elementTexts = new ReadOnlyStringWrapper[MaskingDemo.size()];
    private final ObjectProperty<Reduction> demoReduction = new SimpleObjectProperty<>(this, "demoReduction", Reduction.MEAN);
    private final ReadOnlyStringWrapper maskResult = new ReadOnlyStringWrapper(this, "maskResult", "");
    private final ReadOnlyObjectWrapper<MaskingDemo.Result> demo = new ReadOnlyObjectWrapper<>(this, "demo");
    private final ReadOnlyObjectWrapper<NormalizedLoss> normalized = new ReadOnlyObjectWrapper<>(this, "normalized");

    public SmpViewModel(ParameterViewModel parameters, LossBudgetViewModel budget, Messages messages) {
        this.parameters = parameters;
        this.budget = budget;
        this.messages = messages;
        for (int i = 0; i < masked.length; i++) {
            // one hard negative masked to begin with, as a void pixel on an object's border would be
            masked[i] = new SimpleBooleanProperty(this, "masked" + i, i == 4);
            elementTexts[i] = new ReadOnlyStringWrapper(this, "element" + i, "");
        }
        for (Observable o : new Observable[] {parameters.parametersProperty(), budget.budgetProperty(), reducedOn,
                demoReduction}) {
            o.addListener(x -> update());
        }
        for (BooleanProperty m : masked) {
            m.addListener(x -> update());
        }
        messages.bundleProperty().addListener(o -> {
            error.set("");
            update();
        });
        update();
    }

    // ---- properties ----

    /** Whether smp's reduced_threshold is on (the curves then overlay the reduced focal loss). */
    public BooleanProperty reducedOnProperty() {
        return reducedOn;
    }

    public ReadOnlyStringProperty thresholdTextProperty() {
        return thresholdText.getReadOnlyProperty();
    }

    /** r while reduced_threshold is on, null while it is off: what the curves overlay. */
    public ReadOnlyObjectProperty<Double> activeThresholdProperty() {
        return activeThreshold.getReadOnlyProperty();
    }

    public double threshold() {
        return threshold;
    }

    public ReadOnlyStringProperty reducedTextProperty() {
        return reducedText.getReadOnlyProperty();
    }

    /** The last refused r, one line naming the value and the rule; "" otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty normalizedTextProperty() {
        return normalizedText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NormalizedLoss> normalizedProperty() {
        return normalized.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alphaTextProperty() {
        return alphaText.getReadOnlyProperty();
    }

    public BooleanProperty maskedProperty(int i) {
        return masked[i];
    }

    public ReadOnlyStringProperty elementTextProperty(int i) {
        return elementTexts[i].getReadOnlyProperty();
    }

    public ObjectProperty<Reduction> demoReductionProperty() {
        return demoReduction;
    }

    public ReadOnlyStringProperty maskResultProperty() {
        return maskResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MaskingDemo.Result> demoProperty() {
        return demo.getReadOnlyProperty();
    }

    // ---- commands ----

    /** A typed r: a number in (0, 1], as smp requires of a probability threshold; else refused. */
    public boolean submitThreshold(String typed) {
        OptionalDouble v = NumberParser.parse(typed);
        if (v.isEmpty() || !(v.getAsDouble() > 0.0 && v.getAsDouble() <= 1.0)) {
            error.set(messages.format("smp.reduced.error", typed, NumberText.exact(threshold)));
            return false;
        }
        threshold = v.getAsDouble();
        thresholdText.set(NumberText.exact(threshold));
        error.set("");
        update();
        return true;
    }

    // ---- internals ----

    private void update() {
        FocalSetting setting = parameters.parameters().focal();
        Double r = reducedOn.get() ? threshold : null;
        activeThreshold.set(r);
        reducedText.set(reducedOn.get() ? reducedSentence(setting.gamma(), threshold) : messages.get("smp.reduced.off"));
        java.util.Map<BudgetGroup, LossBudget.Population> population = budget.population();
        NormalizedLoss n = NormalizedLoss.of(population, setting, r);
        normalized.set(n);
        String withR = r == null ? "" : messages.format("smp.withR", NumberText.exact(r));
        normalizedText.set(n.count() == 0 ? messages.get("smp.normalized.empty")
                : messages.format("smp.normalized.text", n.count(), withR, num(n.ceSum()), num(n.flSum()),
                        num(n.focalSum()), num(n.normalized()), num(n.ceMean()), num(n.normalizedMean()),
                        num(n.ceSum() / n.flSum())));
        long positives = population.get(BudgetGroup.EASY_POSITIVES).count() + population.get(BudgetGroup.HARD_POSITIVES).count();
        alphaText.set(n.count() == 0 ? messages.get("smp.alpha.textEmpty")
                : messages.format("smp.alpha.text", num(100.0 * positives / n.count())));
        updateDemo(setting, r, withR);
    }

    private void updateDemo(FocalSetting setting, Double r, String withR) {
        boolean[] m = new boolean[masked.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = masked[i].get();
        }
        Reduction reduction = demoReduction.get();
        MaskingDemo.Result res = MaskingDemo.compute(m, setting, r, reduction);
        demo.set(res);
        for (int i = 0; i < m.length; i++) {
            String x = NumberText.exact(MaskingDemo.logit(i));
            elementTexts[i].set(m[i]
                    ? messages.format("smp.mask.element.masked", x, MaskingDemo.IGNORE_INDEX, num(res.grad()[i]))
                    : messages.format("smp.mask.element", x, NumberText.exact(MaskingDemo.target(i)),
                            num(res.perElement()[i]), num(res.grad()[i])));
        }
        String value = num(res.reduced());
        maskResult.set(switch (reduction) {
            case MEAN -> res.kept() == 0 ? messages.get("smp.mask.result.allMasked")
                    : messages.format("smp.mask.result.mean", value, res.kept(), MaskingDemo.size(), withR);
            case SUM -> messages.format("smp.mask.result.sum", value, res.kept(), withR);
            case BATCHWISE_MEAN -> messages.format("smp.mask.result.batchwise", value, res.kept(),
                    columns(MaskingDemo.unflattenedBatchwise(setting, r)), withR);
            default -> throw new IllegalStateException("the demo offers no reduction " + reduction);
        });
    }

    private String reducedSentence(double gamma, double r) {
        if (gamma == 0.0) {
            return messages.get("smp.reduced.gammaZero");
        }
        String rText = NumberText.exact(r);
        if (r == 1.0) {
            return messages.format("smp.reduced.one", rText);
        }
        double probe = r <= 0.9 ? 0.9 : (1.0 + r) / 2;
        double x = FocalCurves.logitOf(probe);
        double reduced = FocalCurves.reducedFactorOfLogit(x, gamma, r);
        double focal = FocalCurves.modulatingFactorOfLogit(x, gamma);
        StringBuilder s = new StringBuilder(messages.format("smp.reduced.text", rText, num(reduced / focal),
                NumberText.exact(probe), num(reduced), num(focal)));
        double atR = FocalCurves.reducedFactorOfLogit(FocalCurves.logitOf(r) + ABOVE, gamma, r);
        if (r < 0.5) {
            s.append(' ').append(messages.format("smp.reduced.raises", rText, NumberText.exact(1.0 - r), num(atR)));
        } else if (r > 0.5) {
            s.append(' ').append(messages.format("smp.reduced.jump", rText, num(atR)));
        }
        return s.toString();
    }

    private String columns(double[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(num(v[i]));
        }
        return s.toString();
    }

    private static String num(double v) {
        return NumberText.significant(v, DIGITS);
    }
}
