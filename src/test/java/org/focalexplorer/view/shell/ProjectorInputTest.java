package org.focalexplorer.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a teacher does at a projector (issue #13): present with F5 and leave with Esc, move the probe
 * with the arrow keys on a clicked plot (never switching tabs or training), type a text size.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorInputTest {
    private final QueueScheduler training = QueueScheduler.queued();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        window = FocalExplorerApp.showWindow(stage, shell, new ExplorerViewModel(
                Messages.forLocale(Locale.ENGLISH), Platform::runLater, training, Runnable::run));
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private <T extends Node> T node(String id, Class<T> type) throws Exception {
        return type.cast(WaitForAsyncUtils.asyncFx(() -> window.scene().lookup("#" + id)).get());
    }

    private boolean showing(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node n = window.scene().lookup("#" + id);
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n != null && n.getScene() != null;
        }).get();
    }

    @Test
    void f5_presents_full_screen_with_larger_text_and_only_the_figure_and_esc_leaves(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm().sidePanelShownProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        PlotCanvas loss = node(ViewIds.LOSS_PLOT, PlotCanvas.class);
        assertThat(loss.fontScaleProperty().get()).isEqualTo(1.0);
        assertThat(showing(MainMenu.ID)).isTrue();
        assertThat(showing(ViewIds.SIDE_PANEL)).isTrue();

        robot.clickOn(loss).press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isPresenting()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(showing(MainMenu.ID)).as("menu bar").isFalse();
        assertThat(showing(ViewIds.TITLE)).as("title bar").isFalse();
        assertThat(showing(ViewIds.SIDE_PANEL)).as("side panel").isFalse();
        assertThat(showing(MainWindow.STATUS_ID)).as("status bar").isFalse();
        assertThat(showing(org.focalexplorer.view.lessons.LessonTargets.PARAMETERS_ID)).as("parameters").isTrue();
        assertThat(loss.fontScaleProperty().get()).as("larger text").isEqualTo(1.5);
        assertThat(vm().fontScaleProperty().get()).as("the setting itself is unchanged").isEqualTo(100);
        // One plot per screen: the loss plot takes (nearly) the whole height of the tab.
        double plotHeight = WaitForAsyncUtils.asyncFx(() -> loss.getHeight()).get();
        double tabHeight = WaitForAsyncUtils.asyncFx(() -> window.view().curvesGrid().getViewportBounds().getHeight()).get();
        assertThat(plotHeight).isGreaterThan(0.7 * tabHeight);
        WaitForAsyncUtils.asyncFx(() -> vm().lessons().start(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(window.scene(), "presenting-lesson2-en.png");
        WaitForAsyncUtils.asyncFx(() -> vm().lessons().leave()).get();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isPresenting()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(showing(MainMenu.ID)).isTrue();
        assertThat(showing(ViewIds.SIDE_PANEL)).isTrue();
        assertThat(loss.fontScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void arrow_keys_on_a_clicked_plot_move_the_probe_and_neither_switch_tabs_nor_train(FxRobot robot) throws Exception {
        PlotCanvas loss = node(ViewIds.LOSS_PLOT, PlotCanvas.class);
        robot.clickOn(loss);
        double before = vm().probe().pinned().pt();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.scene().getFocusOwner()).get()).isSameAs(loss);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().featureProperty().get()).isEqualTo(Feature.CURVES);
        assertThat(vm().probe().pinned().pt()).isGreaterThan(before);

        WaitForAsyncUtils.asyncFx(() -> vm().featureProperty().set(Feature.CLASSIFIER)).get();
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
        String steps = vm().classifier().stepTextProperty().get();
        PlotCanvas curves = node(ClassifierIds.TRAINING_CURVES, PlotCanvas.class);
        org.focalexplorer.testutil.Reveal.reveal(robot, "#" + ClassifierIds.TRAINING_CURVES);
        robot.clickOn(curves).press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        assertThat(vm().classifier().stepTextProperty().get()).as("no training step").isEqualTo(steps);
    }

    @Test
    void the_text_size_box_takes_a_typed_value(FxRobot robot) throws Exception {
        Spinner<?> box = node(ViewIds.FONT_SCALE, Spinner.class);
        robot.doubleClickOn(box.getEditor());
        robot.interact(() -> box.getEditor().selectAll());
        robot.write("130").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().fontScaleProperty().get()).isEqualTo(130);
        assertThat(box.getEditor().getText()).isEqualTo("130 %");
    }
}
