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
    void every_step_that_teaches_a_number_or_a_direction_asks_first_and_the_live_steps_ask_nothing_yet() {
        List<List<String>> asked = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.lesson().size(); i++) {
            lessons.start(i);
            asked.add(lessons.questions().stream().map(QuestionViewModel::id).toList());
            assertThat(lessons.revealedProperty().get()).as("step %d", i + 1).isEqualTo(lessons.questions().isEmpty());
        }
        assertThat(asked).containsExactly(List.of("ce.ratio"), List.of("focal.easy", "focal.hard"),
                List.of("numbers.ratio", "numbers.gamma"), List.of("gradients.pull", "gradients.focus"),
                List.of("alpha.direction", "alpha.ratio"), List.of(), List.of(), List.of(), List.of(), List.of());
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
                .isEqualTo("Your guess: 40. The loss core says 100: 2.5× too low. (1 − 0.9)^2 = 0.0100, so CE / FL = 100.");
        assertThat(lessons.revealedProperty().get()).as("one of two answered").isFalse();

        QuestionViewModel gamma = question("numbers.gamma");
        assertThat(gamma.submit("2")).isTrue();
        assertThat(gamma.feedbackProperty().get()).isEqualTo("Your guess: 2. The answer is 3: off by 1. Worked answer: "
                + "(1 − 0.9)^γ = 1/1000, so γ = log 1000 / −log(1 − 0.9) = 3; check: CE / FL = 1000.");
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
}
