package org.focalexplorer.viewmodel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.TestMessages;
import org.junit.jupiter.api.Test;

class TrainingLoopTest {
    private static final TrainingSettings SMALL = TrainingSettings.defaults()
            .withData(DatasetSpec.defaults().withPoints(200)).withGridSize(8);

    /**
     * Holding → for 2 s (60 key repeats, each asking for 100 steps) queues one task, not 60; a reset
     * pressed then is the next task after at most one task's worth of steps, and the steps asked for before
     * it never run after it.
     */
    @Test
    void step_presses_merge_and_a_reset_is_never_stuck_behind_them() {
        QueueScheduler training = QueueScheduler.queued();
        List<ClassifierFrame> shown = new ArrayList<>();
        AtomicLong clock = new AtomicLong(); // stands still: tasks are bounded by their step count
        var loop = TrainingLoop.binary(training, new FrameBuilder(TestMessages.english()), Runnable::run,
                Runnable::run, shown::add, e -> { throw e; }, FocalSetting.torchvision(-1, 2), clock::get);
        loop.applySettings(SMALL);
        training.runPending();
        for (int press = 0; press < 60; press++) {
            loop.step(100);
        }
        assertThat(training.waiting()).as("one task for all presses").isEqualTo(1);
        assertThat(loop.pendingSteps()).isEqualTo(6000);
        training.runOne(); // a task's worth of steps, then it queues its continuation
        assertThat(loop.pendingSteps()).isEqualTo(6000 - TrainingLoop.STEPS_PER_TASK);
        assertThat(training.waiting()).as("the continuation").isEqualTo(1);
        loop.reset();
        assertThat(loop.pendingSteps()).as("a reset drops the steps still pending").isZero();
        training.runPending();
        assertThat(shown.get(shown.size() - 1).step()).as("the reset applied, and nothing ran after it").isZero();
        loop.step(1);
        training.runPending();
        assertThat(shown.get(shown.size() - 1).step()).as("a press after the reset works").isEqualTo(1);
    }

    @Test
    void frames_are_built_only_when_the_ui_has_taken_the_last_one() {
        QueueScheduler training = QueueScheduler.immediate();
        List<Runnable> ui = new ArrayList<>();
        List<ClassifierFrame> shown = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        FrameBuilder builder = new FrameBuilder(TestMessages.english());
        int[] built = {0};
        var loop = TrainingLoop.binary(training, s -> {
            built[0]++;
            return builder.apply(s);
        }, ui::add, Runnable::run, shown::add, e -> { throw e; }, FocalSetting.torchvision(-1, 2), () -> clock.addAndGet(50_000_000));
        loop.applySettings(SMALL);
        assertThat(built[0]).isEqualTo(1);
        assertThat(ui).hasSize(1); // one delivery queued
        loop.play();
        for (int i = 0; i < 5; i++) {
            training.runScheduled();
        }
        assertThat(built[0]).as("the UI has not taken the first frame: no new one is built").isEqualTo(1);
        ui.remove(0).run();
        assertThat(shown).hasSize(1);
        training.runScheduled();
        assertThat(built[0]).isEqualTo(2);
        assertThat(ui).hasSize(1);
        loop.pause();
        assertThat(built[0]).isEqualTo(3);
        assertThat(ui).as("still one delivery queued: it takes the latest frame").hasSize(1);
        ui.remove(0).run();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).step()).isEqualTo(TrainingLoop.stepsPerChunk(100) * 7L);
    }

    /**
     * While playing, frames come from live snapshots (one model's test set per frame, the other's from its last
     * evaluation, named by its step); the frame a pause shows is a full snapshot, every figure current.
     */
    @Test
    void a_playing_loop_takes_live_snapshots_and_a_pause_a_full_one() {
        QueueScheduler training = QueueScheduler.immediate();
        List<org.focalexplorer.toy.TrainingSnapshot> built = new ArrayList<>();
        FrameBuilder builder = new FrameBuilder(TestMessages.english());
        AtomicLong clock = new AtomicLong();
        var loop = TrainingLoop.binary(training, s -> {
            built.add(s);
            return builder.apply(s);
        }, Runnable::run, Runnable::run, f -> { }, e -> { throw e; }, FocalSetting.torchvision(-1, 2),
                () -> clock.addAndGet(50_000_000));
        loop.applySettings(SMALL);
        loop.play();
        for (int i = 0; i < 4; i++) {
            training.runScheduled();
        }
        int playing = built.size();
        assertThat(playing).as("the settings' frame and one per chunk").isGreaterThanOrEqualTo(4);
        for (var s : built) {
            assertThat(s.step() - s.testStep()).as("at most one frame (3 steps) behind").isBetween(0L, 3L);
        }
        assertThat(built.subList(1, playing)).as("live frames reuse a test evaluation")
                .anyMatch(s -> s.testStep() < s.step());
        loop.pause();
        var paused = built.get(built.size() - 1);
        assertThat(built).hasSizeGreaterThan(playing);
        assertThat(paused.testStep()).as("paused: every test figure is for the current weights").isEqualTo(paused.step());
    }

    @Test
    void an_error_on_the_training_thread_stops_training_and_reaches_the_ui() {
        QueueScheduler training = QueueScheduler.immediate();
        List<RuntimeException> errors = new ArrayList<>();
        var loop = TrainingLoop.binary(training, s -> {
            throw new IllegalStateException("boom");
        }, Runnable::run, Runnable::run, f -> { }, errors::add, FocalSetting.torchvision(-1, 2), () -> 0L); // a clock that stands still: the engine throws before any timing
        loop.applySettings(SMALL);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("boom");
        loop.play();
        assertThat(loop.isRunning()).isFalse();
        assertThat(training.scheduledCount()).isZero();
    }

    @Test
    void a_chunk_lasts_about_one_frame() {
        assertThat(TrainingLoop.stepsPerChunk(1)).isEqualTo(1);
        assertThat(TrainingLoop.stepsPerChunk(30)).isEqualTo(1);
        assertThat(TrainingLoop.stepsPerChunk(100)).isEqualTo(3);
        assertThat(TrainingLoop.stepsPerChunk(1000)).isEqualTo(33);
    }
}
