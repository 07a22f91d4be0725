package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.loss.FocalSetting;
import org.junit.jupiter.api.Test;

/**
 * The live snapshots a playing lab shows (the test set of one model per frame, in turn) against the
 * straightforward computation: a second trainer with the same settings and the same parameter changes at the
 * same steps, taking a full {@code snapshot()} after every step. Each model's test figures in a live snapshot
 * must be, bit for bit, those of the full snapshot at the step the live one says they come from, everything
 * else those of the full snapshot at the live snapshot's own step; and that step may lag by at most one
 * refresh round (models − 1 frames of 3 steps).
 */
class LiveSnapshotTest {
    private static final int STEPS_PER_FRAME = 3;

    /** The lab's defaults (2-16-16-1, streamed batches of 1,024) on smaller sets and grid; γ changes at step 13 and 14. */
    @Test
    void binary_live_snapshots_show_what_full_snapshots_showed_at_their_test_steps() {
        TrainingSettings lab = TrainingSettings.labDefaults();
        TrainingSettings s = lab.withData(lab.data().withPoints(500, 3000)).withGridSize(16);
        SideBySideTrainer live = new SideBySideTrainer(s);
        SideBySideTrainer full = new SideBySideTrainer(s);
        Map<Long, TrainingSnapshot> fullAt = new HashMap<>();
        fullAt.put(0L, full.snapshot());
        int lagging = 0;
        for (int step = 1; step <= 30; step++) {
            if (step == 13 || step == 14) { // a new γ: the focal model's cached test figures no longer fit
                FocalSetting f = FocalSetting.torchvision(0.25, step == 13 ? 1.0 : 3.0);
                live.setFocalParams(f);
                full.setFocalParams(f);
            }
            live.step(1);
            full.step(1);
            TrainingSnapshot now = full.snapshot();
            fullAt.put((long) step, now);
            if (step % STEPS_PER_FRAME != 0) {
                continue;
            }
            TrainingSnapshot l = live.liveSnapshot();
            assertThat(l.step()).isEqualTo(step);
            for (ModelRole role : ModelRole.values()) {
                ModelState lm = l.model(role);
                ModelState fm = now.model(role);
                String at = role + " at step " + step;
                assertThat(lm.parameters()).as(at).isEqualTo(fm.parameters());
                assertThat(lm.loss()).as(at).isEqualTo(fm.loss());
                assertThat(lm.train().logits()).as(at).isEqualTo(fm.train().logits());
                assertThat(lm.pointWeights()).as(at).isEqualTo(fm.pointWeights());
                assertThat(lm.field().probabilities()).as(at).isEqualTo(fm.field().probabilities());
                assertThat(lm.trainMetrics()).as(at).isEqualTo(fm.trainMetrics());
                long t = lm.testStep();
                assertThat(t).as(at).isBetween((long) step - STEPS_PER_FRAME, (long) step);
                lagging += t < step ? 1 : 0;
                ModelState then = fullAt.get(t).model(role);
                assertThat(then.loss()).as(at + ": test figures under the loss shown").isEqualTo(lm.loss());
                assertThat(lm.test().logits()).as(at).isEqualTo(then.test().logits());
                assertThat(lm.testMetrics()).as(at).isEqualTo(then.testMetrics());
            }
            assertThat(l.testStep()).isEqualTo(Math.min(l.reference().testStep(), l.focal().testStep()));
        }
        assertThat(lagging).as("live snapshots did reuse test figures").isGreaterThan(5);
        // A full snapshot right after live ones is current throughout (the lab's pause, step and reset frames).
        TrainingSnapshot after = live.snapshot();
        assertThat(after.testStep()).isEqualTo(after.step());
        assertThat(after.focal().testMetrics()).isEqualTo(fullAt.get(30L).focal().testMetrics());
        assertThat(after.reference().testMetrics()).isEqualTo(fullAt.get(30L).reference().testMetrics());
    }

