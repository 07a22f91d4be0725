package org.focalexplorer.view.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.Reveal.reveal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.view.shell.MainWindow;
import org.focalexplorer.view.sweep.SweepView;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.probe.Quantity;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pin and compare in the window (issue #12): the button, the shortcut and the menu pin; the pinned curves stay
 * as ghosts on the plots and the probe gets a second column; Unpin removes both; the baseline button sets the
 * paper's pair. Every scene-graph read runs on the FX thread. Also the screenshots of the comparison and of
 * the sweep (a real sweep, run in the background while the test waits on a latch).
 */
@ExtendWith(ApplicationExtension.class)
class PinCompareViewTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        window = FocalExplorerApp.showWindow(stage, shell, new ExplorerViewModel(Messages.forLocale(Locale.ENGLISH),
                Platform::runLater, QueueScheduler.queued(), Runnable::run));
    }

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private List<Series> ghosts(String plotId) {
        return Fx.call(() -> ((PlotCanvas) window.scene().getRoot().lookup("#" + plotId)).getData().series().stream()
                .filter(s -> s.role() == SeriesRole.GHOST).toList());
    }

    private String text(String id) {
        return Fx.call(() -> ((Label) window.scene().getRoot().lookup("#" + id)).getText());
    }

    private boolean visible(String id) {
        return Fx.call(() -> window.scene().getRoot().lookup("#" + id).isVisible());
    }

    @Test
    void the_button_pins_ghost_curves_and_a_probe_column_and_unpin_removes_them(FxRobot robot) throws Exception {
        assertThat(ghosts(ViewIds.LOSS_PLOT)).isEmpty();
        assertThat(visible(ViewIds.PROBE_PINNED_PREFIX + Quantity.FL.name())).isFalse();
        robot.clickOn(reveal(robot, "#" + ViewIds.PIN_BUTTON));
        WaitForAsyncUtils.asyncFx(() -> vm().liveState().number(Settings.GAMMA).set(0.5)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ghosts(ViewIds.LOSS_PLOT)).extracting(Series::label).containsExactly("pinned: FL (γ = 2)");
        assertThat(ghosts(ViewIds.GRADIENT_PLOT)).hasSize(1);
        assertThat(ghosts(ViewIds.WEIGHTING_PLOT)).hasSize(2);
        assertThat(visible(ViewIds.PROBE_PINNED_PREFIX + Quantity.FL.name())).isTrue();
        // the second column is the core's FL at the probe (p_t = 0.9) for the pinned γ = 2, α off
        assertThat(text(ViewIds.PROBE_PINNED_PREFIX + Quantity.FL.name()))
                .isEqualTo(NumberText.format(FocalCurves.fl(0.9, 1.0, 2.0), 4));
        assertThat(text(ViewIds.PROBE_VALUE_PREFIX + Quantity.FL.name()))
                .isEqualTo(NumberText.format(FocalCurves.fl(0.9, 1.0, 0.5), 4));
        assertThat(text(ViewIds.PROBE_PIN_DIFFERENCE)).isEqualTo("Pinned: α off, γ = 2. Only γ differs: 0.5 now, 2 pinned.");
        assertThat(text(ViewIds.PIN_STATUS)).contains("Only γ differs");
        assertThat(Fx.call(() -> ((PlotCanvas) window.scene().getRoot().lookup("#" + ViewIds.LOSS_PLOT))
                .getAccessibleText())).contains("pinned: FL (γ = 2)");

        robot.clickOn(reveal(robot, "#" + ViewIds.UNPIN_BUTTON));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ghosts(ViewIds.LOSS_PLOT)).isEmpty();
        assertThat(visible(ViewIds.PROBE_PINNED_PREFIX + Quantity.FL.name())).isFalse();
        assertThat(visible(ViewIds.PROBE_PIN_DIFFERENCE)).isFalse();
        assertThat(Fx.call(() -> window.scene().getRoot().lookup("#" + ViewIds.UNPIN_BUTTON).isDisabled())).isTrue();
    }

    @Test
    void ctrl_p_and_the_edit_menu_pin_and_unpin(FxRobot robot) throws Exception {
        robot.clickOn(reveal(robot, "#" + ViewIds.PROBE_FIELD));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> vm().pin().isPinnedProperty().get())).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> vm().pin().isPinnedProperty().get())).isFalse();
        MenuItem baseline = Fx.call(() -> {
            MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
            Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
            return edit.getItems().stream().filter(i -> "menuPinBaseline".equals(i.getId())).findFirst().orElseThrow();
        });
        assertThat(Fx.call(baseline::getText)).isEqualTo("Compare the paper’s baseline (α-CE vs FL)");
        WaitForAsyncUtils.asyncFx(baseline::fire).get();
        assertThat(Fx.call(() -> vm().pin().isPinnedProperty().get())).isTrue();
    }

    @Test
    void the_baseline_button_pins_alpha_ce_against_fl(FxRobot robot) throws Exception {
        robot.clickOn(reveal(robot, "#" + ViewIds.PIN_BASELINE_BUTTON));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ghosts(ViewIds.LOSS_PLOT)).extracting(Series::label).containsExactly(
                "pinned: FL, negative (γ = 0, 1 − α = 0.25)", "pinned: FL, positive (γ = 0, α = 0.75)");
        PlotData loss = Fx.call(() -> ((PlotCanvas) window.scene().getRoot().lookup("#" + ViewIds.LOSS_PLOT)).getData());
        assertThat(loss.first(SeriesRole.FL).label()).isEqualTo("FL, positive (γ = 2, α = 0.25)");
        assertThat(text(ViewIds.PROBE_PIN_DIFFERENCE)).startsWith("Pinned: α = 0.75, γ = 0. 2 parameters differ (α, γ)");
        assertThat(text(ViewIds.PROBE_PINNED_PREFIX + Quantity.ALPHA_CE.name()))
                .isEqualTo(NumberText.format(0.75 * FocalCurves.ce(0.9), 4));
    }

    private void setUp(int width, int height, int scale, String language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            vm().fontScaleProperty().set(scale);
            vm().languageProperty().set(AppLanguage.fromTag(language).orElseThrow().tag());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A real sweep under a busy machine takes minutes: this one test may take up to ten. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.MINUTES)
    void writes_the_pinned_comparison_and_the_sweep_in_english_and_chinese() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm().pin().comparePaperBaseline()).get();
        for (String lang : new String[] {"en", "zh-CN"}) {
            String suffix = lang.startsWith("zh") ? "zh" : "en";
            setUp(1440, 900, 100, lang);
            Screenshots.write(window.scene(), "pin-compare-" + suffix + ".png");
            setUp(1280, 720, 150, lang);
            Screenshots.write(window.scene(), "pin-compare-1280x720-150-" + suffix + ".png");
        }
        // A real sweep on the lab's settings, short enough for a test: 300 steps, 2 seeds (the README's table is
        // the CLI's, at 1,000 and 5,000 steps).
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            vm().languageProperty().set("en");
            vm().sweep().stepsProperty().set(300);
            vm().sweep().seedsProperty().set(2);
            vm().sweep().runningProperty().addListener((o, a, running) -> {
                if (!running) {
                    done.countDown();
                }
            });
            vm().sweep().run();
        }).get();
        assertThat(done.await(9, TimeUnit.MINUTES)).as("the sweep finished").isTrue();
        for (String lang : new String[] {"en", "zh-CN"}) {
            String suffix = lang.startsWith("zh") ? "zh" : "en";
            for (int[] size : new int[][] {{1440, 900, 100}, {1280, 720, 150}}) {
                setUp(size[0], size[1], size[2], lang);
                WaitForAsyncUtils.asyncFx(() -> {
                    vm().sidePanelShownProperty().set(true);
                    Tab t = window.view().sideTabs().getTabs().stream()
                            .filter(x -> SweepView.TAB_ID.equals(x.getId())).findFirst().orElseThrow();
                    window.view().sideTabs().getSelectionModel().select(t);
                    window.view().centre().setDividerPositions(size[0] == 1280 ? 0.45 : 0.55);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                String name = size[0] == 1280 ? "sweep-1280x720-150-" + suffix + ".png" : "sweep-" + suffix + ".png";
                Screenshots.write(window.scene(), name);
            }
        }
        assertThat(Fx.call(() -> vm().sweep().rowsProperty().get())).hasSize(7)
                .allSatisfy(r -> assertThat(r.result().count()).isEqualTo(2));
        assertThat(Fx.call(() -> vm().sweep().findingProperty().get())).contains("γ = 5");
    }
}
