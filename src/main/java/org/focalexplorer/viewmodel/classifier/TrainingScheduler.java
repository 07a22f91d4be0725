package org.focalexplorer.viewmodel.classifier;

/**
 * Where the live classifier trains: one background thread in the app (never the JavaFX Application
 * Thread), a queue the test drives in tests. Tasks run one at a time, in the order given, so the trainer
 * is only ever touched by one thread.
 */
public interface TrainingScheduler {

    /** Runs {@code task} soon, after the tasks given before it. */
    void execute(Runnable task);

    /** Runs {@code task} after {@code delayNanos} (the next chunk of steps while training plays). */
    void schedule(Runnable task, long delayNanos);

    /** Stops the thread; tasks not yet started are dropped. */
    void shutdown();
}
