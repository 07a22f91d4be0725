package org.focalexplorer.viewmodel.classifier;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The app's {@link TrainingScheduler}: one daemon thread, so an open window never keeps the JVM alive. */
public final class BackgroundScheduler implements TrainingScheduler {
    private final ScheduledThreadPoolExecutor executor;

    public BackgroundScheduler() {
        this("classifier-training");
    }

    private BackgroundScheduler(String name) {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // the UI thread wins a tie for a core
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void execute(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(task);
        }
    }

    @Override
    public void schedule(Runnable task, long delayNanos) {
        if (!executor.isShutdown()) {
            executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        }
    }

    /** The multi-class lab's own thread. */
    @Override
    public TrainingScheduler another() {
        return new BackgroundScheduler("multiclass-training");
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
