package org.focalexplorer.viewmodel.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberText;
import org.junit.jupiter.api.Test;

/**
 * Predict, then reveal (issue #12), without a toolkit: each step that teaches a number or a direction asks
 * first; the answers are the loss core's (checked here against the formulas by hand); the verdict says how
 * far a guess was; guesses are kept like the step.
 */
class PredictThenRevealTest {
    private final PreferenceStore prefs = new MemoryPreferenceStore();
    private final ExplorerViewModel explorer = explorer(TestMessages.english(), prefs);
    private final LessonsViewModel lessons = explorer.lessons();

    private static ExplorerViewModel explorer(Messages m, PreferenceStore prefs) {
        return new ExplorerViewModel(m, Runnable::run, QueueScheduler.immediate(), Runnable::run, prefs);
    }

    private QuestionViewModel question(String id) {
        return lessons.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static double number(QuestionViewModel q) {
        return ((Question.Number) q.question().answer()).value();
    }

    private static String correctChoice(QuestionViewModel q) {
        return q.choices().get(((Question.Choice) q.question().answer()).correct());
    }

    @Test
    void every_step_that_teaches_a_number_or_a_direction_asks_first() {
        List<List<String>> asked = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.lesson().size(); i++) {
            lessons.start(i);
            asked.add(lessons.questions().stream().map(QuestionViewModel::id).toList());
            assertThat(lessons.revealedProperty().get()).as("step %d", i + 1).isEqualTo(lessons.questions().isEmpty());
        }
        assertThat(asked).containsExactly(List.of("ce.ratio"), List.of("focal.easy", "focal.hard"),
                List.of("numbers.ratio", "numbers.gamma"), List.of("gradients.pull", "gradients.focus"),
                List.of("alpha.direction", "alpha.ratio"), List.of("live.share"), List.of("figure4.curve"),
                List.of("prior.bias"), List.of("multiclass.scale", "multiclass.sum"), List.of("predictions.effective"));
    }

    /** The answers, each recomputed by hand from the formulas. */
    @Test
    void the_answers_are_the_loss_core_values() {
        lessons.start(0); // 1000 × −ln 0.95 / (10 × −ln 0.1)
        assertThat(number(question("ce.ratio"))).isCloseTo(1000 * -Math.log(0.95) / (10 * -Math.log(0.1)), within(1e-12));
        lessons.start(1);
        assertThat(correctChoice(question("focal.easy"))).isEqualTo("it falls");
        assertThat(correctChoice(question("focal.hard"))).as("FL never raises a loss").isEqualTo("it falls");
        lessons.start(2);
        assertThat(number(question("numbers.ratio"))).isCloseTo(100, within(1e-9));
        assertThat(number(question("numbers.gamma"))).as("0.1^γ = 1/1000").isCloseTo(3, within(1e-12));
        lessons.start(3); // |dFL/dx| = 0.81 (0.9 − 0.2 ln 0.1) = 1.102 against 0.9: 1.22×, "a little harder"
        assertThat(correctChoice(question("gradients.pull"))).isEqualTo("a little harder than CE (1× to 2×)");
        double flHard = 0.81 * (0.9 - 0.2 * Math.log(0.1));
        double flEasy = 0.01 * (0.1 - 1.8 * Math.log(0.9));
        assertThat(number(question("gradients.focus"))).isCloseTo(flHard / flEasy, within(1e-9));
        lessons.start(4);
        assertThat(correctChoice(question("alpha.direction"))).isEqualTo("it falls");
        assertThat(number(question("alpha.ratio"))).isCloseTo(3, within(1e-12));
    }

    @Test
    void the_text_and_the_probe_wait_for_the_guesses_then_show_the_answer_and_how_far_the_guess_was() {
        lessons.start(2);
        var probe = explorer.probe();
        assertThat(lessons.revealedProperty().get()).isFalse();
        assertThat(probe.summaryProperty().get()).isEqualTo(
                "At pₜ = 0.9: make your guess in the lesson card first; the probe’s verdict follows.");
        assertThat(probe.textProperty(org.focalexplorer.viewmodel.probe.Quantity.RATIO).get()).isEqualTo("?");

        QuestionViewModel ratio = question("numbers.ratio");
        assertThat(ratio.prompt()).isEqualTo("With γ = 2, how many times smaller than under CE is the loss of an example at pₜ = 0.9?");
        assertThat(ratio.submit("40")).isTrue();
        assertThat(ratio.feedbackProperty().get())
                .isEqualTo("Your guess: 40. The loss core says 100: 2.5× too low. (1 − 0.9)² = 0.0100, so CE / FL = 100.");
        assertThat(lessons.revealedProperty().get()).as("one of two answered").isFalse();

        QuestionViewModel gamma = question("numbers.gamma");
        assertThat(gamma.submit("2")).isTrue();
        assertThat(gamma.feedbackProperty().get()).isEqualTo("Your guess: 2. The answer is 3: off by 1. Worked answer: "
                + "(1 − 0.9)ᵞ = 1/1000, so γ = log 1000 / −log(1 − 0.9) = 3; check: CE / FL = 1000.");
        assertThat(lessons.revealedProperty().get()).isTrue();
        assertThat(probe.summaryProperty().get()).isEqualTo(
                "At pₜ = 0.9 the loss is 100× smaller than under CE, the gradient 34.5× smaller.");
        assertThat(probe.textProperty(org.focalexplorer.viewmodel.probe.Quantity.RATIO).get()).isEqualTo("100");

        assertThat(ratio.submit("105")).isTrue(); // a second guess replaces the first
        assertThat(ratio.feedbackProperty().get()).startsWith("Your guess: 105. The loss core says 100: spot on (within 10 %).");
        assertThat(ratio.submit("1000")).isTrue();
        assertThat(ratio.feedbackProperty().get()).startsWith("Your guess: 1000. The loss core says 100: 10× too high.");

        lessons.leave();
        assertThat(probe.concealedProperty().get()).as("no lesson, nothing hidden").isFalse();
    }

