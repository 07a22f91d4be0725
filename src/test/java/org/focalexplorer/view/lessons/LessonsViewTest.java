package org.focalexplorer.view.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.focalexplorer.plot.Metric;

import org.focalexplorer.toy.ModelRole;

import org.focalexplorer.view.classifier.ClassifierIds;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.WindowSnapshot;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.predictions.PredictionsIds;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.lessons.Highlight;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson card in the explorer window, driven like a user would (headless Monocle). No sleeps. */
@ExtendWith(ApplicationExtension.class)
class LessonsViewTest {
    private final QueueScheduler training = QueueScheduler.queued();
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), training);
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Node node(Stage s, String id) {
        return fx(() -> s.getScene().lookup("#" + id));
    }

    private String text(String id) {
        return fx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    /** The nodes that carry the highlight now. */
    private List<Node> highlighted(Stage s) {
        return fx(() -> s.getScene().getRoot().lookupAll("." + LessonHighlighter.STYLE_CLASS).stream().toList());
    }

    @Test
    void a_lesson_step_is_shown_walked_with_buttons_and_keys_and_left(FxRobot robot) throws Exception {
        Node card = node(stage, LessonsView.CARD_ID);
        assertThat(card.isVisible()).isFalse();
        assertThat(highlighted(stage)).isEmpty();

        robot.clickOn("#" + LessonsView.START_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.isVisible()).isTrue();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("1 / 10");
        assertThat(text(LessonsView.TITLE_ID)).isEqualTo("Cross-entropy: easy examples still carry loss");
        assertThat(text(LessonsView.TRY_ID)).startsWith("Try this: ");
        assertThat(((Button) node(stage, LessonsView.BACK_ID)).isDisabled()).isTrue();
        assertThat(highlighted(stage)).containsExactly(node(stage, ViewIds.LOSS_PLOT));
        assertThat(vm.probe().position().pt()).isEqualTo(0.95);
        // the card sits below the plots, inside the window
        double cardTop = fx(() -> card.localToScene(card.getBoundsInLocal()).getMinY());
        double cardBottom = fx(() -> card.localToScene(card.getBoundsInLocal()).getMaxY());
        assertThat(cardTop).isGreaterThan(fx(() -> {
            Node plot = stage.getScene().lookup("#" + ViewIds.LOSS_PLOT);
            return plot.localToScene(plot.getBoundsInLocal()).getMaxY();
        }));
        assertThat(cardBottom).isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);

        robot.clickOn("#" + LessonsView.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("2 / 10");
        assertThat(vm.parameters().parameters().gamma()).isZero();

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("3 / 10");
        List<Node> marked = highlighted(stage);
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).getStyleClass()).contains("probe-scroll");
        assertThat(node(stage, ViewIds.LOSS_PLOT).getStyleClass()).as("the last step's highlight is gone")
                .doesNotContain(LessonHighlighter.STYLE_CLASS);

        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("2 / 10");
        robot.type(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("6 / 10");
        assertThat(vm.featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        // Both models, and the button and the numbers the step's text names.
        assertThat(highlighted(stage)).filteredOn(n -> n.getStyleClass().contains("model-panel")).hasSize(2);
        assertThat(highlighted(stage)).extracting(Node::getId).contains(ClassifierIds.PLAY,
                ClassifierIds.metric(ModelRole.REFERENCE, Metric.EASY_NEGATIVE_LOSS),
                ClassifierIds.metric(ModelRole.FOCAL, Metric.EASY_NEGATIVE_LOSS));

        robot.clickOn("#" + LessonsView.LEAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.isVisible()).isFalse();
        assertThat(highlighted(stage)).isEmpty();
        assertThat(vm.lessons().highlightProperty().get()).isEqualTo(Highlight.NONE);

        robot.clickOn("#" + LessonsView.START_ID); // resumes where it was left
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(LessonsView.COUNTER_ID)).isEqualTo("6 / 10");
        training.runPending();
    }

    @Test
    void writes_a_lesson_step_in_english_and_chinese() throws Exception {
        snapshotStep3(Locale.ENGLISH, "The numbers: how much smaller does the loss get?", "lesson-step3-en.png");
        snapshotStep3(Locale.SIMPLIFIED_CHINESE, "算一算：损失降为交叉熵的几分之一？", "lesson-step3-zh.png");
    }

    /**
     * A window of its own with step 3 shown before its first frame: the sliders' tick labels then have no
     * resize animation running when the picture is taken.
     */
    private void snapshotStep3(Locale locale, String title, String png) throws Exception {
        WindowSnapshot.write(locale, z -> {
            z.lessons().start(2);
            // predict, then reveal: the picture shows the verdicts and the text they unlock
            z.lessons().questions().get(0).submit("40");
            z.lessons().questions().get(1).submit("3");
        }, s -> {
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.TITLE_ID)).getText())).isEqualTo(title);
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.COUNTER_ID)).getText())).isEqualTo("3 / 10");
            assertThat(highlighted(s)).hasSize(1);
        }, png);
    }

    /**
     * The live steps ask too (predict, then reveal): step 6 answered after 100 training steps, its verdict and
     * text shown; step 9 still waiting for its two guesses, its text held back.
     */
    @Test
    void the_live_and_multiclass_steps_ask_first_in_english_and_chinese() throws Exception {
        snapshotLive(Locale.ENGLISH, "below half of the CE side’s", "lesson-step6-en.png");
        snapshotLive(Locale.SIMPLIFIED_CHINESE, "不到交叉熵一侧的一半", "lesson-step6-zh.png");
        snapshotWaiting(Locale.ENGLISH, "lesson-step9-en.png");
        snapshotWaiting(Locale.SIMPLIFIED_CHINESE, "lesson-step9-zh.png");
    }

    private void snapshotLive(Locale locale, String answer, String png) throws Exception {
        ExplorerViewModel[] shown = new ExplorerViewModel[1];
        QueueScheduler queue = QueueScheduler.queued();
        WindowSnapshot.write(locale, queue, z -> {
            shown[0] = z;
            z.lessons().start(5);
            z.classifier().step(100);
            z.lessons().questions().get(0).choose(2);
        }, s -> {
            while (queue.runPending() > 0) { // the 100 steps asked for, and the frame they publish
                WaitForAsyncUtils.waitForFxEvents();
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> shown[0].classifier().frame().snapshot().step())).isEqualTo(100);
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.COUNTER_ID)).getText())).isEqualTo("6 / 10");
            assertThat(fx(() -> shown[0].lessons().revealedProperty().get())).isTrue();
            assertThat(fx(() -> shown[0].lessons().questions().get(0).feedbackProperty().get())).contains(answer);
            assertThat(fx(() -> visibleLabelTexts(s))).anyMatch(t -> t.contains(answer));
        }, png);
    }

    private void snapshotWaiting(Locale locale, String png) throws Exception {
        ExplorerViewModel[] shown = new ExplorerViewModel[1];
        WindowSnapshot.write(locale, z -> {
            shown[0] = z;
            z.lessons().start(8);
        }, s -> {
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.COUNTER_ID)).getText())).isEqualTo("9 / 10");
            assertThat(fx(() -> shown[0].lessons().revealedProperty().get())).isFalse();
            String prompt = fx(() -> shown[0].lessons().questions().get(1).prompt());
            assertThat(fx(() -> visibleLabelTexts(s))).contains(prompt);
        }, png);
    }

    /** The texts of the labels shown in the window (FX thread). */
    private static List<String> visibleLabelTexts(Stage s) {
        return s.getScene().getRoot().lookupAll(".label").stream().filter(Node::isVisible)
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).filter(t -> t != null).toList();
    }

    @Test
    void the_predictions_step_opens_the_example_once_and_outlines_the_readouts_it_names() throws Exception {
        stepOnExample(Locale.ENGLISH, "Your own predictions: where a real model’s loss goes", "lesson-predictions-en.png");
        stepOnExample(Locale.SIMPLIFIED_CHINESE, "你自己的预测：真实模型的损失落在哪里", "lesson-predictions-zh.png");
    }

    private void stepOnExample(Locale locale, String title, String png) throws Exception {
        ExplorerViewModel[] shown = new ExplorerViewModel[1];
        WindowSnapshot.write(locale, z -> {
            shown[0] = z;
            z.lessons().start(z.lessons().lesson().size() - 1);
            z.lessons().questions().get(0).choose(3); // "fewer than 200": the text it unlocks shows in the picture
        }, s -> {
            ExplorerViewModel z = shown[0];
            try {
                // the example is read on the loader thread; wait for its report (a condition, not a sleep)
                WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                        () -> fx(() -> z.predictions().reportProperty().get() != null));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the example was not shown within 90 s", e);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.TITLE_ID)).getText())).isEqualTo(title);
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + LessonsView.COUNTER_ID)).getText())).isEqualTo("10 / 10");
            assertThat(fx(() -> z.featureProperty().get())).isEqualTo(Feature.PREDICTIONS);
            assertThat(fx(() -> z.predictions().isExampleShown())).isTrue();
            assertThat(fx(() -> z.predictions().reportProperty().get().gamma())).isEqualTo(2.0);
            assertThat(fx(() -> z.predictions().reportProperty().get().rows())).isEqualTo(20_000);
            assertThat(highlighted(s)).extracting(Node::getId).contains(PredictionsIds.EFFECTIVE_TEXT,
                    PredictionsIds.HARDEST, PredictionsIds.SHARES);
            assertThat(fx(() -> ((Label) s.getScene().lookup("#" + PredictionsIds.EFFECTIVE_TEXT)).getText())).isNotBlank();
            // shown again, the step keeps the example it has instead of reading it a second time
            Object analysis = fx(() -> z.predictions().analysisProperty().get());
            fx(() -> {
                z.lessons().back();
                z.lessons().next();
                return null;
            });
            assertThat(fx(() -> z.predictions().loadingProperty().get())).isFalse();
            assertThat(fx(() -> z.predictions().analysisProperty().get())).isSameAs(analysis);
        }, png);
    }
}
