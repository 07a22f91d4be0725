package org.focalexplorer.viewmodel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Supplier;
import org.focalexplorer.loss.LossParallelism;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lab's snapshot and frame on several threads ({@link LossParallelism}: the networks' evaluation in chunks of
 * points, the two panels side by side) against the same on one thread: two trainers with the same settings, stepped
 * alike, must show the same bits — logits, metrics, point marks, every plotted number and text.
 */
@Timeout(120)
class SnapshotThreadsTest {
    private final int savedThreads = LossParallelism.threads();

    @AfterEach
    void restore() {
        LossParallelism.setThreads(savedThreads);
    }

    @Test
    void several_threads_give_the_one_thread_snapshot_and_frame() {
        TrainingSettings lab = TrainingSettings.labDefaults();
        // 9,000 test points: five chunks of evaluation, the last one partial
        TrainingSettings s = lab.withData(lab.data().withPoints(1000, 9000)).withGridSize(32);
        SideBySideTrainer one = new SideBySideTrainer(s);
        SideBySideTrainer many = new SideBySideTrainer(s);
        FrameBuilder frames = new FrameBuilder(Messages.forLocale(Locale.ENGLISH));
        for (int round = 0; round < 6; round++) {
            one.step(3);
            many.step(3);
            boolean live = round % 3 != 2;
            ClassifierFrame a = on(1, () -> frames.apply(live ? one.liveSnapshot() : one.snapshot()));
            ClassifierFrame b = on(3, () -> frames.apply(live ? many.liveSnapshot() : many.snapshot()));
            String at = (live ? "live" : "full") + " snapshot at step " + a.step();
            assertThat(b.step()).isEqualTo(a.step());
            for (ModelRole role : ModelRole.values()) {
                ModelState ma = a.snapshot().model(role);
                ModelState mb = b.snapshot().model(role);
                assertThat(mb.train().logits()).as(at).isEqualTo(ma.train().logits());
                assertThat(mb.test().logits()).as(at).isEqualTo(ma.test().logits());
                assertThat(mb.field().probabilities()).as(at).isEqualTo(ma.field().probabilities());
                assertThat(mb.testMetrics()).as(at).isEqualTo(ma.testMetrics());
                assertThat(mb.testStep()).as(at).isEqualTo(ma.testStep());
                ModelPanel pa = a.panel(role);
                ModelPanel pb = b.panel(role);
                assertThat(pb.metrics()).as(at).isEqualTo(pa.metrics());
                assertThat(pb.metricValues()).as(at).isEqualTo(pa.metricValues());
                for (int k = 0; k < pa.marks().count(); k++) {
                    assertThat(pb.marks().drawn(k)).as(at).isEqualTo(pa.marks().drawn(k));
                }
                samePlot(pb.histogram(), pa.histogram(), at);
                samePlot(pb.figure4Positives(), pa.figure4Positives(), at);
                samePlot(pb.figure4Negatives(), pa.figure4Negatives(), at);
            }
        }
    }

    private static ClassifierFrame on(int threads, Supplier<ClassifierFrame> frame) {
        LossParallelism.setThreads(threads);
        return frame.get();
    }

    private static void samePlot(PlotData actual, PlotData expected, String at) {
        assertThat(actual.series()).as(at).hasSameSizeAs(expected.series());
        for (int i = 0; i < expected.series().size(); i++) {
            assertThat(actual.series().get(i).label()).as(at).isEqualTo(expected.series().get(i).label());
            assertThat(actual.series().get(i).x()).as(at).isEqualTo(expected.series().get(i).x());
            assertThat(actual.series().get(i).y()).as(at).isEqualTo(expected.series().get(i).y());
        }
    }
}
