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
                .contains("AP 32.8, FL 36.0"); // Table 1d's figures: PaperFiguresTest checks them against the paper's table
    }

    /**
     * "α is not the prior π" is answered once, where it arises (smp's docstring, the smp tab); the α
     * explanation only points there, by the tab's and the paragraph's own titles, in both languages.
     */
    @Test
    void alpha_is_not_the_prior_is_explained_once_in_the_smp_tab_and_pointed_at_from_the_alpha_section() {
        for (Messages m : new Messages[] {en, zh}) {
            String explanation = m.format("smp.alpha.text", "0.1");
            assertThat(explanation).contains("0.25").contains("1 : 1000").contains("π");
            assertThat(m.get("smp.alpha.textEmpty")).contains("0.25").contains("1 : 1000");
            String alpha = m.get("explain.alpha.text");
            String[] paragraphs = alpha.split("\n");
            String pointer = paragraphs[paragraphs.length - 1];
            assertThat(pointer).as("the pointer names the smp tab and the paragraph by their titles")
                    .contains(m.get("smp.alpha.title")).contains(m.get("smp.tab"));
            assertThat(alpha).as("the α section no longer argues it itself").doesNotContain("1 : 1000");
        }
    }
}
