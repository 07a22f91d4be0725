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

    /**
     * A scheduler for another lab that trains independently (its own thread in the app); tests that drive
     * one queue get this one.
     */
    default TrainingScheduler another() {
        return this;
    }

    /** Stops the thread; tasks not yet started are dropped. */
    void shutdown();
}
