package org.focalexplorer.viewmodel.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * The loss budget without a toolkit. Expected shares are computed here by hand from the formulas:
 * loss n · α_t (1 − p)^γ (−ln p), gradient n · α_t (1 − p)^γ (1 − p − γ p ln p) (Appendix B).
 */
class LossBudgetViewModelTest {
    private final ParameterViewModel parameters = new ParameterViewModel(TestMessages.english());
    private final LossBudgetViewModel vm = new LossBudgetViewModel(parameters, TestMessages.english());

    private static final long[] N = {100_000, 1_000, 50, 50};
    private static final double[] P = {0.99, 0.3, 0.8, 0.2};
    private static final boolean[] POSITIVE = {false, false, true, true};

    private static double[] byHand(double alpha, boolean alphaOn, double gamma, boolean gradient) {
        double[] v = new double[4];
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double a = alphaOn ? (POSITIVE[i] ? alpha : 1 - alpha) : 1.0;
            double m = Math.pow(1 - P[i], gamma);
            v[i] = N[i] * a * m * (gradient ? 1 - P[i] - gamma * P[i] * Math.log(P[i]) : -Math.log(P[i]));
            sum += v[i];
        }
        for (int i = 0; i < 4; i++) {
            v[i] /= sum;
        }
        return v;
    }

    @Test
    void the_shares_are_the_formulas_for_every_group_and_loss() {
        parameters.apply(Preset.PAPER_DEFAULT);
        double[] ce = byHand(0.25, false, 0, false);
        double[] alphaCe = byHand(0.25, true, 0, false);
        double[] fl = byHand(0.25, true, 2, false);
        double[] flGradient = byHand(0.25, true, 2, true);
        BudgetGroup[] groups = BudgetGroup.values();
        for (int i = 0; i < 4; i++) {
            assertThat(vm.lossShareProperty(BudgetLoss.CE, groups[i]).get()).isCloseTo(ce[i], within(1e-12));
            assertThat(vm.lossShareProperty(BudgetLoss.ALPHA_CE, groups[i]).get()).isCloseTo(alphaCe[i], within(1e-12));
            assertThat(vm.lossShareProperty(BudgetLoss.FL, groups[i]).get()).isCloseTo(fl[i], within(1e-12));
            assertThat(vm.gradientShareProperty(BudgetLoss.FL, groups[i]).get()).isCloseTo(flGradient[i], within(1e-12));
        }
        // the paper's argument: under CE the 100,000 easy negatives carry 43.7 % of the loss, under FL almost none
        assertThat(ce[0]).isCloseTo(0.437, within(0.001));
        assertThat(fl[0]).isLessThan(0.001);
        assertThat(vm.summaryProperty().get()).isEqualTo("The easy negatives carry 43.7 % of the loss under CE and "
                + org.focalexplorer.text.NumberText.format(100 * fl[0], 3) + " % under FL (γ = 2): the paper’s argument in one number.");
        assertThat(vm.textProperty(BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES).get())
                .isEqualTo("CE: loss 43.7 % · gradient " + org.focalexplorer.text.NumberText.format(100 * byHand(0, false, 0, true)[0], 3) + " %");
    }

    @Test
    void the_shares_follow_gamma_live() {
        double before = vm.lossShareProperty(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES).get();
        parameters.gamma().submit("0");
        assertThat(vm.lossShareProperty(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES).get())
                .as("γ = 0, α off: FL is CE").isCloseTo(vm.lossShareProperty(BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES).get(), within(1e-15));
        assertThat(before).isLessThan(vm.lossShareProperty(BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES).get());
    }

    @Test
    void a_changed_population_is_used_and_bad_entries_are_refused_with_one_line() {
        assertThat(vm.submitCount(BudgetGroup.EASY_NEGATIVES, "0")).isTrue();
        assertThat(vm.lossShareProperty(BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES).get()).isZero();
        assertThat(vm.submitPt(BudgetGroup.HARD_POSITIVES, "0.05")).isTrue();
        assertThat(vm.ptTextProperty(BudgetGroup.HARD_POSITIVES).get()).isEqualTo("0.05");

        assertThat(vm.submitCount(BudgetGroup.HARD_NEGATIVES, "2.5")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("“2.5” is not a whole number from 0 to 10,000,000; Hard negatives stay 1000.");
        assertThat(vm.submitCount(BudgetGroup.HARD_NEGATIVES, "20000000")).isFalse();
        assertThat(vm.submitPt(BudgetGroup.EASY_POSITIVES, "1")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("“1” is not a probability between 0 and 1; Easy positives stay at pₜ = 0.8.");
        assertThat(vm.countTextProperty(BudgetGroup.HARD_NEGATIVES).get()).isEqualTo("1000");
        assertThat(vm.submitPt(BudgetGroup.EASY_POSITIVES, "0.9")).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void every_text_is_in_chinese_after_a_language_switch() {
        Messages m = Messages.forLocale(Locale.ENGLISH);
        LossBudgetViewModel switching = new LossBudgetViewModel(parameters, m);
        m.switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(switching.textProperty(BudgetLoss.FL, BudgetGroup.HARD_POSITIVES).get()).startsWith("焦点损失：损失 ");
        assertThat(switching.summaryProperty().get()).startsWith("易分负样本在交叉熵下占总损失的 43.7 %");
    }
}
