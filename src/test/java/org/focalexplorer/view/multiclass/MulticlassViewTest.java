package org.focalexplorer.view.multiclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.multiclass.MulticlassViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The multi-class lab's tab driven like a user would (headless Monocle). Training runs on this test's
 * thread when the test says so ({@link QueueScheduler}); no sleeps.
 */
@ExtendWith(ApplicationExtension.class)
class MulticlassViewTest {
    private final QueueScheduler training = QueueScheduler.queued();
    private ExplorerViewModel explorer;
    private MulticlassViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), training);
        vm = explorer.multiclass();
    }

    private void train() {
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T node(Stage s, String id, Class<T> type) {
        try {
            return type.cast(WaitForAsyncUtils.asyncFx(() -> s.getScene().lookup("#" + id)).get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void openTab(FxRobot robot) {
        robot.clickOn(node(stage, MulticlassIds.TAB + org.focalexplorer.view.WrappingTabHeaders.ID_SUFFIX, Node.class)); // the tab's header
        train();
        assertThat(explorer.featureProperty().get()).isEqualTo(Feature.MULTICLASS);
        assertThat(vm.frame()).isNotNull();
    }

    @Test
    void the_tab_shows_one_drawn_panel_per_model_and_its_settings_in_the_left_panel(FxRobot robot) {
        assertThat(vm.frame()).as("nothing trains before the tab is shown").isNull();
        openTab(robot);
        assertThat(node(stage, MulticlassIds.SETTINGS, Node.class).isVisible()).isTrue();
        for (MulticlassLoss loss : vm.modelsProperty().get()) {
            ClassFieldCanvas field = node(stage, MulticlassIds.field(loss), ClassFieldCanvas.class);
            assertThat(field.draws()).as(loss.id()).isPositive();
            assertThat(field.getWidth()).isGreaterThan(100);
        }
        assertThat(node(stage, MulticlassIds.field(MulticlassLoss.OVR_FOCAL), Node.class)).isNull();
        CheckBox ovr = node(stage, MulticlassIds.model(MulticlassLoss.OVR_FOCAL), CheckBox.class);
        robot.interact(ovr::fire); // below the fold of the left panel at this window size
        train();
        assertThat(vm.frame().panels()).hasSize(4);
        assertThat(node(stage, MulticlassIds.field(MulticlassLoss.OVR_FOCAL), ClassFieldCanvas.class).draws()).isPositive();
        robot.clickOn(node(stage, MulticlassIds.STEP_100, Node.class));
        train();
        assertThat(vm.frame().snapshot().step()).isEqualTo(100);
        assertThat(node(stage, MulticlassIds.STEP_COUNTER, Label.class).getText()).isEqualTo("Step 100");
    }

    @Test
    void an_invalid_alpha_vector_is_shown_as_refused_and_the_previous_one_trains_on(FxRobot robot) throws Exception {
        openTab(robot);
        TextField alpha = node(stage, MulticlassIds.ALPHA, TextField.class);
        String before = vm.alpha().toString();
        robot.interact(() -> {
            alpha.setText("1, -2, 1, 1");
            alpha.fireEvent(new ActionEvent());
        });
        Label error = node(stage, MulticlassIds.ALPHA_ERROR, Label.class);
        assertThat(error.getText()).contains("α[1]").contains("previous one is kept");
        assertThat(error.isVisible()).isTrue();
        assertThat(alpha.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(vm.alpha().toString()).isEqualTo(before);
        robot.interact(() -> {
            alpha.setText("0.25, 1, 1, 1");
            alpha.fireEvent(new ActionEvent());
        });
        train();
        assertThat(error.getText()).isEmpty();
        assertThat(vm.frame().snapshot().params().alphaVector().values()).containsExactly(0.25, 1, 1, 1);
    }

    @Test
    void a_model_cannot_be_switched_off_below_two(FxRobot robot) {
        openTab(robot);
        CheckBox ce = node(stage, MulticlassIds.model(MulticlassLoss.CE), CheckBox.class);
        robot.interact(ce::fire);
        train();
        CheckBox last = node(stage, MulticlassIds.model(MulticlassLoss.WEIGHTED_CE), CheckBox.class);
        robot.interact(last::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(last.isSelected()).as("the refused change springs back").isTrue();
        assertThat(node(stage, MulticlassIds.MODELS_ERROR, Label.class).getText()).contains("at least 2");
        assertThat(vm.modelsProperty().get()).containsExactly(MulticlassLoss.WEIGHTED_CE, MulticlassLoss.SOFTMAX_FOCAL);
    }

    /** The lab's content is no wider than its viewport: nothing hides behind a horizontal scrollbar. */
    private void assertNoSidewaysScroll() throws Exception {
        MulticlassView view = node(stage, MulticlassIds.VIEW, MulticlassView.class);
        double[] widths = WaitForAsyncUtils.asyncFx(() -> new double[] {
            view.getContent().getLayoutBounds().getWidth(), view.getViewportBounds().getWidth()}).get();
        assertThat(widths[0]).isLessThanOrEqualTo(widths[1] + 0.5);
    }

    // Trains 300 steps of up to four models twice (English, Chinese) before each picture: 24 s in a full run
    // with both cores busy, 137 s when a second Maven build ran beside that. A hang guard, not a speed test.
    @Test
    @org.junit.jupiter.api.Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void writes_english_and_chinese_screenshots_after_300_steps(FxRobot robot) throws Exception {
        openTab(robot);
        for (int k = 0; k < 3; k++) {
            robot.interact(() -> vm.step(100));
            train();
        }
        assertThat(vm.frame().snapshot().step()).isEqualTo(300);
        assertNoSidewaysScroll();
        Screenshots.write(stage.getScene(), "multiclass-en.png");

        // a 1280 × 720 projector at 150 % text: the panels wrap into fewer columns instead of being cut
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            explorer.fontScaleProperty().set(150);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        MulticlassView view = node(stage, MulticlassIds.VIEW, MulticlassView.class);
        assertThat(view.columns()).isLessThan(3);
        assertNoSidewaysScroll();
        Screenshots.write(stage.getScene(), "multiclass-720p-150-en.png");

        QueueScheduler zhTraining = QueueScheduler.queued();
        Stage zh = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            ExplorerViewModel z = FocalExplorerApp.show(s, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), zhTraining);
            z.featureProperty().set(Feature.MULTICLASS);
            z.multiclass().setModel(MulticlassLoss.OVR_FOCAL, true);
            s.setUserData(z);
            return s;
        }).get();
        try {
            ExplorerViewModel z = (ExplorerViewModel) zh.getUserData();
            WaitForAsyncUtils.waitForFxEvents();
            zhTraining.runPending();
            for (int k = 0; k < 3; k++) {
                robot.interact(() -> z.multiclass().step(100));
                WaitForAsyncUtils.waitForFxEvents();
                zhTraining.runPending();
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(node(zh, MulticlassIds.STEP_COUNTER, Label.class).getText()).isEqualTo("第 300 步");
            Screenshots.write(zh.getScene(), "multiclass-zh.png");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
    }
}
