package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;
import org.junit.jupiter.api.Test;

class SideBySideTrainerTest {

    /** Small and fast: 300 + 200 points, 2-8-8-1, Adam, mini-batches of 64. */
    static TrainingSettings small() {
        return TrainingSettings.defaults()
                .withData(DatasetSpec.defaults().withPositiveFraction(0.05).withPoints(300, 200))
                .withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8))
                .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(64))
                .withGridSize(16);
    }

    // ---- determinism ---------------------------------------------------------------------------------

    @Test
    void weights_are_the_same_bits_with_and_without_simd_lanes() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Tanh.vectorAvailable() && LaneSums.vectorAvailable(),
                "jdk.incubator.vector not in the boot layer");
        // batches of 64 < the loss core's vector threshold, so only the network's loops differ between the runs
        SimdWarmUp.forceReady(); // the lanes from the first call, compiled or not
        TrainingSettings s = small();
        SideBySideTrainer lanes = new SideBySideTrainer(s);
        lanes.step(60);
        SideBySideTrainer scalar = org.focalexplorer.loss.LossKernel.SCALAR.call(() -> {
            SideBySideTrainer t = new SideBySideTrainer(s);
            t.step(60);
            return t;
        });
        for (ModelRole r : ModelRole.values()) {
            assertThat(bits(lanes.parameters(r))).as(r.toString()).isEqualTo(bits(scalar.parameters(r)));
        }
    }

    @Test
    void same_seed_and_settings_give_bit_identical_weights() {
        for (TrainingSettings s : List.of(small(), small().withOptimizer(OptimizerSpec.sgd(0.1, 0.9)),
                small().withModel(ModelSpec.mlp(Activation.RELU, false, 8, 8)).withNormalization(Normalization.POSITIVES))) {
            SideBySideTrainer a = new SideBySideTrainer(s);
            SideBySideTrainer b = new SideBySideTrainer(s);
            a.step(37);
            a.step(40);
            b.step(77);
            for (ModelRole r : ModelRole.values()) {
                assertThat(bits(a.parameters(r))).as(s.optimizer().describe() + " " + r).isEqualTo(bits(b.parameters(r)));
            }
            assertThat(a.step()).isEqualTo(77);
            TrainingSnapshot sa = a.snapshot();
            TrainingSnapshot sb = b.snapshot();
            assertThat(sa.focal().testMetrics()).isEqualTo(sb.focal().testMetrics());
            assertThat(sa.history().values(ModelRole.REFERENCE)).isEqualTo(sb.history().values(ModelRole.REFERENCE));
        }
    }

    @Test
    void another_seed_gives_other_weights_and_reset_repeats_the_run() {
        SideBySideTrainer a = new SideBySideTrainer(small());
        SideBySideTrainer c = new SideBySideTrainer(small().withSeed(8));
        a.step(20);
        c.step(20);
        assertThat(bits(a.parameters(ModelRole.FOCAL))).isNotEqualTo(bits(c.parameters(ModelRole.FOCAL)));

        double[] after20 = a.parameters(ModelRole.FOCAL);
        a.step(5);
        a.reset();
        assertThat(a.step()).isZero();
        assertThat(a.snapshot().history().size()).isZero();
        assertThat(a.parameters(ModelRole.FOCAL)).isEqualTo(new Mlp(small().model()).initialParameters(small().seed()));
        a.step(20);
        assertThat(bits(a.parameters(ModelRole.FOCAL))).isEqualTo(bits(after20));
    }

    @Test
    void both_models_start_from_the_same_weights_and_see_the_same_batches() {
        // With the focal model's loss set to the reference's (CE), the two models must stay identical.
        TrainingSettings s = small().withFocal(FocalSetting.crossEntropy());
        SideBySideTrainer t = new SideBySideTrainer(s);
        assertThat(t.parameters(ModelRole.FOCAL)).isEqualTo(t.parameters(ModelRole.REFERENCE));
        t.step(30);
        assertThat(bits(t.parameters(ModelRole.FOCAL))).isEqualTo(bits(t.parameters(ModelRole.REFERENCE)));
        t.setFocalParams(0.25, 2);
        t.step(1);
        assertThat(bits(t.parameters(ModelRole.FOCAL))).isNotEqualTo(bits(t.parameters(ModelRole.REFERENCE)));
    }

    @Test
    void prior_initialisation_starts_every_point_near_pi() {
        TrainingSettings s = small().withModel(ModelSpec.mlp(Activation.TANH, true, 8, 8));
        TrainingSnapshot snap = new SideBySideTrainer(s).snapshot();
        double mean = 0;
        for (int i = 0; i < snap.focal().train().size(); i++) {
            mean += snap.focal().train().probability(i);
        }
        mean /= snap.focal().train().size();
        assertThat(mean).isBetween(0.002, 0.05);
        assertThat(s.model().initialOutputBias()).isEqualTo(-Math.log(99.0));
        TrainingSnapshot off = new SideBySideTrainer(s.withModel(s.model().withPriorInit(false))).snapshot();
        assertThat(off.focal().train().probability(0)).isBetween(0.1, 0.9);
    }

    // ---- the gradient the trainer applies ------------------------------------------------------------

    @Test
    void one_plain_sgd_step_moves_the_weights_by_the_learning_rate_times_the_normalised_loss_gradient() {
        for (Normalization norm : Normalization.values()) {
            TrainingSettings s = small().withOptimizer(OptimizerSpec.sgd(1e-3, 0.0).withBatchSize(64)).withNormalization(norm);
            SideBySideTrainer t = new SideBySideTrainer(s);
            Mlp mlp = new Mlp(s.model());
            double[] before = t.parameters(ModelRole.FOCAL);
            t.step(1);
            double[] after = t.parameters(ModelRole.FOCAL);
            Dataset train = t.data().train();
            // the first mini-batch, from the sampler with the trainer's seed
            BatchSampler sampler = new BatchSampler(train.size(), 64, s.seed() ^ 0x5DEECE66DL);
            int[] idx = new int[64];
            int n = sampler.next(idx);
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] tg = new double[n];
            int positives = 0;
            for (int k = 0; k < n; k++) {
                xs[k] = train.x(idx[k]);
                ys[k] = train.y(idx[k]);
                tg[k] = train.isPositive(idx[k]) ? 1 : 0;
                positives += (int) tg[k];
            }
            double divisor = norm == Normalization.MEAN ? n : Math.max(1, positives);
            double h = 1e-6;
            for (int k = 0; k < before.length; k += 7) {
                double[] plus = before.clone();
                double[] minus = before.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (batchLoss(mlp, plus, xs, ys, tg, s.focal()) - batchLoss(mlp, minus, xs, ys, tg, s.focal())) / (2 * h) / divisor;
                double applied = (before[k] - after[k]) / 1e-3;
                assertThat(Math.abs(applied - fd)).as("%s, parameter %d: applied %.10g, expected %.10g", norm, k, applied, fd)
                        .isLessThanOrEqualTo(1e-7 + 1e-5 * Math.abs(fd));
            }
        }
    }

    private static double batchLoss(Mlp mlp, double[] p, double[] xs, double[] ys, double[] t, FocalSetting loss) {
        return BinaryFocalLoss.compute(Tensor.vector(mlp.logits(p, xs, ys)), Tensor.vector(t), loss.params(), Reduction.SUM).loss().item();
    }

    // ---- focal parameter changes ---------------------------------------------------------------------

    @Test
    void a_focal_change_applies_from_the_next_step_to_the_focal_model_only() {
        SideBySideTrainer changed = new SideBySideTrainer(small());
        SideBySideTrainer unchanged = new SideBySideTrainer(small());
        changed.step(5);
        unchanged.step(5);
        changed.setFocalParams(0.5, 1.0);
        assertThat(bits(changed.parameters(ModelRole.FOCAL))).as("nothing happens before the next step")
                .isEqualTo(bits(unchanged.parameters(ModelRole.FOCAL)));
        assertThat(changed.snapshot().focal().loss()).isEqualTo(FocalSetting.torchvision(0.5, 1.0));
        changed.step(5);
        unchanged.step(5);
        assertThat(bits(changed.parameters(ModelRole.REFERENCE))).isEqualTo(bits(unchanged.parameters(ModelRole.REFERENCE)));
        assertThat(bits(changed.parameters(ModelRole.FOCAL))).isNotEqualTo(bits(unchanged.parameters(ModelRole.FOCAL)));
        assertThat(changed.snapshot().focalChanges()).containsExactly(
                new FocalChange(1, FocalSetting.torchvision(0.25, 2)), new FocalChange(6, FocalSetting.torchvision(0.5, 1)));

        // a reset restarts both models and keeps the current α, γ
        changed.reset();
        assertThat(changed.focalSetting()).isEqualTo(FocalSetting.torchvision(0.5, 1));
        assertThat(changed.parameters(ModelRole.FOCAL)).isEqualTo(changed.parameters(ModelRole.REFERENCE));
    }

    @Test
    void invalid_focal_parameters_are_refused_and_change_nothing() {
        SideBySideTrainer t = new SideBySideTrainer(small());
        assertThatThrownBy(() -> t.setFocalParams(1.5, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> t.setFocalParams(0.25, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
        assertThatThrownBy(() -> t.setFocalParams(0.25, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.focalSetting()).isEqualTo(small().focal());
    }

    /**
     * A UI thread flips α and γ between two settings while a worker steps and takes snapshots: every
     * snapshot is consistent with exactly one of the settings, every step used exactly one, and replaying
     * the recorded changes step by step on a fresh trainer gives bit-identical weights.
     *
     * <p>The free flipping races with the steps (that is the point); five hand-overs at fixed steps, where
     * the worker waits until the UI thread has published a given setting and then takes one step with it,
     * make sure the run used both settings whatever the scheduling (semaphores, no sleeps).
     */
    @Test
    void parameter_changes_during_training_are_atomic() throws Exception {
        FocalSetting p1 = FocalSetting.torchvision(0.25, 2.0);
        FocalSetting p2 = FocalSetting.torchvision(0.75, 0.5);
        TrainingSettings s = small().withFocal(p1);
        SideBySideTrainer t = new SideBySideTrainer(s);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        List<TrainingSnapshot> snapshots = new ArrayList<>();
        Semaphore request = new Semaphore(0);
        Semaphore published = new Semaphore(0);
        Semaphore stepped = new Semaphore(0);
        Future<?> training = worker.submit(() -> {
            for (int i = 0; i < 150; i++) {
                if (i % 30 == 15) { // a hand-over: this step uses the setting the UI thread publishes now
                    request.release();
                    acquire(published);
                    t.step(1);
                    stepped.release();
                } else {
                    t.step(1);
                }
                if (i % 10 == 0) {
                    snapshots.add(t.snapshot());
                }
            }
            return null;
        });
        boolean flip = false;
        int handOvers = 0;
        while (!training.isDone()) {
            if (request.tryAcquire()) {
                t.setFocalParams(handOvers++ % 2 == 0 ? p2 : p1);
                published.release();
                acquire(stepped);
            }
            t.setFocalParams(flip ? p1 : p2); // the record is published whole
            t.setFocalParams(flip ? p1.alpha() : p2.alpha(), flip ? p1.gamma() : p2.gamma());
            flip = !flip;
            Thread.onSpinWait();
        }
        assertThat(handOvers).isEqualTo(5);
        training.get(30, TimeUnit.SECONDS);
        worker.shutdown();
        TrainingSnapshot last = t.snapshot();
        snapshots.add(last);

        for (TrainingSnapshot snap : snapshots) {
            FocalSetting used = snap.focalSetting();
            assertThat(used).isIn(p1, p2);
            ModelState fl = snap.focal();
            assertThat(fl.loss()).isEqualTo(used);
            for (int i = 0; i < fl.train().size(); i += 17) {
                assertThat(fl.pointWeight(i)).isEqualTo(used.weight(fl.train().logit(i), fl.train().isPositive(i)));
            }
            assertThat(fl.trainMetrics()).isEqualTo(ClassificationMetrics.of(fl.train(), used, s.normalization(), s.threshold()));
        }
        List<FocalChange> changes = last.focalChanges();
        // the hand-overs alternate p2, p1, p2, …: the steps saw both settings
        assertThat(changes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(changes.stream().map(FocalChange::setting)).contains(p1, p2);
        assertThat(changes.get(0).fromStep()).isEqualTo(1);
        for (FocalChange c : changes) {
            assertThat(c.setting()).isIn(p1, p2);
        }

        SideBySideTrainer replay = new SideBySideTrainer(s);
        int next = 0;
        for (long step = 1; step <= 150; step++) {
            if (next < changes.size() && changes.get(next).fromStep() == step) {
                replay.setFocalParams(changes.get(next++).setting());
            }
            replay.step(1);
        }
        assertThat(next).isEqualTo(changes.size());
        assertThat(bits(replay.parameters(ModelRole.FOCAL))).isEqualTo(bits(t.parameters(ModelRole.FOCAL)));
        assertThat(bits(replay.parameters(ModelRole.REFERENCE))).isEqualTo(bits(t.parameters(ModelRole.REFERENCE)));
    }

    @Test
    void an_interrupted_thread_stops_at_the_next_step_boundary() {
        SideBySideTrainer t = new SideBySideTrainer(small());
        Thread.currentThread().interrupt();
        try {
            assertThat(t.step(100).stepsRun()).isZero();
        } finally {
            assertThat(Thread.interrupted()).as("the flag is left set").isTrue();
        }
        assertThat(t.step(3).stepsRun()).isEqualTo(3);
    }

    // ---- snapshots -----------------------------------------------------------------------------------

    @Test
    void snapshots_are_immutable_and_complete() {
        SideBySideTrainer t = new SideBySideTrainer(small());
        t.step(10);
        TrainingSnapshot snap = t.snapshot();
        double[] weights = snap.focal().pointWeights();
        double[] params = snap.focal().parameters();
        double[] field = snap.focal().field().probabilities();
        double[] logits = snap.focal().train().logits();
        snap.focal().pointWeights()[0] = -1; // a copy
        snap.focal().parameters()[0] = 1e9;
        t.step(10);
        t.setFocalParams(0.9, 0.1);
        t.snapshot();
        assertThat(snap.step()).isEqualTo(10);
        assertThat(snap.focal().pointWeights()).isEqualTo(weights);
        assertThat(snap.focal().parameters()).isEqualTo(params);
        assertThat(snap.focal().field().probabilities()).isEqualTo(field);
        assertThat(snap.focal().train().logits()).isEqualTo(logits);

        assertThat(snap.focal().field().columns()).isEqualTo(16);
        assertThat(snap.focal().field().probabilities()).hasSize(16 * 16);
        assertThat(Arrays.stream(snap.focal().field().probabilities()).allMatch(p -> p >= 0 && p <= 1)).isTrue();
        assertThat(snap.reference().pointWeights()).containsOnly(1.0);
        assertThat(Arrays.stream(snap.focal().pointWeights()).allMatch(w -> w >= 0 && w <= 0.75)).isTrue();
        assertThat(snap.history().size()).isEqualTo(10);
        assertThat(snap.history().step(9)).isEqualTo(10);
        assertThat(snap.paused()).isFalse();
        assertThat(snap.reference().testMetrics().examples()).isEqualTo(200);
    }

    @Test
    void the_loss_history_stays_bounded_by_averaging_neighbours() {
        LossHistory.Recorder r = new LossHistory.Recorder();
        int steps = 5 * LossHistory.Recorder.CAPACITY + 3;
        for (int s = 1; s <= steps; s++) {
            r.add(s, s, 2.0 * s);
        }
        LossHistory h = r.snapshot();
        assertThat(h.stride()).isEqualTo(8);
        assertThat(h.size()).isLessThanOrEqualTo(LossHistory.Recorder.CAPACITY + 1);
        assertThat(h.step(h.size() - 1)).isEqualTo(steps);
        // point k covers steps (k·8, (k+1)·8]: their mean
        assertThat(h.step(0)).isEqualTo(8);
        assertThat(h.reference(0)).isEqualTo(4.5);
        assertThat(h.focal(0)).isEqualTo(9.0);
        for (int i = 1; i < h.size(); i++) {
            assertThat(h.step(i)).isGreaterThan(h.step(i - 1));
        }
    }

    @Test
    void mini_batches_cover_every_example_once_per_epoch() {
        BatchSampler sampler = new BatchSampler(10, 4, 1);
        int[] idx = new int[4];
        int[] seen = new int[10];
        int[] sizes = new int[3];
        for (int b = 0; b < 3; b++) {
            sizes[b] = sampler.next(idx);
            for (int k = 0; k < sizes[b]; k++) {
                seen[idx[k]]++;
            }
        }
        assertThat(sizes).containsExactly(4, 4, 2);
        assertThat(seen).containsOnly(1);
        assertThat(new BatchSampler(10, 0, 1).fullBatch()).isTrue();
        assertThat(new BatchSampler(10, 10, 1).fullBatch()).isTrue();
    }

    // ---- divergence ----------------------------------------------------------------------------------

    @Test
    void divergence_pauses_training_and_says_what_happened_at_which_step() {
        // ReLU layers multiply: with an absurd learning rate and no prior initialisation the logits overflow.
        TrainingSettings s = small().withModel(ModelSpec.mlp(Activation.RELU, false, 8, 8)).withOptimizer(OptimizerSpec.sgd(1e200, 0.9));
        SideBySideTrainer t = new SideBySideTrainer(s);
        StepOutcome outcome = t.step(50);
        assertThat(outcome.diverged()).isTrue();
        Divergence d = outcome.divergence().orElseThrow();
        assertThat(outcome.stepsRun()).isEqualTo(d.step() - 1);
        assertThat(outcome.step()).isEqualTo(d.step() - 1);
        assertThat(d.models()).isNotEmpty();
        assertThat(d.value()).matches(v -> !Double.isFinite(v));
        assertThat(d.message()).contains("step " + d.step()).contains("paused").contains("learning rate").contains("prior");

        double[] frozen = t.parameters(ModelRole.FOCAL);
        assertThat(Arrays.stream(frozen).allMatch(Double::isFinite)).isTrue();
        assertThat(t.step(10).stepsRun()).as("paused").isZero();
        assertThat(t.parameters(ModelRole.FOCAL)).isEqualTo(frozen);
        TrainingSnapshot snap = t.snapshot(); // nothing throws, even if the frozen weights give infinite logits
        assertThat(snap.paused()).isTrue();
        assertThat(snap.divergence()).contains(d);
        TrainingAnalysis.of(snap);

        t.reset(s.withOptimizer(OptimizerSpec.sgd(0.1, 0.9)));
        assertThat(t.divergence()).isEmpty();
        assertThat(t.step(20).stepsRun()).isEqualTo(20);
    }

    @Test
    void a_loss_that_overflows_is_reported_as_not_finite() {
        // tanh saturates, so only a learning rate near the largest double makes the summed loss overflow
        TrainingSettings s = small().withModel(ModelSpec.mlp(Activation.TANH, false, 8, 8)).withOptimizer(OptimizerSpec.sgd(1e307, 0.9));
        SideBySideTrainer t = new SideBySideTrainer(s);
        Divergence d = t.step(20).divergence().orElseThrow();
        assertThat(d.cause()).isIn(Divergence.Cause.LOSS_NOT_FINITE, Divergence.Cause.OUTPUT_NOT_FINITE, Divergence.Cause.WEIGHTS_NOT_FINITE);
        assertThat(d.message()).startsWith("Training diverged at step " + d.step() + ":");
        assertThat(t.snapshot().step()).isEqualTo(d.step() - 1);
    }

    /** Waits for a permit; a generous timeout turns a bug into a failure instead of a hang. */
    private static void acquire(Semaphore s) {
        try {
            if (!s.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the other thread did not hand over within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long[] bits(double[] a) {
        return Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
