package org.focalexplorer.viewmodel.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.BudgetLoss;
import org.focalexplorer.viewmodel.budget.LossBudgetViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 §6, the misconceptions answered where they arise (a sibling of {@link TeachingClaimsTest}):
 * each figure they quote is recomputed from the loss core and looked for in the English and Chinese text.
 */
class MisconceptionClaimsTest {
    private final Messages en = Messages.forLocale(Locale.ENGLISH);
    private final Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    /** "at pₜ = 0.6 with γ = 2 and α off its gradient is 41 % of CE’s" (the recall metric's tooltip). */
    @Test
    void fl_pushes_a_right_example_at_0_6_with_41_percent_of_ces_gradient() {
        double x = FocalCurves.logitOf(0.6);
        double share = FocalCurves.flGradient(x, 1.0, 2.0) / FocalCurves.ceGradient(x);
        // Appendix B by hand: (1 − p)^γ (1 − p − γ p ln p) / (1 − p)
        assertThat(share).isCloseTo(0.16 * (0.4 - 2 * 0.6 * Math.log(0.6)) / 0.4, org.assertj.core.api.Assertions.within(1e-12));
        String percent = NumberText.format(100 * share, 2);
        assertThat(percent).isEqualTo("41");
        assertThat(en.get("myth.recall")).contains("at pₜ = 0.6 with γ = 2 and α off its gradient is " + percent + " % of CE’s");
        assertThat(zh.get("myth.recall")).contains("γ = 2、关闭 α 时，pₜ = 0.6 处它的梯度只有交叉熵的 " + percent + " %");
    }

    /** "here the easy negatives still carry {0} % of FL’s gradient": the budget's live share, never 0 for FL. */
    @Test
    void the_ohem_answer_quotes_the_budgets_live_gradient_share() {
        ParameterViewModel parameters = new ParameterViewModel(en);
        LossBudgetViewModel budget = new LossBudgetViewModel(parameters, en);
        parameters.apply(Preset.PAPER_DEFAULT);
        double share = budget.gradientShareProperty(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES).get();
        assertThat(share).isGreaterThan(0.0);
        assertThat(budget.ohemProperty().get())
                .contains("the easy negatives still carry " + NumberText.format(100 * share, 3) + " % of FL’s gradient")
                .doesNotContain("32.8").doesNotContain("36.0"); // Table 1d's figures could not be checked against the paper text here
    }
}
