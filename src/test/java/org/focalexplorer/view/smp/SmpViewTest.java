package org.focalexplorer.view.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.Reveal.reveal;

import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.LayoutProblems;
import org.focalexplorer.testutil.SideTabs;
import org.focalexplorer.testutil.WindowSnapshot;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smp tab in the window (issue #12 §5): its controls reach the view model and the curves (headless). */
@ExtendWith(ApplicationExtension.class)
class SmpViewTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    static void showSmpTab(Stage s) {
        SideTabs.select(s, SmpView.TAB_ID);
    }

    private <T> T node(String id, Class<T> type) {
        return Fx.call(() -> type.cast(stage.getScene().lookup("#" + id)));
    }

    private boolean curvesShowReduced() {
        return Fx.call(() -> {
            vm.curves().flush();
            return vm.curves().lossPlotProperty().get().series().stream().anyMatch(s -> s.role() == SeriesRole.REDUCED)
                    && vm.curves().weightingPlotProperty().get().series().stream().anyMatch(s -> s.role() == SeriesRole.REDUCED);
        });
    }

    @Test
    void the_toggle_and_r_reach_the_curves_and_a_bad_r_is_refused(FxRobot robot) {
        showSmpTab(stage);
        assertThat(curvesShowReduced()).isFalse();
        robot.clickOn(reveal(robot, "#" + SmpView.REDUCED_ID));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.smp().reducedOnProperty().get()).isTrue();
        assertThat(curvesShowReduced()).isTrue();

        robot.clickOn(reveal(robot, "#" + SmpView.THRESHOLD_ID)).push(KeyCode.CONTROL, KeyCode.A).write("0.3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.curves().reducedThresholdProperty().get()).isEqualTo(0.3);
        assertThat(node(SmpView.REDUCED_TEXT_ID, Label.class).getText()).contains("can raise a loss");

        robot.clickOn(reveal(robot, "#" + SmpView.THRESHOLD_ID)).push(KeyCode.CONTROL, KeyCode.A).write("1.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(SmpView.ERROR_ID, Label.class).getText())
                .isEqualTo("“1.5” is not a threshold above 0 and at most 1; r stays 0.3.");
        assertThat(node(SmpView.THRESHOLD_ID, TextField.class).getText()).isEqualTo("0.3");
        assertThat(vm.curves().reducedThresholdProperty().get()).isEqualTo(0.3);

        robot.clickOn(reveal(robot, "#" + SmpView.REDUCED_ID));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curvesShowReduced()).isFalse();
    }

    @Test
    void masking_an_element_and_choosing_batchwise_mean_update_the_demo(FxRobot robot) {
        showSmpTab(stage);
        CheckBox first = node(SmpView.maskId(0), CheckBox.class);
        assertThat(first.getText()).startsWith("x = 3, t = 1: loss ");
        robot.clickOn(reveal(robot, "#" + SmpView.maskId(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.smp().maskedProperty(0).get()).isTrue();
        assertThat(vm.smp().demoProperty().get().grad()[0]).isZero();
        assertThat(first.getText()).isEqualTo("x = 3, t = 255 (ignored): no loss, gradient 0");
        assertThat(node(SmpView.RESULT_ID, Label.class).getText()).contains("the sum of the 4 kept losses divided by 4, not by 6");

        ComboBox<?> reduction = node(SmpView.REDUCTION_ID, ComboBox.class);
        robot.clickOn(reveal(robot, "#" + SmpView.REDUCTION_ID));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reduction.getValue()).isEqualTo(Reduction.BATCHWISE_MEAN);
        assertThat(vm.smp().demoReductionProperty().get()).isEqualTo(Reduction.BATCHWISE_MEAN);
        assertThat(node(SmpView.RESULT_ID, Label.class).getText()).contains("despite its name it is a sum, not a mean");
    }

    @Test
    void writes_the_smp_tab_in_english_and_chinese() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            WindowSnapshot.write(locale, z -> {
                z.parameters().apply(Preset.PAPER_DEFAULT);
                z.smp().reducedOnProperty().set(true);
                z.curves().flush();
            }, SmpViewTest::showSmpTab, "smp-options-" + locale.getLanguage() + ".png");
        }
    }

    @Test
    void writes_the_smp_tab_at_1280x720_with_150_percent_text() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            WindowSnapshot.write(locale, z -> {
                z.parameters().apply(Preset.PAPER_DEFAULT);
                z.smp().reducedOnProperty().set(true);
                z.fontScaleProperty().set(150);
                z.curves().flush();
            }, s -> {
                Fx.call(() -> {
                    s.setWidth(1280);
                    s.setHeight(720);
                    return null;
                });
                showSmpTab(s);
                // nothing cut and no sideways scrolling in the tab (README: laid out for 1280×720 at 150 %)
                assertThat(Fx.call(() -> LayoutProblems.horizontalScrollBars(s.getScene().lookup("#" + SmpView.SCROLL_ID))))
                        .as(locale.toString()).isEmpty();
                assertThat(Fx.call(() -> LayoutProblems.elided(s.getScene().lookup("#" + SmpView.ID))))
                        .as(locale.toString()).isEmpty();
            }, "smp-options-1280x720-150-" + locale.getLanguage() + ".png");
        }
    }
}
