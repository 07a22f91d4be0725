package org.focalexplorer.viewmodel.classifier;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.StepOutcome;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * Runs a lab's trainer ({@link LabEngine}: the binary side-by-side trainer, the multi-class trainer) on the
 * {@link TrainingScheduler}'s thread and sends frames to the UI.
 *
 * <p>Commands come from the UI thread and return at once; everything that touches the trainer runs as a
 * task on the scheduler, in order. Only the loss parameters go straight to the trainer (its
 * {@link LabEngine#setParams} never blocks and applies at the next step).
 *
 * <p>While playing, the loop runs chunks of steps paced to the speed (a chunk covers about one frame,
 * 1/30 s) and builds a frame when the UI has drawn the previous one and at least a frame's time, and at
 * least as long as the last frame took to build, has passed: so building frames (a snapshot of 20,000
 * points takes 0.1–0.2 s) never takes more than about half of the training thread. After every command a
 * frame is built, so a paused window always shows the current state.
 */
public final class TrainingLoop<S, P, T, F> {
    static final long FRAME_NANOS = 1_000_000_000L / 30;
    /** The most steps one task of a step request runs before the queue gets its turn. */
    static final int STEPS_PER_TASK = 200;
    private static final double FRAME_SECONDS = FRAME_NANOS / 1e9;

    private final TrainingScheduler scheduler;
    private final LabEngine<S, P, T> engine;
    private final Function<T, F> frames;
    private final FrameCoalescer<F> out;
    private final Consumer<RuntimeException> failure;
    private final Executor ui;
    private final LongSupplier clock;

    /** Bumped by every command that ends a run of chunks: a chunk of an older generation does nothing. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<S> pendingSettings = new AtomicReference<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    /**
     * Steps asked for (→, ×10, ×100) and not yet run: presses merge into this one counter, worked off in
     * tasks of at most {@link #STEPS_PER_TASK} steps or one frame's time, so that a reset, new settings or a
     * play queued meanwhile is never stuck behind them.
     */
    private final AtomicLong pendingSteps = new AtomicLong();
    private volatile P params;
    private volatile double speed = 100;
    private volatile boolean running;

    // ---- training thread only ----
    private long lastFrameAt;
    private long lastFrameCost;
    private boolean framed;

    /**
     * @param frames  builds a frame from a snapshot (runs on the training thread)
     * @param ui      the UI thread's queue; frames and failures are delivered there
     * @param afterShown runs a task on the UI thread once a delivered frame has been drawn
     * @param sink    receives frames on the UI thread
     * @param failure receives, on the UI thread, an exception that ended a task (training then stops)
     */
    public TrainingLoop(TrainingScheduler scheduler, LabEngine<S, P, T> engine, Function<T, F> frames, Executor ui,
            Executor afterShown, Consumer<F> sink, Consumer<RuntimeException> failure, P params, LongSupplier clock) {
        this.scheduler = scheduler;
        this.engine = engine;
        this.frames = frames;
        this.ui = ui;
        this.out = new FrameCoalescer<>(ui, afterShown, sink);
        this.failure = failure;
        this.params = params;
        this.clock = clock;
    }

    /** The binary live classifier's loop: CE and FL side by side, the focal model's α and γ live. */
    static TrainingLoop<TrainingSettings, FocalSetting, TrainingSnapshot, ClassifierFrame> binary(
            TrainingScheduler scheduler, Function<TrainingSnapshot, ClassifierFrame> frames, Executor ui,
            Executor afterShown, Consumer<ClassifierFrame> sink, Consumer<RuntimeException> failure, FocalSetting focal,
            LongSupplier clock) {
        return new TrainingLoop<>(scheduler, new BinaryEngine(), frames, ui, afterShown, sink, failure, focal, clock);
    }

    // ---- commands (UI thread) --------------------------------------------------------------------------

    /** Creates the trainer with {@code settings}, or restarts it with new ones (keeping play or pause). */
    public void applySettings(S settings) {
        pendingSettings.set(settings);
        submit(() -> {
            S s = pendingSettings.getAndSet(null);
            if (s != null) { // a burst of changes (a slider drag) restarts once, with the last settings
                engine.start(s, params);
                publish();
            }
        });
    }

    /** The loss parameters, from the next step on; a paused window shows the new weights at once. */
    public void setParams(P p) {
        if (p.equals(params)) {
            return;
        }
        params = p;
        engine.setParams(p);
        refresh();
    }

    /** Builds a frame of the current state again (the language changed); a playing loop sends new ones anyway. */
    public void refresh() {
        if (!running && refreshQueued.compareAndSet(false, true)) {
            submit(() -> {
                refreshQueued.set(false);
                publish();
            });
        }
    }

    /** Steps per second while playing; {@code +∞} = as fast as the machine goes. */
    public void setSpeed(double stepsPerSecond) {
        speed = stepsPerSecond;
    }

    public void play() {
        long g = newGeneration();
        running = true;
        submit(() -> chunk(g));
    }

    public void pause() {
        newGeneration();
        running = false;
        submit(this::publish);
    }

    /**
     * Runs {@code n} more steps (fewer if training diverges), then shows the result. Requests merge: while
     * steps are pending, another press only adds to their number.
     */
    public void step(int n) {
        if (n <= 0) {
            return;
        }
        long g = generation.get();
        if (pendingSteps.getAndUpdate(v -> Math.max(0, v) + n) <= 0) { // nothing was pending: start working them off
            submit(() -> runPendingSteps(g));
        }
    }

    /** Stops playing and restarts both models from their initial weights (same data, current α and γ). */
    public void reset() {
        newGeneration();
        running = false;
        submit(() -> {
            if (engine.started()) {
                engine.restart(params);
                publish();
            }
        });
    }

    public boolean isRunning() {
        return running;
    }

    public void shutdown() {
        newGeneration();
        running = false;
        scheduler.shutdown();
    }

    /** How many steps one chunk runs at {@code stepsPerSecond} (a chunk lasts about one frame). */
    static int stepsPerChunk(double stepsPerSecond) {
        return (int) Math.max(1, Math.round(stepsPerSecond * FRAME_SECONDS));
    }

    /** Ends whatever run of chunks or steps is going on: its tasks find an old generation and do nothing. */
    private long newGeneration() {
        pendingSteps.set(0);
        return generation.incrementAndGet();
    }

    /** Steps pending: at most a task's worth, then the rest after whatever else was queued meanwhile. */
    long pendingSteps() {
        return pendingSteps.get();
    }

    // ---- training thread -------------------------------------------------------------------------------

    private void runPendingSteps(long g) {
        if (generation.get() != g || !engine.started()) {
            return; // a reset, play or pause came in between and cleared the count
        }
        long start = clock.getAsLong();
        int done = 0;
        boolean diverged = false;
        while (done < STEPS_PER_TASK && pendingSteps.get() > 0 && clock.getAsLong() - start < FRAME_NANOS) {
            int k = (int) Math.min(Math.min(pendingSteps.get(), 10), STEPS_PER_TASK - done);
            diverged = engine.step(k).diverged();
            pendingSteps.updateAndGet(v -> Math.max(0, v - k)); // a reset may have cleared it meanwhile
            done += k;
            if (diverged) {
                break;
            }
        }
        if (diverged) {
            pendingSteps.set(0);
        }
        if (diverged || pendingSteps.get() <= 0) {
            publish();
            return;
        }
        submit(() -> runPendingSteps(g)); // the rest after whatever was queued meanwhile; one frame at the end
    }

    private void chunk(long g) {
        if (generation.get() != g || !engine.started()) {
            return;
        }
        long start = clock.getAsLong();
        double rate = speed;
        StepOutcome outcome;
        int steps = 0;
        if (rate < Double.POSITIVE_INFINITY) {
            steps = stepsPerChunk(rate);
            outcome = engine.step(steps);
        } else {
            do {
                outcome = engine.step(1);
            } while (!outcome.diverged() && generation.get() == g && clock.getAsLong() - start < FRAME_NANOS);
        }
        if (outcome.diverged()) {
            running = false; // the frame tells the UI; it stays paused until a reset
            publish();
            return;
        }
        long now = clock.getAsLong();
        if (!out.isQueued() && (!framed || now - lastFrameAt >= Math.max(FRAME_NANOS, lastFrameCost))) {
            publish(true); // playing: the test set of one model per frame (LabEngine#liveSnapshot)
        }
        long delay = rate < Double.POSITIVE_INFINITY
                ? (long) (steps / rate * 1e9) - (clock.getAsLong() - start)
                : 0;
        scheduler.schedule(() -> guarded(() -> chunk(g)), delay);
    }

    /** A frame of the current state, every figure for the current weights (paused, stepped, reset, …). */
    private void publish() {
        publish(false);
    }

    private void publish(boolean live) {
        if (!engine.started()) {
            return;
        }
        long start = clock.getAsLong();
        F frame = frames.apply(live ? engine.liveSnapshot() : engine.snapshot());
        lastFrameAt = clock.getAsLong();
        lastFrameCost = lastFrameAt - start;
        framed = true;
        out.offer(frame);
    }

    private void submit(Runnable task) {
        scheduler.execute(() -> guarded(task));
    }

    /** Nothing that goes wrong on the training thread may vanish silently or kill the thread. */
    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            generation.incrementAndGet();
            running = false;
            ui.execute(() -> failure.accept(e));
        }
    }
}
