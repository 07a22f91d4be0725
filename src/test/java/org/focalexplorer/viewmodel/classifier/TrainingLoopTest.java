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

    @Test
    void frames_are_built_only_when_the_ui_has_taken_the_last_one() {
        QueueScheduler training = QueueScheduler.immediate();
        List<Runnable> ui = new ArrayList<>();
        List<ClassifierFrame> shown = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        FrameBuilder builder = new FrameBuilder(TestMessages.english());
        int[] built = {0};
        TrainingLoop loop = new TrainingLoop(training, s -> {
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

    @Test
    void an_error_on_the_training_thread_stops_training_and_reaches_the_ui() {
        QueueScheduler training = QueueScheduler.immediate();
        List<RuntimeException> errors = new ArrayList<>();
        TrainingLoop loop = new TrainingLoop(training, s -> {
            throw new IllegalStateException("boom");
        }, Runnable::run, Runnable::run, f -> { }, errors::add, FocalSetting.torchvision(-1, 2), System::nanoTime);
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
