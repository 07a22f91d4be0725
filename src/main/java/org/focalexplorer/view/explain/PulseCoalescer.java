package org.focalexplorer.view.explain;

import javafx.animation.AnimationTimer;

/**
 * Runs a task at most once per pulse however often it is requested in between: a slider drag fires
 * many changes per frame, the formulas are rendered once. Call from the FX thread.
 */
final class PulseCoalescer {
    private final AnimationTimer timer;
    private boolean pending;

    PulseCoalescer(Runnable task) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                pending = false;
                task.run();
            }
        };
    }

    void request() {
        if (!pending) {
            pending = true;
            timer.start();
        }
    }
}
