package org.focalexplorer.viewmodel.classifier;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the latest of a stream of immutable values from the training thread to the UI thread, one at a
 * time: a value is in flight from its hand-over until the UI has drawn it, and values that arrive
 * meanwhile replace each other; the newest goes next. So the UI gets at most one value per frame it
 * draws, never falls behind, and never sees a value older than the one it has.
 */
final class FrameCoalescer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final Executor ui;
    private final Executor afterShown;
    private final Consumer<T> sink;

    /**
     * @param ui         the UI thread's queue ({@code Platform::runLater}); {@code sink} runs there
     * @param afterShown runs a task on the UI thread once what the sink changed has been drawn (after the
     *                   next pulses in the app; at once in tests)
     */
    FrameCoalescer(Executor ui, Executor afterShown, Consumer<T> sink) {
        this.ui = ui;
        this.afterShown = afterShown;
        this.sink = sink;
    }

    /** Any thread. */
    void offer(T value) {
        latest.set(value);
        if (inFlight.compareAndSet(false, true)) {
            ui.execute(this::deliver);
        }
    }

    /** Whether a value is on its way to the screen (the UI has not caught up yet). */
    boolean isQueued() {
        return inFlight.get();
    }

    private void deliver() {
        T value = latest.getAndSet(null);
        if (value == null) {
            inFlight.set(false);
            return;
        }
        try {
            sink.accept(value);
        } finally {
            afterShown.execute(this::release);
        }
    }

    private void release() {
        inFlight.set(false);
        if (latest.get() != null && inFlight.compareAndSet(false, true)) {
            deliver(); // already on the UI thread
        }
    }
}
