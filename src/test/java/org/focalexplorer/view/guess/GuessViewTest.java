package org.focalexplorer.view.guess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.WindowSnapshot;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.lessons.LessonsView;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Predict, then reveal, in the window: a learner types and clicks guesses in the lesson card (headless). */
@ExtendWith(ApplicationExtension.class)
class GuessViewTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), QueueScheduler.queued());
    }

    private Node node(Stage s, String id) {
        return Fx.call(() -> s.getScene().lookup("#" + id));
    }

    private String text(Stage s, String id) {
        return Fx.call(() -> ((Label) s.getScene().lookup("#" + id)).getText());
    }

    @Test
    void the_step_text_waits_for_typed_and_clicked_guesses_then_shows_the_core_answers(FxRobot robot) throws Exception {
        Fx.call(() -> {
            vm.lessons().start(2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).as("the text holds the answer").isFalse();
        assertThat(node(stage, LessonsView.TRY_ID).isVisible()).as("so may the “Try this” line").isFalse();
        assertThat(node(stage, GuessView.HINT_ID).isVisible()).isTrue();
        assertThat(text(stage, ViewIds.PROBE_SUMMARY)).contains("make your guess in the lesson card first");
        assertThat(node(stage, GuessView.feedbackId("numbers.ratio")).isVisible()).isFalse();

        robot.clickOn("#" + GuessView.fieldId("numbers.ratio")).write("forty").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(stage, GuessView.fieldId("numbers.ratio") + "-error")).startsWith("“forty” is not a number");
        assertThat(node(stage, GuessView.feedbackId("numbers.ratio")).isVisible()).isFalse();

        robot.clickOn("#" + GuessView.fieldId("numbers.ratio")).push(KeyCode.CONTROL, KeyCode.A).write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(stage, GuessView.feedbackId("numbers.ratio")).isVisible()).isTrue();
        assertThat(text(stage, GuessView.feedbackId("numbers.ratio")))
                .startsWith("Your guess: 40. The loss core says 100: 2.5× too low.");
        assertThat(text(stage, GuessView.fieldId("numbers.ratio") + "-error")).isEmpty();
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).as("one question still open").isFalse();

        // the second question may sit below the fold of the lesson card: typed and checked without the pointer
        robot.interact(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#" + GuessView.fieldId("numbers.gamma"))).setText("3");
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + GuessView.checkId("numbers.gamma"))).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(stage, GuessView.feedbackId("numbers.gamma"))).startsWith("Your guess: 3. The loss core says 3: spot on");
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).isTrue();
        assertThat(node(stage, LessonsView.TRY_ID).isVisible()).isTrue();
        assertThat(node(stage, GuessView.HINT_ID).isVisible()).isFalse();
        assertThat(text(stage, ViewIds.PROBE_SUMMARY)).isEqualTo(
                "At pₜ = 0.9 the loss is 100× smaller than under CE, the gradient 34.5× smaller.");

        // a choice question: step 2, "what happens to the loss of an easy example as γ grows?"
        robot.clickOn("#" + LessonsView.BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).isFalse();
        fire(robot, GuessView.choiceId("focal.easy", 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(stage, GuessView.feedbackId("focal.easy"))).startsWith("Not quite: it falls.");
        fire(robot, GuessView.choiceId("focal.hard", 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(stage, GuessView.feedbackId("focal.hard"))).startsWith("Right: it falls.");
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).isTrue();

        // kept like the step: Next and Back show the verdicts again; "Forget my guesses" clears them
        robot.clickOn("#" + LessonsView.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(stage, GuessView.feedbackId("numbers.gamma"))).startsWith("Your guess: 3.");
        fire(robot, GuessView.CLEAR_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(stage, LessonsView.TEXT_ID).isVisible()).isFalse();
        assertThat(node(stage, GuessView.feedbackId("numbers.gamma")).isVisible()).isFalse();
    }

    /** Step 7 holds Figure 4 back while its question waits, and the empty plots say why (they looked broken). */
    @Test
    void held_back_figure_4_says_why_until_the_guess(FxRobot robot) throws Exception {
        Fx.call(() -> {
            vm.lessons().start(6);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        String note = org.focalexplorer.view.classifier.ClassifierIds.figure4(org.focalexplorer.toy.ModelRole.FOCAL)
                + "-concealed";
        assertThat(node(stage, note).isVisible()).isTrue();
        assertThat(text(stage, note)).isEqualTo(
                "Figure 4 waits while the lesson’s question is open: it appears here once you have answered in the lesson card.");
        assertThat(Fx.call(() -> vm.classifier().figure4Property(org.focalexplorer.toy.ModelRole.FOCAL).get())).isNull();
        fire(robot, GuessView.choiceId("figure4.curve", 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(stage, note).isVisible()).isFalse();
        assertThat(node(stage, LessonsView.TRY_ID).isVisible()).isTrue();
    }

    /** The pictures: step 3 with one guess checked and one still open, in English and Chinese. */
    @Test
    void writes_a_half_answered_step_in_english_and_chinese() throws Exception {
        snapshot(Locale.ENGLISH, "40", "lesson-guess-en.png");
        snapshot(Locale.SIMPLIFIED_CHINESE, "40", "lesson-guess-zh.png");
    }

    private void snapshot(Locale locale, String guess, String png) throws Exception {
        WindowSnapshot.write(locale, z -> {
            z.lessons().start(2);
            z.lessons().questions().get(0).submit(guess);
        }, s -> {
            assertThat(node(s, GuessView.feedbackId("numbers.ratio")).isVisible()).isTrue();
            assertThat(node(s, LessonsView.TEXT_ID).isVisible()).isFalse();
        }, png);
    }

    /**
     * Presses a button of the guess card on the FX thread: the card scrolls, and the second question may be
     * below its fold, where a pointer click would miss.
     */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + id)).fire());
    }
}
