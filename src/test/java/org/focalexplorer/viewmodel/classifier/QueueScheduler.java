package org.focalexplorer.viewmodel.classifier;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link TrainingScheduler} the test drives: tasks wait in a queue until the test runs them (on the
 * test's thread, never the JavaFX Application Thread), and the chunks a playing loop schedules wait in a
 * second queue, one chunk per {@link #runScheduled()}. In "immediate" mode tasks given to
 * {@link #execute} run at once on the caller instead (for view-model tests without a toolkit).
 */
public final class QueueScheduler implements TrainingScheduler {
    private final boolean immediate;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> scheduled = new ConcurrentLinkedQueue<>();
    private volatile boolean shutdown;

    private QueueScheduler(boolean immediate) {
        this.immediate = immediate;
    }

    /** {@code execute} runs tasks at once; scheduled chunks wait for {@link #runScheduled()}. */
    public static QueueScheduler immediate() {
        return new QueueScheduler(true);
    }

    /** Everything waits until the test runs it. */
    public static QueueScheduler queued() {
        return new QueueScheduler(false);
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            return;
        }
        if (immediate) {
            task.run();
        } else {
            tasks.add(task);
        }
    }

    @Override
    public void schedule(Runnable task, long delayNanos) {
        if (!shutdown) {
            scheduled.add(task);
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
        tasks.clear();
        scheduled.clear();
    }

    /** Runs the first waiting task only; returns whether there was one. */
    public boolean runOne() {
        Runnable t = tasks.poll();
        if (t != null) {
            t.run();
        }
        return t != null;
    }

    /** Tasks waiting. */
    public int waiting() {
        return tasks.size();
    }

    /** Runs the waiting tasks, and those they add, until none is left; returns how many ran. */
    public int runPending() {
        int n = 0;
        for (Runnable t; (t = tasks.poll()) != null; n++) {
            t.run();
        }
        return n;
    }

    /** Runs the chunks scheduled so far (each may schedule the next), then the waiting tasks. */
    public int runScheduled() {
        int n = 0;
        for (int k = scheduled.size(); k > 0; k--) {
            Runnable t = scheduled.poll();
            if (t != null) {
                t.run();
                n++;
            }
        }
        runPending();
        return n;
    }

    public int scheduledCount() {
        return scheduled.size();
    }

    public boolean isShutdown() {
        return shutdown;
    }
}
