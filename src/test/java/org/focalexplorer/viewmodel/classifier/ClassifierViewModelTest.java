package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.plot.Metric;
import org.focalexplorer.plot.PointMarks;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.settings.ModelKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.Divergence;
import org.focalexplorer.toy.FocalChange;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.text.NumberText;
import org.junit.jupiter.api.Test;

/**
 * The live classifier's view model without a toolkit: training tasks run at once on the test thread
 * ({@link QueueScheduler#immediate()}), frames are delivered at once, and each chunk of a playing loop
 * runs when the test says so.
 */
class ClassifierViewModelTest {
    private final ParameterViewModel parameters = new ParameterViewModel(TestMessages.english());
    private final ProbeViewModel probe = new ProbeViewModel(parameters, TestMessages.english());
    private final QueueScheduler training = QueueScheduler.immediate();
    private final ClassifierViewModel vm = new ClassifierViewModel(parameters, probe, TestMessages.english(),
            Runnable::run, training);

    private TrainingSnapshot snapshot() {
        return vm.frame().snapshot();
    }

    @Test
    void starts_paused_on_the_default_settings_with_the_shared_alpha_and_gamma() {
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.frame()).isNotNull();
        TrainingSettings s = snapshot().settings();
        assertThat(s.data().kind()).isEqualTo(DatasetKind.ANCHORS);
        assertThat(s.data().positiveFraction()).isEqualTo(0.01);
        assertThat(s.data().trainPoints()).isEqualTo(2000);
        assertThat(s.model().hidden()).containsExactly(16, 16);
        assertThat(s.model().activation()).isEqualTo(Activation.TANH);
        assertThat(s.model().priorInit()).isTrue();
        assertThat(s.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
        assertThat(s.optimizer().learningRate()).isEqualTo(0.01);
        assertThat(s.optimizer().batchSize()).isZero();
        assertThat(s.reference()).isEqualTo(FocalSetting.crossEntropy());
        // α weighting is off in the shared parameters, γ = 2
        assertThat(snapshot().focalSetting()).isEqualTo(FocalSetting.torchvision(-1, 2.0));
        assertThat(vm.stepTextProperty().get()).isEqualTo("Step 0");
        assertThat(vm.frame().reference().title()).isEqualTo("Reference model: CE");
        assertThat(vm.frame().focal().title()).isEqualTo("Focal-loss model: FL (γ = 2)");
        assertThat(vm.settings().positiveFraction().textProperty().get()).isEqualTo("1 % (1 : 99)");
    }

    @Test
    void play_runs_chunk_after_chunk_until_paused() {
        int perChunk = TrainingLoop.stepsPerChunk(vm.speed().get());
        assertThat(perChunk).isEqualTo(3); // 100 steps/s at 30 chunks per second
        vm.play();
        assertThat(vm.state()).isEqualTo(PlaybackState.RUNNING);
        for (int i = 0; i < 4; i++) {
            assertThat(training.runScheduled()).isEqualTo(1);
        }
        vm.pause();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.frame().step()).as("the pause shows the last state").isEqualTo(5L * perChunk);
        assertThat(vm.stepTextProperty().get()).isEqualTo("Step " + 5 * perChunk);
        training.runScheduled(); // the chunk scheduled before the pause does nothing
        assertThat(training.scheduledCount()).isZero();
        assertThat(vm.frame().step()).isEqualTo(5L * perChunk);

