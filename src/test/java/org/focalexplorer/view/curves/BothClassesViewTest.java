package org.focalexplorer.view.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.Reveal.reveal;

import java.util.Locale;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.WindowSnapshot;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.curves.Grids;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both classes on the loss plot (issue #12): pressing the paper's preset (α = 0.25) puts a negative
 * example's curve beside the positive's, and the positive's lies below it — α's direction, visible.
 */
@ExtendWith(ApplicationExtension.class)
class BothClassesViewTest {
    private ExplorerViewModel vm;

    @Start
    void start(Stage stage) {
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void the_paper_preset_draws_the_negatives_curve_above_the_positives(FxRobot robot) throws Exception {
        PlotCanvas loss = Fx.one(robot, "#" + ViewIds.LOSS_PLOT, PlotCanvas.class);
        assertThat(Fx.call(() -> loss.getData().count(SeriesRole.NEGATIVE))).as("α off").isZero();
        robot.clickOn(reveal(robot, "#" + ViewIds.PRESET_PREFIX + "PAPER_DEFAULT"));
        WaitForAsyncUtils.waitForFxEvents();
        PlotData shown = Fx.call(loss::getData);
        assertThat(shown.first(SeriesRole.NEGATIVE).label()).isEqualTo("FL, negative (γ = 2, 1 − α = 0.75)");
        assertThat(shown.first(SeriesRole.FL).label()).isEqualTo("FL, positive (γ = 2, α = 0.25)");
        int i = 100;
        double xt = Grids.PROBABILITY.xt()[i];
        assertThat(shown.first(SeriesRole.NEGATIVE).y()[i]).isEqualTo(FocalCurves.flOfLogit(xt, 0.75, 2.0));
        assertThat(shown.first(SeriesRole.FL).y()[i]).isLessThan(shown.first(SeriesRole.NEGATIVE).y()[i]);
        assertThat(Fx.call(loss::getAccessibleText)).contains("FL, negative");

        robot.clickOn(reveal(robot, "#" + ViewIds.PRESET_PREFIX + "CROSS_ENTROPY"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> loss.getData().count(SeriesRole.NEGATIVE))).as("α off again").isZero();
    }

    @Test
    void writes_both_classes_in_english_and_chinese() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            WindowSnapshot.write(locale, z -> z.parameters().apply(Preset.PAPER_DEFAULT), s -> { },
                    "curves-both-classes-" + locale.getLanguage() + ".png");
        }
    }
}
