package org.focalexplorer.viewmodel.budget;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The loss-budget panel (issue #12): a population the user sets — n examples at one p_t in each of the
 * four groups easy/hard × positive/negative — and each group's share of the total loss and of the total
 * gradient under CE, α-CE and FL, recomputed live as α and γ move. The numbers come from {@link LossBudget}.
 */
public final class LossBudgetViewModel {
    public static final long MAX_COUNT = 10_000_000L;
    private static final int DIGITS = 3;

    private final ParameterViewModel parameters;
    private final Messages messages;
    private final Map<BudgetGroup, LossBudget.Population> population = new EnumMap<>(BudgetGroup.class);
    private final Map<BudgetGroup, ReadOnlyStringWrapper> countTexts = new EnumMap<>(BudgetGroup.class);
    private final Map<BudgetGroup, ReadOnlyStringWrapper> ptTexts = new EnumMap<>(BudgetGroup.class);
    private final Map<BudgetLoss, Map<BudgetGroup, ReadOnlyDoubleWrapper>> lossShares = new EnumMap<>(BudgetLoss.class);
    private final Map<BudgetLoss, Map<BudgetGroup, ReadOnlyDoubleWrapper>> gradientShares = new EnumMap<>(BudgetLoss.class);
    private final Map<BudgetLoss, Map<BudgetGroup, ReadOnlyStringWrapper>> texts = new EnumMap<>(BudgetLoss.class);
    private final ReadOnlyObjectWrapper<LossBudget> budget = new ReadOnlyObjectWrapper<>(this, "budget");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper ohem = new ReadOnlyStringWrapper(this, "ohem", "");

    public LossBudgetViewModel(ParameterViewModel parameters, Messages messages) {
        this.parameters = parameters;
        this.messages = messages;
        for (BudgetGroup g : BudgetGroup.values()) {
            population.put(g, new LossBudget.Population(g.defaultCount(), g.defaultPt()));
            countTexts.put(g, new ReadOnlyStringWrapper(this, "count" + g, Long.toString(g.defaultCount())));
            ptTexts.put(g, new ReadOnlyStringWrapper(this, "pt" + g, NumberText.exact(g.defaultPt())));
        }
        for (BudgetLoss l : BudgetLoss.values()) {
            lossShares.put(l, wrappers(l + "loss"));
            gradientShares.put(l, wrappers(l + "gradient"));
            Map<BudgetGroup, ReadOnlyStringWrapper> t = new EnumMap<>(BudgetGroup.class);
            for (BudgetGroup g : BudgetGroup.values()) {
                t.put(g, new ReadOnlyStringWrapper(this, "text" + l + g, ""));
            }
            texts.put(l, t);
        }
        parameters.parametersProperty().addListener((o, a, b) -> update());
        messages.bundleProperty().addListener(o -> {
            error.set("");
            update();
        });
        update();
    }

    private Map<BudgetGroup, ReadOnlyDoubleWrapper> wrappers(String name) {
        Map<BudgetGroup, ReadOnlyDoubleWrapper> m = new EnumMap<>(BudgetGroup.class);
        for (BudgetGroup g : BudgetGroup.values()) {
            m.put(g, new ReadOnlyDoubleWrapper(this, name + g, 0.0));
        }
        return m;
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<LossBudget> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty(BudgetGroup g) {
        return countTexts.get(g).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ptTextProperty(BudgetGroup g) {
        return ptTexts.get(g).getReadOnlyProperty();
    }

    /** The group's share of the loss's total, 0 to 1 (0 while the population is empty). */
    public ReadOnlyDoubleProperty lossShareProperty(BudgetLoss l, BudgetGroup g) {
        return lossShares.get(l).get(g).getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty gradientShareProperty(BudgetLoss l, BudgetGroup g) {
        return gradientShares.get(l).get(g).getReadOnlyProperty();
    }

    /** "CE: loss 43.7 % · gradient 35.0 %" */
    public ReadOnlyStringProperty textProperty(BudgetLoss l, BudgetGroup g) {
        return texts.get(l).get(g).getReadOnlyProperty();
    }

    /** One sentence: the easy negatives' share of the loss under CE and under FL. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Issue #12 §6: FL against hard-example mining (OHEM), with the easy negatives' live share of FL's gradient. */
    public ReadOnlyStringProperty ohemProperty() {
        return ohem.getReadOnlyProperty();
    }

    /** The last refused entry, one line naming the group, the value and the rule; "" otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The population as it is now (a copy): n examples at one pₜ per group. */
    public Map<BudgetGroup, LossBudget.Population> population() {
        return new EnumMap<>(population);
    }

    // ---- commands ----

    /** A typed count for a group: a whole number from 0 to {@link #MAX_COUNT}, else refused. */
    public boolean submitCount(BudgetGroup g, String typed) {
        OptionalDouble v = NumberParser.parse(typed);
        LossBudget.Population was = population.get(g);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble()) || v.getAsDouble() < 0 || v.getAsDouble() > MAX_COUNT) {
            error.set(messages.format("budget.error.count", typed, messages.get(g.key()),
                    MAX_COUNT, Long.toString(was.count())));
            return false;
        }
        population.put(g, new LossBudget.Population((long) v.getAsDouble(), was.pt()));
        countTexts.get(g).set(Long.toString((long) v.getAsDouble()));
        error.set("");
        update();
        return true;
    }

    /** A typed p_t for a group: a probability strictly between 0 and 1, else refused. */
    public boolean submitPt(BudgetGroup g, String typed) {
        OptionalDouble v = NumberParser.parse(typed);
        LossBudget.Population was = population.get(g);
        if (v.isEmpty() || !(v.getAsDouble() > 0.0 && v.getAsDouble() < 1.0)) {
            error.set(messages.format("budget.error.pt", typed, messages.get(g.key()), NumberText.exact(was.pt())));
            return false;
        }
        population.put(g, new LossBudget.Population(was.count(), v.getAsDouble()));
        ptTexts.get(g).set(typed.trim());
        error.set("");
        update();
        return true;
    }

    // ---- internals ----

    private void update() {
        LossBudget b = LossBudget.of(population, parameters.parameters().focal());
        budget.set(b);
        for (BudgetLoss l : BudgetLoss.values()) {
            for (BudgetGroup g : BudgetGroup.values()) {
                double loss = b.lossShare(l, g);
                double gradient = b.gradientShare(l, g);
                lossShares.get(l).get(g).set(Double.isNaN(loss) ? 0.0 : loss);
                gradientShares.get(l).get(g).set(Double.isNaN(gradient) ? 0.0 : gradient);
                texts.get(l).get(g).set(messages.format("budget.cell", messages.get(l.key()), percent(loss), percent(gradient)));
            }
        }
        summary.set(messages.format("budget.summary", percent(b.lossShare(BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES)),
                percent(b.lossShare(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES)),
                NumberText.exact(parameters.parameters().gamma())));
        ohem.set(messages.format("myth.ohem", percent(b.gradientShare(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES))));
    }

    private static String percent(double share) {
        return NumberText.format(100 * share, DIGITS);
    }
}
