package org.focalexplorer.view.predictions;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The predictions tab driven like a user would (headless Monocle). Files load on the view model's own
 * threads; the test waits for the state it expects with a time limit (never a sleep). The live classifier's
 * training waits in a queue that is never run, so it takes no CPU here.
 */
@ExtendWith(ApplicationExtension.class)
class PredictionsViewTest {
    private static final long WAIT_S = 90;
    private ExplorerViewModel explorer;
    private PredictionsViewModel vm;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), QueueScheduler.queued());
        vm = explorer.predictions();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    private <T extends Node> T node(Scene scene, String id, Class<T> type) throws Exception {
        return type.cast(fx(() -> scene.lookup("#" + id)));
    }

    private String text(String id) throws Exception {
        return fx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    /** Ctrl+4 shows the tab (Ctrl+3 is the multi-class lab on main), the Example button loads the bundled file, and a γ change redraws it. */
    @Test
    void the_example_opens_from_the_keyboard_and_follows_gamma(FxRobot robot) throws Exception {
        robot.clickOn(node(stage.getScene(), "curvesTab", Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(explorer.featureProperty().get()).isEqualTo(Feature.PREDICTIONS);
        assertThat(fx(() -> stage.getScene().lookup("#" + PredictionsIds.EMPTY).isVisible())).isTrue();

        // the keyboard is on "Open predictions…" (a tab built on first show takes the focus once it is on
        // screen, after its first layout pulse: wait for that condition); Tab goes to "Example", Space presses it
        waitFor(() -> stage.getScene().getFocusOwner() != null
                && PredictionsIds.OPEN.equals(stage.getScene().getFocusOwner().getId()));
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo(PredictionsIds.OPEN);
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        waitFor(() -> vm.reportProperty().get() != null);
        assertThat(text(PredictionsIds.SUMMARY)).startsWith("toy-anchors-predictions.csv: 20,000 rows, 200 positives");
        assertThat(fx(() -> stage.getScene().lookup("#" + PredictionsIds.EMPTY).isVisible())).isFalse();
        String fl = text(PredictionsIds.cell("loss.easy_negatives", 2));
        assertThat(fl).isEqualTo(percent(vm.reportProperty().get().focal().loss().easyNegatives()));

        robot.clickOn("#" + org.focalexplorer.view.ViewIds.field("gamma")).push(KeyCode.CONTROL, KeyCode.A).write("0.5")
                .type(KeyCode.ENTER);
        waitFor(() -> vm.reportProperty().get().gamma() == 0.5);
        PlotData f4 = fx(() -> node(stage.getScene(), PredictionsIds.FIGURE4_NEGATIVES,
                org.focalexplorer.view.plot.PlotCanvas.class).getData());
        Series current = f4.series().get(f4.series().size() - 1);
        assertThat(current.emphasised()).isTrue();
        assertThat(current.label()).isEqualTo("γ = 0.5 (now)");
        assertThat(text(PredictionsIds.cell("loss.easy_negatives", 2)))
                .isEqualTo(percent(vm.reportProperty().get().focal().loss().easyNegatives()));
    }

    /** A malformed row: one line naming file, line and column; the example stays; "skip and retry" loads the rest. */
    @Test
    void a_bad_file_leaves_the_shown_one_and_can_be_retried_skipping_rows(FxRobot robot) throws Exception {
        robot.interact(() -> explorer.featureProperty().set(Feature.PREDICTIONS));
        robot.interact(vm::openExample);
        waitFor(() -> vm.reportProperty().get() != null);
        var shown = vm.analysisProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "logit,label\n1.5,1\n-2,0\n0.3,2\n-4,0\n");
        robot.interact(() -> vm.open(bad));
        waitFor(() -> !vm.errorTextProperty().get().isEmpty());
        assertThat(text(PredictionsIds.ERROR)).isEqualTo("Cannot open bad.csv: line 4, column \"label\": 2 is not 0 or 1"
                + " (still showing toy-anchors-predictions.csv)");
        assertThat(vm.analysisProperty().get()).isSameAs(shown);
        assertThat(text(PredictionsIds.SUMMARY)).startsWith("toy-anchors-predictions.csv");

        Button retry = node(stage.getScene(), PredictionsIds.RETRY, Button.class);
        assertThat(fx(retry::isVisible)).isTrue();
        robot.clickOn(retry);
        waitFor(() -> vm.analysisProperty().get() != shown && vm.reportProperty().get() != null
                && vm.reportProperty().get().rows() == 3);
        assertThat(text(PredictionsIds.SUMMARY)).startsWith("bad.csv: 3 rows, 1 positives").contains("1 malformed rows skipped");
        assertThat(vm.onErrorProperty().get()).isEqualTo(org.focalexplorer.io.predictions.OnError.SKIP);
        assertThat(text(PredictionsIds.ERROR)).isEmpty();
    }

    /** Columns whose names do not say which is the label: the chooser asks, and the choice loads the file. */
    @Test
    void ambiguous_columns_are_chosen_in_a_dialog(FxRobot robot) throws Exception {
        robot.interact(() -> explorer.featureProperty().set(Feature.PREDICTIONS));
        Path f = dir.resolve("scores.csv");
        Files.writeString(f, "score,gt,weight\n2.0,1,1\n-1.0,0,1\n-3.0,0,1\n");
        robot.interact(() -> vm.open(f));
        waitFor(() -> stage.getScene().getWindow() != null && Fx.find(robot, "#" + PredictionsIds.COLUMN_DIALOG).isPresent());
        // the label suggested is the last column: pick "gt" instead, then untick "weight" as a score
        robot.clickOn("#" + PredictionsIds.COLUMN_LABEL);
        robot.clickOn("gt");
        robot.clickOn("#" + PredictionsIds.COLUMN_SCORE_PREFIX + "weight");
        robot.clickOn("OK");
        waitFor(() -> vm.reportProperty().get() != null);
        assertThat(vm.reportProperty().get().rows()).isEqualTo(3);
        assertThat(vm.reportProperty().get().positives()).isEqualTo(1);
        assertThat(text(PredictionsIds.SUMMARY)).startsWith("scores.csv: 3 rows, 1 positives");
    }

    @Test
    void only_one_regular_file_is_accepted_by_a_drop() throws Exception {
        File file = Files.writeString(dir.resolve("a.csv"), "x,label\n1,1\n").toFile();
        assertThat(PredictionsView.droppable(List.of(file))).isTrue();
        assertThat(PredictionsView.droppable(List.of(file, file))).isFalse();
        assertThat(PredictionsView.droppable(List.of(dir.toFile()))).isFalse();
        assertThat(PredictionsView.droppable(List.of())).isFalse();
    }

    /** The README's screenshots: the example at 1280 × 720 in English and Chinese, and at 1920 × 1080 with 150 % text. */
    @Test
    void writes_english_and_chinese_screenshots() throws Exception {
        shoot(stage, explorer, "predictions-en.png", 1280, 720, 100);
        large("predictions-en-1920-150.png", 1920, 1080, 150);
        Stage zh = fx(() -> {
            Stage s = new Stage();
            s.setUserData(FocalExplorerApp.show(s, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), QueueScheduler.queued()));
            return s;
        });
        try {
            shoot(zh, (ExplorerViewModel) zh.getUserData(), "predictions-zh.png", 1280, 720, 100);
            assertThat(fx(() -> ((Label) zh.getScene().lookup("#" + PredictionsIds.SUMMARY)).getText()))
                    .startsWith("toy-anchors-predictions.csv：20,000 行");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
    }

    private static void shoot(Stage s, ExplorerViewModel e, String name, double w, double h, int textPercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            s.setWidth(w);
            s.setHeight(h);
            e.fontScaleProperty().set(textPercent);
            e.featureProperty().set(Feature.PREDICTIONS);
            e.parameters().apply(true, 0.25, 2.0);
            if (e.predictions().analysisProperty().get() == null) {
                e.predictions().openExample();
            }
        }).get();
        waitFor(() -> e.predictions().reportProperty().get() != null && e.predictions().reportProperty().get().gamma() == 2.0);
        Screenshots.Written shot = Screenshots.write(s.getScene(), name);
        assertThat(shot.picture().getWidth()).isEqualTo((int) w);
    }

    /**
     * A screen larger than the headless one (1280 × 800): a second view of the same view model in a scene of
     * that size, drawn without a window.
     */
    private void large(String name, double w, double h, int textPercent) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> explorer.fontScaleProperty().set(textPercent)).get();
        org.focalexplorer.view.explorer.ExplorerView view = fx(() -> new org.focalexplorer.view.explorer.ExplorerView(explorer));
        Scene big = fx(() -> new Scene(view.root(), w, h));
        fx(() -> big.snapshot(null)); // lays out and sizes the canvases, which then draw
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.Written shot = Screenshots.write(big, name);
        assertThat(shot.picture().getWidth()).isEqualTo((int) w);
        WaitForAsyncUtils.asyncFx(() -> {
            view.dispose();
            explorer.fontScaleProperty().set(100);
        }).get();
    }

    private static String percent(double fraction) {
        return org.focalexplorer.text.NumberText.significant(fraction * 100, 3) + " %";
    }
}
