package org.focalexplorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs tasks on the JavaFX Application Thread once what was changed before them has been rendered: at
 * the start of the second pulse from now (the first pulse lays out and renders the change; the next one
 * starts only when that rendering is done). The live classifier uses it so that it hands over its next
 * frame only when the last one is on the screen. Call from the FX thread.
 */
public final class AfterPulses implements Executor {
    private static final int PULSES = 2;

    private final List<Runnable> waiting = new ArrayList<>();
    private int pulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (++pulses >= PULSES) {
                stop();
                pulses = 0;
                List<Runnable> due = new ArrayList<>(waiting);
                waiting.clear();
                due.forEach(Runnable::run);
            }
        }
    };

    @Override
    public void execute(Runnable task) {
        waiting.add(task);
        timer.start();
    }
}