    @Test
    void a_choice_says_right_or_not_quite_with_the_core_numbers() {
        lessons.start(1);
        QuestionViewModel easy = question("focal.easy");
        assertThat(easy.choices()).containsExactly("it rises", "it stays the same", "it falls");
        easy.choose(0);
        // −ln 0.9 = 0.105 at γ = 0; 0.1⁵ × 0.105 = 1.05×10⁻⁶ at γ = 5: 10⁵ times smaller
        assertThat(easy.feedbackProperty().get())
                .isEqualTo("Not quite: it falls. It is 0.105 at γ = 0 and 1.05×10⁻⁶ at γ = 5: 100000 times smaller.");
        QuestionViewModel hard = question("focal.hard");
        hard.choose(2); // 0.9⁵ = 59.0 % kept, against 0.1⁵ = 0.00100 %
        assertThat(hard.feedbackProperty().get()).startsWith("Right: it falls. It is 2.30 at γ = 0 and 1.36 at γ = 5: "
                + "it keeps 59.0 % of its loss, the easy one 0.00100 %.").contains("never raises a loss");
        assertThat(lessons.revealedProperty().get()).isTrue();
    }

    @Test
    void a_guess_that_is_not_a_number_is_refused_and_reveals_nothing() {
        lessons.start(0);
        QuestionViewModel q = question("ce.ratio");
        assertThat(q.submit("lots")).isFalse();
        assertThat(q.errorProperty().get()).isEqualTo("“lots” is not a number: type a number such as 100.");
        assertThat(q.isAnswered()).isFalse();
        assertThat(q.feedbackProperty().get()).isEmpty();
        assertThat(prefs.get("lessons.paper.guess.ce.ratio", "")).as("nothing kept").isEmpty();
        assertThat(q.submit("2")).isTrue();
        assertThat(q.errorProperty().get()).isEmpty();
        assertThat(q.feedbackProperty().get()).startsWith("Your guess: 2. The loss core says 2.23:")
                .endsWith("Together the easy ones carry 51.3, the hard ones 23.0.");
    }

    @Test
    void guesses_are_kept_like_the_step_in_a_new_window_and_in_the_other_language() {
        lessons.start(4);
        question("alpha.direction").choose(2);
        question("alpha.ratio").submit("3");
        assertThat(lessons.revealedProperty().get()).isTrue();

        ExplorerViewModel again = explorer(TestMessages.english(), prefs);
        again.lessons().resume();
        assertThat(again.lessons().stepIndexProperty().get()).isEqualTo(4);
        assertThat(again.lessons().revealedProperty().get()).isTrue();
        assertThat(again.lessons().questions().get(1).feedbackProperty().get()).startsWith("Your guess: 3. The loss core says 3: spot on");

        ExplorerViewModel zh = explorer(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), prefs);
        zh.lessons().resume();
        assertThat(zh.lessons().questions().get(0).feedbackProperty().get()).startsWith("答对了：变小。");
        assertThat(zh.lessons().questions().get(1).feedbackProperty().get()).startsWith("你的猜测：3。损失核心算出 3：猜中了");

