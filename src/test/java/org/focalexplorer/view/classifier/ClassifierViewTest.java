package org.focalexplorer.view.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.view.AfterPulses;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.classifier.PlaybackState;
import org.focalexplorer.viewmodel.classifier.PointReadout;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live classifier tab driven like a user would (headless Monocle). Training runs on this test's
 * thread when the test says so ({@link QueueScheduler}): a click queues work, {@link #train()} runs it and
 * waits until its frame has been shown. No sleeps.
 */
@ExtendWith(ApplicationExtension.class)
class ClassifierViewTest {
    private final QueueScheduler training = QueueScheduler.queued();
    private ExplorerViewModel explorer;
    private ClassifierViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), training);
        vm = explorer.classifier();
    }

    /** Runs the queued training work, then lets the FX thread show what it produced. */
    private void train() {
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTab(FxRobot robot) throws Exception {
        robot.clickOn(node(ClassifierIds.CLASSIFIER_TAB + org.focalexplorer.view.WrappingTabHeaders.ID_SUFFIX, Node.class)); // the tab's header
        train();
        assertThat(explorer.featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        assertThat(vm.frame()).isNotNull();
    }

    /**
     * The node with this id in the main window, looked up on the FX thread (a lookup from the test thread
     * can race with the FX thread building a tooltip's popup).
     */
    private <T extends Node> T node(String id, Class<T> type) {
        try {
            return type.cast(WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup("#" + id)).get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String id) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Button button(String id) {
        return node(id, Button.class);
    }

    private DecisionFieldCanvas field(ModelRole role) {
        return node(ClassifierIds.field(role), DecisionFieldCanvas.class);
    }

    private PlotCanvas plot(String id) {
        return node(id, PlotCanvas.class);
    }

    @Test
    void play_pause_step_and_reset_with_the_buttons_space_and_the_arrow_key(FxRobot robot) throws Exception {
        // the fixed 2,000-point set the counts below were written for (fresh data has its own tests)
        WaitForAsyncUtils.asyncFx(() -> vm.settings().dataSourceProperty().set(org.focalexplorer.toy.DataSource.FIXED)).get();
        train();
        openTab(robot);
        Button play = button(ClassifierIds.PLAY);
        assertThat(play.getText()).isEqualTo("▶ Play");
        robot.clickOn(play);
        train();
        assertThat(vm.state()).isEqualTo(PlaybackState.RUNNING);
        assertThat(play.getText()).isEqualTo("‖ Pause");
        assertThat(button(ClassifierIds.STEP_1).isDisabled()).isTrue();
        for (int i = 0; i < 3; i++) {
            training.runScheduled();
        }
        robot.type(KeyCode.SPACE); // the keyboard is on the decision field: Space pauses
        train();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(play.getText()).isEqualTo("▶ Play");
        assertThat(vm.frame().step()).isEqualTo(4L * 3); // four chunks of 3 steps at 100 steps/s
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 12");
        robot.type(KeyCode.SPACE);
        train();
        assertThat(vm.state()).isEqualTo(PlaybackState.RUNNING);
        robot.clickOn(play);
        train();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 15");

        DecisionFieldCanvas fl = field(ModelRole.FOCAL);
        long draws = fl.draws();
        robot.clickOn(button(ClassifierIds.STEP_10));
        train();
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 25");
        robot.clickOn(button(ClassifierIds.STEP_100));
        train();
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 125");
        robot.type(KeyCode.RIGHT);
        train();
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 126");
        robot.clickOn(button(ClassifierIds.STEP_1));
        train();
        assertThat(vm.frame().step()).isEqualTo(127);
        assertThat(fl.draws()).as("each frame redraws the field").isEqualTo(draws + 4);
        assertThat(plot(ClassifierIds.TRAINING_CURVES).drawStats().pointsDrawn()).containsExactly(127, 127);

        robot.clickOn(button(ClassifierIds.RESET));
        train();
        assertThat(text(ClassifierIds.STEP_COUNTER)).isEqualTo("Step 0");
        assertThat(vm.frame().snapshot().history().size()).isZero();

        // The app hands over the next frame only after the last one was rendered: two pulses later.
        AtomicInteger ran = new AtomicInteger();
        AfterPulses after = new AfterPulses();
        robot.interact(() -> {
            after.execute(ran::incrementAndGet);
            after.execute(ran::incrementAndGet);
            assertThat(ran.get()).isZero();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.get() == 2);
    }

    @Test
    void the_imbalance_slider_regenerates_the_data(FxRobot robot) throws Exception {
        openTab(robot);
        assertThat(text(ClassifierIds.value(ClassifierIds.POSITIVE_FRACTION))).isEqualTo("1 % (1 : 99)");
        // the lab's settings sit below the parameters and the pin controls in the left panel: scroll to the
        // slider as a user would, then click its thumb
        robot.clickOn(org.focalexplorer.testutil.Reveal.reveal(robot,
                "#" + ClassifierIds.slider(ClassifierIds.POSITIVE_FRACTION) + " .thumb"));
        robot.type(KeyCode.RIGHT, 2); // two stops towards 0.1 %
        train();
        assertThat(text(ClassifierIds.value(ClassifierIds.POSITIVE_FRACTION))).isEqualTo("0.5 % (1 : 199)");
        assertThat(vm.frame().snapshot().data().train().positives()).isEqualTo(10);
        assertThat(vm.frame().step()).isZero();
        PlotCanvas histogram = plot(ClassifierIds.histogram(ModelRole.FOCAL));
        assertThat(histogram.drawStats().legend()).containsExactly("negatives (1990)", "positives (10)");

        robot.type(KeyCode.LEFT, 12); // towards 50 %
        train();
        assertThat(text(ClassifierIds.value(ClassifierIds.POSITIVE_FRACTION))).isEqualTo("50 % (1 : 1)");
        assertThat(vm.frame().snapshot().data().train().positives()).isEqualTo(1000);
    }

    @Test
    void hovering_a_point_shows_its_readout_and_moves_the_curves_probe_to_its_pt(FxRobot robot) throws Exception {
        openTab(robot);
        robot.clickOn(button(ClassifierIds.STEP_10));
        train();
        DecisionFieldCanvas fl = field(ModelRole.FOCAL);
        int i = loneliestPoint(vm.frame().snapshot().data().train());
        Point2D at = fl.pixelOf(i);
        robot.moveTo(fl.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();

        PointReadout r = vm.hoveredProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.index()).isEqualTo(i);
        assertThat(r.role()).isEqualTo(ModelRole.FOCAL);
        assertThat(r.pt()).isEqualTo(vm.frame().snapshot().focal().train().probabilityOfTrueClass(i));
        assertThat(text(ClassifierIds.READOUT)).startsWith(
                (r.positive() ? "Positive" : "Negative") + " point #" + i + ", focal-loss model: pₜ = ");
        assertThat(fl.highlightedProperty().get()).isEqualTo(i);
        assertThat(field(ModelRole.REFERENCE).highlightedProperty().get()).isEqualTo(i);
        // the shared probe: the curves tab's plots and the histograms stand at this p_t
        assertThat(explorer.probe().position().pt()).isEqualTo(r.pt());
        assertThat(explorer.probe().position().xt()).isEqualTo(r.xt());
        PlotCanvas loss = plot(ViewIds.LOSS_PLOT);
        assertThat(loss.probeProperty().get()).isEqualTo(r.pt());
        assertThat(plot(ClassifierIds.histogram(ModelRole.REFERENCE))
                .probeProperty().get()).isEqualTo(r.pt());

        // Off the field: the readout goes, the probe stays at the last point the pointer passed over.
        PointReadout[] last = {r};
        robot.interact(() -> vm.hoveredProperty().addListener((o, a, h) -> {
            if (h != null) {
                last[0] = h;
            }
        }));
        robot.moveTo(node(ClassifierIds.STEP_COUNTER, Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.hoveredProperty().get()).isNull();
        assertThat(text(ClassifierIds.READOUT)).startsWith("Point at a training point");
        assertThat(explorer.probe().position().pt()).isEqualTo(last[0].pt());
    }

    @Test
    void a_divergence_says_what_happened_and_reset_recovers(FxRobot robot) throws Exception {
        openTab(robot);
        robot.interact(() -> {
            vm.settings().optimizerProperty().set(OptimizerKind.SGD);
            vm.settings().activationProperty().set(Activation.RELU);
            vm.settings().priorInitProperty().set(false);
        });
        Node lr = node(ClassifierIds.field(ClassifierIds.LEARNING_RATE), Node.class);
        robot.interact(() -> scrollTo(lr)); // the optimiser sits low in the settings panel
        robot.clickOn(lr).push(KeyCode.CONTROL, KeyCode.A).write("1e200").type(KeyCode.ENTER);
        train();
        robot.clickOn(button(ClassifierIds.STEP_100));
        train();
        assertThat(vm.state()).isEqualTo(PlaybackState.DIVERGED);
        Label message = node(ClassifierIds.MESSAGE, Label.class);
        assertThat(message.isVisible()).isTrue();
        long failed = vm.frame().snapshot().divergence().orElseThrow().step();
        assertThat(message.getText()).startsWith("Training diverged at step " + failed + ":")
                .contains("paused with the weights after step " + (failed - 1)).contains("press Reset");
        assertThat(button(ClassifierIds.PLAY).isDisabled()).isTrue();
        assertThat(button(ClassifierIds.STEP_10).isDisabled()).isTrue();

        robot.clickOn(button(ClassifierIds.RESET));
        train();
        assertThat(message.isVisible()).isFalse();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(button(ClassifierIds.PLAY).isDisabled()).isFalse();
    }

    @Test
    void writes_english_and_chinese_screenshots_after_300_steps() throws Exception {
        openTab(robot());
        trainAndHover(vm, training, field(ModelRole.FOCAL), robot());
        assertThat(vm.frame().step()).isEqualTo(300);
        write(stage.getScene(), "classifier-en.png");

        QueueScheduler zhTraining = QueueScheduler.queued();
        Stage zh = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            ExplorerViewModel z = FocalExplorerApp.show(s, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), zhTraining);
            z.featureProperty().set(Feature.CLASSIFIER);
            s.setUserData(z);
            return s;
        }).get();
        try {
            ExplorerViewModel z = (ExplorerViewModel) zh.getUserData();
            WaitForAsyncUtils.waitForFxEvents();
            zhTraining.runPending();
            WaitForAsyncUtils.waitForFxEvents();
            DecisionFieldCanvas zhField = WaitForAsyncUtils.asyncFx(() ->
                    (DecisionFieldCanvas) zh.getScene().lookup("#" + ClassifierIds.field(ModelRole.FOCAL))).get();
            trainAndHover(z.classifier(), zhTraining, zhField, robot());
            assertThat(WaitForAsyncUtils.asyncFx(() ->
                    ((Label) zh.getScene().lookup("#" + ClassifierIds.STEP_COUNTER)).getText()).get()).isEqualTo("第 300 步");
            write(zh.getScene(), "classifier-zh.png");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
        assertThat(zhTraining.isShutdown()).as("closing the window stops its training thread").isTrue();
    }

    /** Scrolls the settings panel so that {@code n} is in view. */
    private static void scrollTo(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(0, 0)).getY();
                double range = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(Math.min(1.0, Math.max(0.0, (y - 40) / range)));
                return;
            }
        }
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /** 300 steps, then the pointer on a lone point of the focal model's field. */
    private static void trainAndHover(ClassifierViewModel c, QueueScheduler t, DecisionFieldCanvas field, FxRobot robot) {
        for (int k = 0; k < 3; k++) {
            robot.interact(() -> c.step(100));
            t.runPending();
        }
        WaitForAsyncUtils.waitForFxEvents();
        int i = loneliestPoint(c.frame().snapshot().data().train());
        robot.moveTo(field.localToScreen(-5, -5)); // the pointer may already be there (same layout, same data)
        robot.moveTo(field.localToScreen(field.pixelOf(i)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.hoveredProperty().get()).isNotNull();
    }

    /** A negative whose nearest neighbour is farthest away, so the pointer picks it and nothing else. */
    private static int loneliestPoint(Dataset d) {
        int best = 0;
        double bestDistance = -1;
        for (int i = 0; i < d.size(); i++) {
            if (d.isPositive(i) || Math.abs(d.x(i)) > 0.9 || Math.abs(d.y(i)) > 0.9) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < d.size(); j++) {
                if (j != i) {
                    nearest = Math.min(nearest, Math.hypot(d.x(i) - d.x(j), d.y(i) - d.y(j)));
                }
            }
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = i;
            }
        }
        return best;
    }

    private static Path write(Scene scene, String name) throws Exception {
        return org.focalexplorer.testutil.Screenshots.write(scene, name).file();
    }
}
