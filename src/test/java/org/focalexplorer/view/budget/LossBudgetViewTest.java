package org.focalexplorer.view.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.Reveal.reveal;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.WindowSnapshot;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.BudgetLoss;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The loss-budget tab in the window: its bars follow a preset and a typed count (headless). */
@ExtendWith(ApplicationExtension.class)
class LossBudgetViewTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    private ProgressBar bar(FxRobot robot, BudgetLoss l, BudgetGroup g) {
        // looked up on the FX thread: a lookup from the test thread can race with the FX thread's layout
        return Fx.call(() -> (ProgressBar) stage.getScene().lookup("#" + LossBudgetView.barId(l, g, false)));
    }

    private void showBudgetTab() {
        Fx.call(() -> {
            TabPane side = (TabPane) stage.getScene().lookup("#" + ViewIds.SIDE_PANEL);
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> LossBudgetView.TAB_ID.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_bars_follow_the_parameters_and_a_typed_population(FxRobot robot) {
        showBudgetTab();
        ProgressBar flEasy = bar(robot, BudgetLoss.FL, BudgetGroup.EASY_NEGATIVES);
        ProgressBar ceEasy = bar(robot, BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES);
        assertThat(ceEasy.getProgress()).isEqualTo(vm.budget().lossShareProperty(BudgetLoss.CE, BudgetGroup.EASY_NEGATIVES).get());
        robot.clickOn(reveal(robot, "#" + ViewIds.PRESET_PREFIX + "PAPER_DEFAULT"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flEasy.getProgress()).isLessThan(0.001).isLessThan(ceEasy.getProgress());
        assertThat(Fx.one(robot, "#" + LossBudgetView.ID + "-summary", Label.class).getText())
                .startsWith("The easy negatives carry 43.7 % of the loss under CE");

        robot.clickOn(reveal(robot, "#" + LossBudgetView.countId(BudgetGroup.EASY_NEGATIVES)))
                .push(KeyCode.CONTROL, KeyCode.A).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ceEasy.getProgress()).isZero();
        robot.clickOn(reveal(robot, "#" + LossBudgetView.ptId(BudgetGroup.HARD_POSITIVES)))
                .push(KeyCode.CONTROL, KeyCode.A).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.one(robot, "#" + LossBudgetView.ID + "-error", Label.class).getText())
                .isEqualTo("“2” is not a probability between 0 and 1; Hard positives stay at pₜ = 0.2.");
        assertThat(Fx.one(robot, "#" + LossBudgetView.ptId(BudgetGroup.HARD_POSITIVES), javafx.scene.control.TextField.class).getText()).isEqualTo("0.2");
    }

    @Test
    void writes_the_budget_in_english_and_chinese() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            WindowSnapshot.write(locale, z -> z.parameters().apply(Preset.PAPER_DEFAULT), s -> {
                TabPane side = (TabPane) s.getScene().lookup("#" + ViewIds.SIDE_PANEL);
                Fx.call(() -> {
                    side.getSelectionModel().select(side.getTabs().stream()
                            .filter(t -> LossBudgetView.TAB_ID.equals(t.getId())).findFirst().orElseThrow());
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
            }, "loss-budget-" + locale.getLanguage() + ".png");
        }
    }
}