        vm.togglePlay();
        assertThat(vm.state()).isEqualTo(PlaybackState.RUNNING);
        vm.togglePlay();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.frame().step()).isEqualTo(6L * perChunk);
    }

    @Test
    void the_speed_sets_the_steps_per_chunk() {
        vm.speed().setPosition(0); // 1 step/s: one step per chunk, the pause is the schedule's delay
        assertThat(vm.speed().textProperty().get()).isEqualTo("1 steps/s");
        vm.play();
        training.runScheduled();
        vm.pause();
        assertThat(vm.frame().step()).isEqualTo(2);
        vm.speed().setPosition(vm.speed().maxPosition());
        assertThat(vm.speed().get()).isInfinite();
        assertThat(vm.speed().textProperty().get()).isEqualTo("as fast as possible");
        vm.play();
        vm.pause();
        assertThat(vm.frame().step()).as("a chunk runs about one frame's time").isGreaterThan(2);
    }

    @Test
    void step_works_only_while_paused_and_reset_goes_back_to_step_0() {
        vm.step(10);
        assertThat(vm.frame().step()).isEqualTo(10);
        vm.play(); // runs its first chunk at once
        vm.step(5); // ignored while running
        vm.pause();
        assertThat(vm.frame().step()).isEqualTo(10 + TrainingLoop.stepsPerChunk(vm.speed().get()));
        double[] initial = snapshot().reference().parameters();

        vm.reset();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.frame().step()).isZero();
        assertThat(snapshot().history().size()).isZero();
        assertThat(snapshot().focal().parameters()).isEqualTo(snapshot().reference().parameters());
        assertThat(initial).isNotEqualTo(snapshot().reference().parameters());

        vm.play();
        vm.reset(); // reset also stops
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        training.runScheduled();
        assertThat(vm.frame().step()).isZero();
    }

    @Test
    void alpha_and_gamma_reach_the_trainer_and_the_weights() {
        vm.step(3);
        assertThat(parameters.gamma().submit("3")).isTrue();
        assertThat(snapshot().focalSetting()).as("a paused window shows the new weights at once")
                .isEqualTo(FocalSetting.torchvision(-1, 3.0));
        parameters.alphaEnabledProperty().set(true);
        FocalSetting now = FocalSetting.torchvision(0.25, 3.0);
        assertThat(snapshot().focalSetting()).isEqualTo(now);
        ModelState fl = snapshot().focal();
        for (int i = 0; i < fl.train().size(); i += 97) {
            assertThat(vm.frame().focal().marks().weight(i))
                    .isEqualTo(now.weight(fl.train().logit(i), fl.train().isPositive(i)));
        }
        assertThat(vm.frame().focal().title()).isEqualTo("Focal-loss model: FL (γ = 3, α = 0.25)");

        vm.step(2);
        assertThat(snapshot().focalChanges()).containsExactly(new FocalChange(1, FocalSetting.torchvision(-1, 2.0)),
                new FocalChange(4, now));
        assertThat(snapshot().reference().loss()).as("the reference keeps its CE").isEqualTo(FocalSetting.crossEntropy());

        vm.play();
        parameters.gamma().submit("1");
        training.runScheduled();
        vm.pause();
        List<FocalChange> changes = snapshot().focalChanges();
        assertThat(changes.get(changes.size() - 1).setting()).isEqualTo(FocalSetting.torchvision(0.25, 1.0));
    }

    @Test
    void a_divergence_pauses_training_and_says_what_happened_at_which_step() {
        ClassifierSettingsViewModel s = vm.settings();
        s.optimizerProperty().set(OptimizerKind.SGD);
        s.activationProperty().set(Activation.RELU);
        s.priorInitProperty().set(false);
        assertThat(s.learningRate().submit("1e200")).isTrue();
        assertThat(vm.frame().snapshot().settings().optimizer().learningRate()).isEqualTo(1e200);

        vm.play();
        for (int i = 0; i < 40 && vm.state() == PlaybackState.RUNNING; i++) {
            training.runScheduled();
        }
        assertThat(vm.state()).isEqualTo(PlaybackState.DIVERGED);
        Divergence d = snapshot().divergence().orElseThrow();
        String who = d.models().size() == 2 ? "reference and focal-loss models"
                : d.models().get(0) == ModelRole.REFERENCE ? "reference model" : "focal-loss model";
        String what = switch (d.cause()) {
            case OUTPUT_NOT_FINITE -> "the network’s output (a logit)";
            case LOSS_NOT_FINITE -> "the loss";
            case GRADIENT_NOT_FINITE -> "a gradient";
            case WEIGHTS_NOT_FINITE -> "a weight after the update";
            case LOSS_EXPLODED -> "the loss";
        };
        String value = Double.isNaN(d.value()) ? "NaN" : d.value() > 0 ? "+∞" : "−∞";
        assertThat(vm.messageProperty().get()).isEqualTo("Training diverged at step " + d.step() + ": in the " + who
                + ", " + what + " became " + value + ". Training is paused with the weights after step "
                + (d.step() - 1) + ". Lower the learning rate (now 10²⁰⁰) or switch on the prior-probability "
                + "initialisation, then press Reset.");
        assertThat(vm.frame().step()).isEqualTo(d.step() - 1);
        assertThat(training.scheduledCount()).as("the loop stopped itself").isZero();

        vm.play();
        vm.step(1);
        assertThat(vm.state()).as("only a reset leaves a divergence").isEqualTo(PlaybackState.DIVERGED);
        assertThat(vm.frame().step()).isEqualTo(d.step() - 1);

        vm.reset();
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.frame().step()).isZero();
        s.learningRate().submit("0.01");
        vm.step(5);
        assertThat(vm.frame().step()).isEqualTo(5);
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
    }

    @Test
    void new_settings_leave_a_divergence_too() {
        vm.settings().optimizerProperty().set(OptimizerKind.SGD);
        vm.settings().activationProperty().set(Activation.RELU);
        vm.settings().priorInitProperty().set(false);
        vm.settings().learningRate().submit("1e250");
        vm.step(50);
        assertThat(vm.state()).isEqualTo(PlaybackState.DIVERGED);
        vm.settings().learningRate().setPosition(3); // 0.001
        assertThat(vm.state()).isEqualTo(PlaybackState.PAUSED);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(snapshot().settings().optimizer().learningRate()).isEqualTo(0.001);
    }

    @Test
    void hovering_a_point_reads_out_the_core_values_and_moves_the_probe_to_its_pt() {
        vm.step(40);
        TrainingSnapshot s = snapshot();
        var train = s.data().train();
        int negative = 0;
        while (train.isPositive(negative)) {
            negative++;
        }
        int positive = 0;
        while (!train.isPositive(positive)) {
            positive++;
        }
        for (int i : new int[] {negative, positive}) {
            vm.hover(ModelRole.FOCAL, train.x(i), train.y(i), 1e-9);
            PointReadout r = vm.hoveredProperty().get();
            assertThat(r.index()).isEqualTo(i);
            assertThat(r.role()).isEqualTo(ModelRole.FOCAL);
            ModelState fl = s.focal();
            double xt = train.isPositive(i) ? fl.train().logit(i) : -fl.train().logit(i);
            assertThat(r.xt()).isEqualTo(xt);
            assertThat(r.pt()).isEqualTo(fl.train().probabilityOfTrueClass(i));
            assertThat(r.ce()).isEqualTo(FocalCurves.ceOfLogit(xt));
            assertThat(r.fl()).isEqualTo(FocalCurves.flOfLogit(xt, 1.0, 2.0));
            assertThat(r.weight()).isEqualTo(fl.pointWeight(i))
                    .isEqualTo(FocalCurves.modulatingFactorOfLogit(xt, 2.0));
            assertThat(probe.position().xt()).isEqualTo(xt);
            assertThat(probe.position().pt()).isEqualTo(r.pt());
            assertThat(vm.readoutTextProperty().get()).isEqualTo((train.isPositive(i) ? "Positive" : "Negative")
                    + " point #" + i + ", focal-loss model: pₜ = " + NumberText.format(r.pt(), 6) + " · CE = "
                    + NumberText.format(r.ce(), 4) + " · FL = " + NumberText.format(r.fl(), 4) + " · weight = "
                    + NumberText.format(r.weight(), 4));
        }
        // the easy negative is nearly ignored by FL, fully counted by CE
        vm.hover(ModelRole.REFERENCE, train.x(negative), train.y(negative), 1e-9);
        PointReadout ce = vm.hoveredProperty().get();
        assertThat(ce.weight()).isEqualTo(1.0);
        assertThat(ce.pt()).isEqualTo(s.reference().train().probabilityOfTrueClass(negative));
        assertThat(vm.readoutTextProperty().get()).contains("reference model");

        vm.hover(ModelRole.REFERENCE, 50, 50, 0.01); // nowhere near a point
        assertThat(vm.hoveredProperty().get()).isNull();
        assertThat(vm.readoutTextProperty().get()).isEmpty();
        assertThat(probe.position().pt()).as("the probe stays at the last point").isEqualTo(ce.pt());
    }

    @Test
    void the_hovered_readout_follows_training() {
        vm.step(5);
        var train = snapshot().data().train();
        vm.hover(ModelRole.FOCAL, train.x(7), train.y(7), 1e-9);
        double before = vm.hoveredProperty().get().pt();
        vm.step(20);
        PointReadout after = vm.hoveredProperty().get();
        assertThat(after.index()).isEqualTo(7);
        assertThat(after.pt()).isNotEqualTo(before).isEqualTo(snapshot().focal().train().probabilityOfTrueClass(7));
        assertThat(probe.position().pt()).isEqualTo(after.pt());
    }

    @Test
    void the_imbalance_and_other_settings_restart_training_with_them() {
        vm.step(10);
        ClassifierSettingsViewModel s = vm.settings();
        s.positiveFraction().setPosition(s.positiveFraction().positionProperty().get() + 2); // 1 % → 0.5 %
        assertThat(s.positiveFraction().get()).isEqualTo(0.005);
        assertThat(s.positiveFraction().textProperty().get()).isEqualTo("0.5 % (1 : 199)");
        assertThat(vm.frame().step()).isZero();
        assertThat(snapshot().data().train().positives()).isEqualTo(10);
        assertThat(vm.frame().focal().histogram().series()).extracting(x -> x.label())
                .containsExactly("negatives (1990)", "positives (10)");

        vm.play();
        s.datasetProperty().set(DatasetKind.MOONS);
        s.points().setPosition(0);
        s.modelProperty().set(ModelKind.LOGISTIC);
        s.batchModeProperty().set(BatchMode.MINI);
        s.referenceProperty().set(ReferenceLoss.ALPHA_CE);
        assertThat(vm.state()).as("playing goes on with the new settings").isEqualTo(PlaybackState.RUNNING);
        training.runScheduled();
        vm.pause();
        TrainingSettings now = snapshot().settings();
        assertThat(now.data().kind()).isEqualTo(DatasetKind.MOONS);
        assertThat(now.data().trainPoints()).isEqualTo(100);
        assertThat(now.model().isLogistic()).isTrue();
        assertThat(now.optimizer().batchSize()).isEqualTo(64);
        assertThat(now.reference()).isEqualTo(FocalSetting.balancedCrossEntropy(0.75));
        assertThat(vm.frame().reference().title()).isEqualTo("Reference model: α-balanced CE (α = 0.75)");
        assertThat(vm.frame().step()).isPositive();
    }

    @Test
    void under_ce_every_point_is_drawn_full_and_under_fl_the_easy_negatives_fade() {
        vm.settings().dataSourceProperty().set(org.focalexplorer.toy.DataSource.FIXED); // the set this was written for
        vm.step(200);
        PointMarks ce = vm.frame().reference().marks();
        PointMarks fl = vm.frame().focal().marks();
        int faded = 0;
        int negatives = 0;
        for (int i = 0; i < ce.count(); i++) {
            assertThat(ce.size(i)).isEqualTo(1.0);
            assertThat(ce.opacity(i)).isEqualTo(1.0);
            if (!ce.points().isPositive(i)) {
                negatives++;
                faded += fl.opacity(i) < 0.1 ? 1 : 0;
            }
        }
        assertThat(faded).as("most negatives are easy and fade under FL").isGreaterThan(negatives * 8 / 10);
        // the heaviest points are drawn last, on top
        assertThat(fl.weight(fl.drawn(fl.count() - 1))).isGreaterThanOrEqualTo(fl.weight(fl.drawn(0)));
        assertThat(vm.frame().focal().metric(Metric.EASY_NEGATIVE_LOSS)).endsWith(" %");
    }

    @Test
    void figure_4_shows_the_chosen_class_for_both_models() {
        vm.step(20);
        assertThat(vm.figure4Property(ModelRole.FOCAL).get()).isSameAs(vm.frame().focal().figure4Negatives());
        assertThat(vm.figure4Property(ModelRole.FOCAL).get().series()).extracting(x -> x.label())
                .containsExactly("γ = 0", "γ = 0.5", "γ = 1", "γ = 2");
        vm.figure4ClassProperty().set(Figure4Class.POSITIVES);
        assertThat(vm.figure4Property(ModelRole.REFERENCE).get()).isSameAs(vm.frame().reference().figure4Positives());
    }

    @Test
    void dispose_stops_the_training_thread() {
        vm.dispose();
        assertThat(training.isShutdown()).isTrue();
        vm.step(5); // nothing happens, nothing throws
    }

    /**
     * The threshold changes recall and precision, not the training: the counts are checked against a direct
     * count of the test predictions, the calibration error against the same bins summed here.
     */
    @Test
    void the_decision_threshold_recounts_recall_and_precision_without_restarting() {
        vm.step(200);
        long step = snapshot().step();
        vm.settings().threshold().setPosition(0); // 0.05, RetinaNet's
        assertThat(vm.settings().threshold().get()).isEqualTo(0.05);
        assertThat(snapshot().step()).as("no restart").isEqualTo(step);
        for (org.focalexplorer.toy.ModelRole role : org.focalexplorer.toy.ModelRole.values()) {
            org.focalexplorer.toy.Predictions test = snapshot().model(role).test();
            int found = 0;
            int predicted = 0;
            int truePositive = 0;
            double[] sumP = new double[15];
            int[] pos = new int[15];
            for (int i = 0; i < test.size(); i++) {
                double p = 1 / (1 + Math.exp(-test.logit(i)));
                boolean yes = p >= 0.05;
                predicted += yes ? 1 : 0;
                truePositive += yes && test.isPositive(i) ? 1 : 0;
                found += yes && test.isPositive(i) ? 1 : 0;
                int b = Math.min(14, (int) (p * 15));
                sumP[b] += p;
                pos[b] += test.isPositive(i) ? 1 : 0;
            }
            double ece = 0;
            for (int b = 0; b < 15; b++) {
                ece += Math.abs(sumP[b] - pos[b]) / test.size();
            }
            org.focalexplorer.plot.ModelPanel panel = vm.frame().panel(role);
            assertThat(panel.value(org.focalexplorer.plot.Metric.MINORITY_RECALL)).as(role.name())
                    .isEqualTo((double) found / test.positives());
            assertThat(panel.value(org.focalexplorer.plot.Metric.PRECISION)).as(role.name())
                    .isEqualTo((double) truePositive / predicted);
            assertThat(panel.value(org.focalexplorer.plot.Metric.CALIBRATION_ERROR)).as(role.name())
                    .isCloseTo(ece, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