    /** All four losses at the multi-class defaults on smaller sets and grid; the α vector changes at step 10. */
    @Test
    void multiclass_live_snapshots_show_what_full_snapshots_showed_at_their_test_steps() {
        MulticlassSettings s = MulticlassSettings.defaults(4).withData(MulticlassDataSpec.defaults(4).withPoints(500, 3000))
                .withLosses(Arrays.asList(MulticlassLoss.values())).withGridSize(16);
        MulticlassTrainer live = new MulticlassTrainer(s);
        MulticlassTrainer full = new MulticlassTrainer(s);
        int models = s.losses().size();
        Map<Long, MulticlassSnapshot> fullAt = new HashMap<>();
        fullAt.put(0L, full.snapshot());
        int lagging = 0;
        for (int step = 1; step <= 27; step++) {
            if (step == 10) {
                MulticlassLossParams p = s.params().withAlphaVector(AlphaVector.of(new double[] {0.25, 1, 1, 1}, 4));
                live.setLossParams(p);
                full.setLossParams(p);
            }
            live.step(1);
            full.step(1);
            MulticlassSnapshot now = full.snapshot();
            fullAt.put((long) step, now);
            if (step % STEPS_PER_FRAME != 0) {
                continue;
            }
            MulticlassSnapshot l = live.liveSnapshot();
            for (MulticlassLoss loss : s.losses()) {
                MulticlassModelState lm = l.model(loss);
                MulticlassModelState fm = now.model(loss);
                String at = loss.id() + " at step " + step;
                assertThat(lm.parameters()).as(at).isEqualTo(fm.parameters());
                assertThat(lm.trainLoss()).as(at).isEqualTo(fm.trainLoss());
                assertThat(lm.pointWeights()).as(at).isEqualTo(fm.pointWeights());
                assertThat(lm.predictedClasses()).as(at).isEqualTo(fm.predictedClasses());
                assertThat(fieldOf(lm.field())).as(at).isEqualTo(fieldOf(fm.field()));
                long t = lm.testStep();
                assertThat(t).as(at).isBetween((long) step - (long) (models - 1) * STEPS_PER_FRAME, (long) step);
                lagging += t < step ? 1 : 0;
                MulticlassModelState then = fullAt.get(t).model(loss);
                assertSameMetrics(lm.test(), then.test(), at);
                assertThat(lm.lossShares()).as(at).isEqualTo(then.lossShares());
                if (step >= 10) {
                    assertThat(t).as(at + ": no test figures from before the α vector changed").isGreaterThanOrEqualTo(10);
                }
            }
        }
        assertThat(lagging).as("live snapshots did reuse test figures").isGreaterThan(10);
        MulticlassSnapshot after = live.snapshot();
        assertThat(after.testStep()).isEqualTo(after.step());
        for (MulticlassLoss loss : s.losses()) {
            assertSameMetrics(after.model(loss).test(), fullAt.get(27L).model(loss).test(), loss.id());
        }
    }

    private static void assertSameMetrics(MulticlassMetrics a, MulticlassMetrics b, String at) {
        assertThat(a.perClass()).as(at).isEqualTo(b.perClass()); // records of doubles: compared bit for bit
        assertThat(Double.doubleToRawLongBits(a.macroAp())).as(at).isEqualTo(Double.doubleToRawLongBits(b.macroAp()));
        assertThat(Double.doubleToRawLongBits(a.accuracy())).as(at).isEqualTo(Double.doubleToRawLongBits(b.accuracy()));
        assertThat(a.confusion()).as(at).isDeepEqualTo(b.confusion());
    }

    private static List<Double> fieldOf(ClassField f) {
        List<Double> v = new java.util.ArrayList<>();
        for (int r = 0; r < f.rows(); r++) {
            for (int c = 0; c < f.columns(); c++) {
                v.add((double) f.predictedClass(c, r));
                v.add(f.confidence(c, r));
            }
        }
        return v;
    }
}