        lessons.clearGuesses();
        assertThat(lessons.revealedProperty().get()).isFalse();
        assertThat(lessons.questions()).noneMatch(QuestionViewModel::isAnswered);
        assertThat(explorer(TestMessages.english(), prefs).lessons().questions()).noneMatch(QuestionViewModel::isAnswered);
    }

    @Test
    void a_language_switch_keeps_the_guess_and_translates_the_verdict() {
        lessons.start(3);
        question("gradients.focus").submit("50");
        explorer.messages().switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(question("gradients.focus").feedbackProperty().get())
                .startsWith("你的猜测：50。损失核心算出 380：猜低了，答案是你猜的 7.6 倍。");
    }

    /** Steps 6 to 10: each answer and each number its explanation quotes, recomputed by hand. */
    @Test
    void the_live_and_later_steps_answer_with_bounds_directions_and_core_values() {
        lessons.start(5);
        QuestionViewModel share = question("live.share");
        assertThat(share.choices()).containsExactly("larger than the CE side’s", "smaller, but more than half of the CE side’s",
                "below half of the CE side’s");
        assertThat(correctChoice(share)).isEqualTo("below half of the CE side’s");
        share.choose(1);
        // an easy negative (p_t > 0.9) keeps (1 − α)(1 − p_t)ᵞ < 0.75 × 0.1² = 0.75 % of its CE
        assertThat(share.feedbackProperty().get()).isEqualTo("Not quite: below half of the CE side’s. It stays below half "
                + "of the CE side’s at every step count measured, from the first step on, and so it does on the test points: an easy negative (pₜ above 0.9) "
                + "keeps at most (1 − 0.25)(1 − 0.9)² = 0.750 % of its CE under focal loss. Watch both readouts as the "
                + "models train.");
        assertThat(lessons.revealedProperty().get()).isTrue();

        lessons.start(6);
        QuestionViewModel curve = question("figure4.curve");
        assertThat(correctChoice(curve)).isEqualTo("below it");
        double[] pts = {0.99, 0.9, 0.6, 0.2};
        double[] ce = new double[4];
        double[] fl = new double[4];
        for (int i = 0; i < 4; i++) {
            ce[i] = -Math.log(pts[i]);
            fl[i] = (1 - pts[i]) * (1 - pts[i]) * ce[i];
        }
        double ceShare = (ce[0] + ce[1]) / (ce[0] + ce[1] + ce[2] + ce[3]);
        double flShare = (fl[0] + fl[1]) / (fl[0] + fl[1] + fl[2] + fl[3]);
        assertThat(flShare).isLessThan(ceShare);
        curve.choose(2);
        assertThat(curve.feedbackProperty().get()).startsWith("Right: below it. The weight (1 − pₜ)ᵞ grows with the loss")
                .endsWith("Four negatives at pₜ = 0.99, 0.9, 0.6 and 0.2: the easier two carry "
                        + NumberText.significant(100 * ceShare, 3) + " % of their CE but "
                        + NumberText.significant(100 * flShare, 3) + " % of their focal loss.");

        lessons.start(7); // b = −log(0.99 / 0.01) = −log 99
        QuestionViewModel bias = question("prior.bias");
        assertThat(number(bias)).isCloseTo(-Math.log(99), within(1e-12));
        assertThat(1 / (1 + Math.exp(-number(bias)))).as("σ(b) = π").isCloseTo(0.01, within(1e-15));
        assertThat(bias.submit("-4.5")).isTrue();
        assertThat(bias.feedbackProperty().get()).isEqualTo("Your guess: -4.5. The loss core says −4.6: spot on (within 10 %). "
                + "b = −log(0.99/0.01) = −4.60: σ(b) = 0.01 for every point, so a negative starts with the loss −log 0.99 = "
                + NumberText.significant(-Math.log(0.99), 3) + " instead of log 2 = 0.693 at p = 0.5.");
        assertThat(bias.submit("-1")).isTrue();
        assertThat(bias.feedbackProperty().get()).startsWith("Your guess: -1. The answer is −4.6: off by 3.6.");

        lessons.start(8);
        QuestionViewModel scale = question("multiclass.scale");
        assertThat(correctChoice(scale)).isEqualTo("it stays the same");
        scale.choose(0);
        assertThat(scale.feedbackProperty().get()).startsWith("Not quite: it stays the same. On a batch of 4 rows, one per "
                + "class, at γ = 2: ").contains("with the step’s α").endsWith("only the ratios of the α’s matter.");
        QuestionViewModel sum = question("multiclass.sum");
        assertThat(number(sum)).isEqualTo(9 * 0.25 + 1);
        assertThat(sum.submit("10")).isTrue();
        assertThat(sum.feedbackProperty().get()).isEqualTo("Your guess: 10. The loss core says 3.25: 3.1× too high. "
                + "By Σ α_y = 9 × 0.25 + 1 × 1 = 3.25, not by the 10 rows, as torch’s F.cross_entropy(weight=α) does.");

        lessons.start(9);
        QuestionViewModel effective = question("predictions.effective");
        assertThat(effective.prompt()).contains("20,000 test points").contains("γ = 2");
        assertThat(correctChoice(effective)).isEqualTo("fewer than 200"); // the rows decide: PredictionsLessonClaimsTest
        effective.choose(0);
        assertThat(effective.feedbackProperty().get()).isEqualTo("Not quite: fewer than 200. At γ = 2 fewer than 200 of "
                + "the 20,000 still count; at γ = 0 nearly all do. The line above the table gives the exact number as γ moves.");
    }

    /** On the lab steps the readouts the question asks about wait for the guess, like the probe on steps 1–5. */
    @Test
    void the_lab_holds_back_the_share_and_figure_4_until_the_guess() {
        var lab = explorer.classifier();
        lessons.start(5);
        lab.step(10);
        assertThat(lab.concealedProperty().get()).isTrue();
        assertThat(lab.conceals(org.focalexplorer.plot.Metric.EASY_NEGATIVE_LOSS)).isTrue();
        assertThat(lab.conceals(org.focalexplorer.plot.Metric.AVERAGE_PRECISION)).isFalse();
        for (var role : org.focalexplorer.toy.ModelRole.values()) {
            assertThat(lab.figure4Property(role).get()).as("%s", role).isNull();
        }
        question("live.share").choose(2);
        assertThat(lab.concealedProperty().get()).isFalse();
        for (var role : org.focalexplorer.toy.ModelRole.values()) {
            assertThat(lab.figure4Property(role).get()).as("%s", role).isNotNull();
        }
        lessons.start(6); // Figure 4's own question waits again
        assertThat(lab.concealedProperty().get()).isTrue();
        question("figure4.curve").choose(2);
        assertThat(lab.concealedProperty().get()).isFalse();
        lessons.start(7); // the prior step asks about b, not about the lab's readouts
        assertThat(lessons.revealedProperty().get()).isFalse();
        assertThat(lab.concealedProperty().get()).isFalse();
        lessons.start(2); // a curves step: the lab is not held back
        assertThat(lab.concealedProperty().get()).isFalse();
        lessons.start(5);
        lessons.leave();
        assertThat(lab.concealedProperty().get()).as("no lesson, nothing hidden").isFalse();
    }

    /** What step 9's answers say, checked on the loss core itself with sums written out by hand. */
    @Test
    void the_seed_divides_by_the_sum_of_alpha_so_a_common_factor_cancels() {
        // nine background rows (α = 0.25) and one foreground row (α = 1), two classes, γ = 0 (weighted CE)
        double[] logits = new double[20];
        int[] labels = new int[10];
        double weighted = 0;
        for (int r = 0; r < 10; r++) {
            labels[r] = r == 9 ? 1 : 0;
            logits[2 * r] = 0.1 * r; // class 0
            logits[2 * r + 1] = -0.2 * r; // class 1
            double z0 = logits[2 * r];
            double z1 = logits[2 * r + 1];
            double logSum = Math.log(Math.exp(z0) + Math.exp(z1));
            double ce = logSum - (labels[r] == 0 ? z0 : z1);
            weighted += (labels[r] == 0 ? 0.25 : 1.0) * ce;
        }
        double core = org.focalexplorer.loss.SoftmaxFocalLoss.compute(new org.focalexplorer.loss.Tensor(new int[] {10, 2},
                logits), org.focalexplorer.loss.LabelTensor.vector(labels), 0.0, new double[] {0.25, 1.0}).loss().item();
        lessons.start(8);
        assertThat(core).isCloseTo(weighted / number(question("multiclass.sum")), within(1e-14));
        // multiplying both α's by 10 leaves the core's loss unchanged
        double scaled = org.focalexplorer.loss.SoftmaxFocalLoss.compute(new org.focalexplorer.loss.Tensor(new int[] {10, 2},
                logits), org.focalexplorer.loss.LabelTensor.vector(labels), 2.0, new double[] {2.5, 10.0}).loss().item();
        double plain = org.focalexplorer.loss.SoftmaxFocalLoss.compute(new org.focalexplorer.loss.Tensor(new int[] {10, 2},
                logits), org.focalexplorer.loss.LabelTensor.vector(labels), 2.0, new double[] {0.25, 1.0}).loss().item();
        assertThat(scaled).isCloseTo(plain, within(1e-14 * plain));
    }

    @Test
    void the_chinese_questions_of_the_later_steps_read_in_chinese() {
        LessonsViewModel zh = explorer(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), new MemoryPreferenceStore()).lessons();
        for (int i = 5; i < zh.lesson().size(); i++) {
            zh.start(i);
            for (QuestionViewModel q : zh.questions()) {
                if (q.asksForNumber()) {
                    q.submit("1");
                } else {
                    q.choose(0);
                }
                assertThat(q.prompt() + q.feedbackProperty().get()).as("step %d, %s", i + 1, q.id())
                        .doesNotContain("{").doesNotContain("!").containsPattern("\\p{IsHan}");
            }
        }
        zh.start(7);
        assertThat(zh.questions().get(0).feedbackProperty().get()).contains("b = −log(0.99/0.01) = −4.60");
    }
}
