package org.focalexplorer.testutil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting for JavaFX pulses from a test thread, with a latch (never a sleep). */
public final class Pulses {
    private Pulses() {}

    /** Waits (at most a minute) until the scene's next layout pulse has run; false if none came. */
    public static boolean next(Supplier<Scene> scene) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene s = scene.get();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                s.removePostLayoutPulseListener(once[0]);
                done.countDown();
            };
            s.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return done.await(60, TimeUnit.SECONDS);
    }
}
