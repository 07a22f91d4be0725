package org.focalexplorer.viewmodel.predictions;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a computation on a worker for the latest of a stream of requests and hands the latest result to the
 * UI thread: requests that arrive while one is computed replace each other (only the newest is computed
 * next), and results that arrive before the UI took the last one replace it. So a slider dragged faster
 * than the computation costs one computation at a time, and the UI never sees an older result after a
 * newer one.
 */
final class LatestOnly<Q, R> {
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<R> result = new AtomicReference<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final Executor worker;
    private final Executor ui;
    private final Function<Q, R> compute;
    private final Consumer<R> sink;

    LatestOnly(Executor worker, Executor ui, Function<Q, R> compute, Consumer<R> sink) {
        this.worker = worker;
        this.ui = ui;
        this.compute = compute;
        this.sink = sink;
    }

    /** Any thread. */
    void offer(Q request) {
        pending.set(request);
        if (running.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the window closed (its workers are shut down) while a file was still loading: nothing to show it in
                running.set(false);
            }
        }
    }

    private void drain() {
        while (true) {
            Q q = pending.getAndSet(null);
            if (q == null) {
                running.set(false);
                // a request offered between the read above and the flag: this run takes it
                if (pending.get() != null && running.compareAndSet(false, true)) {
                    continue;
                }
                return;
            }
            result.set(compute.apply(q));
            if (delivering.compareAndSet(false, true)) {
                ui.execute(this::deliver);
            }
        }
    }

    private void deliver() {
        delivering.set(false);
        R r = result.getAndSet(null);
        if (r != null) {
            sink.accept(r);
        }
    }
}
